package uk.registerly.app.data.reports;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/** Open reports about the same absence become one inbox line, decided once. */
public class DuplicateReportsTest {
    private static final LocalDate MON = LocalDate.of(2026, 10, 12);
    private static final Set<Session> BOTH = EnumSet.allOf(Session.class);
    private int made;

    private AbsenceReport report(String pupil, LocalDate from, LocalDate to, Set<Session> sessions,
                                 AbsenceCategory category) {
        made++;
        return new AbsenceReport("r" + made, pupil, from, to, sessions, category, null, null,
                AbsenceReport.Status.OPEN, null, null, Instant.parse("2026-10-12T07:00:00Z").plusSeconds(made),
                Collections.singletonList("r" + made), false);
    }

    @Test
    public void twoParentsReportingTheSameIllnessAreOneLineSuggestingI() {
        AbsenceReport mum = report("amara", MON, MON, BOTH, AbsenceCategory.ILLNESS);
        AbsenceReport dad = report("amara", MON, MON.plusDays(1), EnumSet.of(Session.AM), AbsenceCategory.ILLNESS);

        List<ReportGroup> groups = DuplicateReports.merge(Arrays.asList(dad, mum));

        assertEquals(1, groups.size());
        assertTrue(groups.get(0).isMerged());
        assertEquals("the first report leads", mum, groups.get(0).first());
        assertEquals(AttendanceCode.I, groups.get(0).suggestedCode());
    }

    @Test
    public void differentSessionsDifferentDaysOrDifferentPupilsStayApart() {
        AbsenceReport morning = report("amara", MON, MON, EnumSet.of(Session.AM), AbsenceCategory.MEDICAL_APPOINTMENT);
        AbsenceReport afternoon = report("amara", MON, MON, EnumSet.of(Session.PM), AbsenceCategory.ILLNESS);
        AbsenceReport nextDay = report("amara", MON.plusDays(1), MON.plusDays(1), BOTH, AbsenceCategory.ILLNESS);
        AbsenceReport brother = report("daniel", MON, MON, BOTH, AbsenceCategory.ILLNESS);

        List<ReportGroup> groups = DuplicateReports.merge(Arrays.asList(morning, afternoon, nextDay, brother));

        assertEquals(4, groups.size());
        for (ReportGroup group : groups) {
            assertFalse(group.isMerged());
        }
        assertEquals(AttendanceCode.M, groups.get(0).suggestedCode());
    }

    @Test
    public void overlapIsFollowedThroughSoEachSessionIsDecidedOnce() {
        AbsenceReport a = report("amara", MON, MON.plusDays(1), BOTH, AbsenceCategory.ILLNESS);
        AbsenceReport c = report("amara", MON.plusDays(3), MON.plusDays(4), BOTH, AbsenceCategory.ILLNESS);
        AbsenceReport b = report("amara", MON.plusDays(1), MON.plusDays(3), EnumSet.of(Session.PM),
                AbsenceCategory.ILLNESS);

        List<ReportGroup> groups = DuplicateReports.merge(Arrays.asList(c, b, a));

        assertEquals(1, groups.size());
        assertEquals(Arrays.asList(a, c, b), groups.get(0).reports);
    }

    @Test
    public void mergedReportsThatDisagreeOnTheReasonLeaveTheCodeToTheOffice() {
        AbsenceReport ill = report("amara", MON, MON, BOTH, AbsenceCategory.ILLNESS);
        AbsenceReport dentist = report("amara", MON, MON, EnumSet.of(Session.AM), AbsenceCategory.MEDICAL_APPOINTMENT);

        ReportGroup group = DuplicateReports.merge(Arrays.asList(ill, dentist)).get(0);

        assertNull(group.suggestedCode());
        assertEquals(EnumSet.of(AbsenceCategory.ILLNESS, AbsenceCategory.MEDICAL_APPOINTMENT), group.categories());
        assertEquals("choices still start from the first report's category", AttendanceCode.I,
                group.codeChoices().get(0));
    }
}
