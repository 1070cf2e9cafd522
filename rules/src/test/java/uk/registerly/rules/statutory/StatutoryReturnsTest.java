package uk.registerly.rules.statutory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.AutumnTerm;
import uk.registerly.rules.Facts;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.figures.PupilFigures;
import uk.registerly.rules.figures.ReportingPeriod;
import uk.registerly.rules.marks.AttendanceFact;

class StatutoryReturnsTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void censusTermsAreTheDfesFixedDatesAroundEaster() {
        assertEquals(ReportingPeriod.between(d("2026-08-01"), d("2026-12-31")), CensusTerm.AUTUMN.period(2026));
        // Easter Sunday 2027 is 28 March; the spring bank holiday is Monday 31 May 2027.
        assertEquals(ReportingPeriod.between(d("2027-01-01"), d("2027-03-28")), CensusTerm.SPRING.period(2027));
        assertEquals(ReportingPeriod.between(d("2027-03-29"), d("2027-05-30")),
                CensusTerm.SUMMER_FIRST_HALF.period(2027));
        assertEquals(ReportingPeriod.between(d("2027-05-31"), d("2027-07-31")),
                CensusTerm.SUMMER_SECOND_HALF.period(2027));
        assertEquals("spring census", CensusTerm.AUTUMN.collectedIn());
        assertEquals(CensusTerm.SUMMER_FIRST_HALF, CensusTerm.parse("Summer1"));
        assertThrows(IllegalArgumentException.class, () -> CensusTerm.parse("summer"));
    }

    @Test
    void easterSundayAndTheSpringBankHolidayMatchPublishedDates() {
        assertEquals(d("2024-03-31"), CensusTerm.easterSunday(2024));
        assertEquals(d("2025-04-20"), CensusTerm.easterSunday(2025));
        assertEquals(d("2026-04-05"), CensusTerm.easterSunday(2026));
        assertEquals(d("2038-04-25"), CensusTerm.easterSunday(2038));
        assertEquals(d("2026-05-25"), CensusTerm.springBankHoliday(2026));
        assertEquals(d("2022-06-02"), CensusTerm.springBankHoliday(2022), "moved for the Platinum Jubilee");
    }

    /** Week one of the autumn term: Mon / / , Tue I I, Wed L N, Thu M G, Fri unmarked PM; half-term closure. */
    private static PupilEvaluation weekOne() {
        String p = AutumnTerm.PUPIL.id();
        List<AttendanceFact> facts = new ArrayList<>(Arrays.asList(
                Facts.mark(p, "2026-09-07", Session.AM, "/", "08:45"),
                Facts.mark(p, "2026-09-07", Session.PM, "\\", "13:31"),
                Facts.mark(p, "2026-09-08", Session.AM, "I", "08:45"),
                Facts.mark(p, "2026-09-08", Session.PM, "I", "13:31"),
                Facts.mark(p, "2026-09-09", Session.AM, "L", "08:55"),
                Facts.mark(p, "2026-09-09", Session.PM, "N", "13:31"),
                Facts.mark(p, "2026-09-10", Session.AM, "M", "08:45"),
                Facts.mark(p, "2026-09-10", Session.PM, "G", "13:31"),
                Facts.mark(p, "2026-09-11", Session.AM, "C1", "08:45")));
        SchoolCalendar calendar = AutumnTerm.calendar().build();
        return AutumnTerm.evaluate(AutumnTerm.POLICY, calendar, AutumnTerm.PUPIL, facts, "2026-09-11")
                .pupil(p);
    }

    @Test
    void sessionCountsAreTheScreensFiguresWithReasonsThatAddUp() {
        PupilEvaluation evaluation = weekOne();
        ReportingPeriod autumn = CensusTerm.AUTUMN.period(2026);
        SessionCounts counts = SessionCounts.of(evaluation, autumn);
        PupilFigures screen = autumn.figures(evaluation.pupil().id(), evaluation.marks());
        assertEquals(9, counts.possible(), "the unmarked Friday PM is not counted");
        assertEquals(screen.possibleSessions(), counts.possible());
        assertEquals(3, counts.attended());
        assertEquals(4, counts.authorised(), "I, I, M, C1");
        assertEquals(2, counts.unauthorised(), "N, G");
        Map<AttendanceCode, Integer> reasons = new EnumMap<>(AttendanceCode.class);
        reasons.put(AttendanceCode.C1, 1);
        reasons.put(AttendanceCode.M, 1);
        reasons.put(AttendanceCode.I, 2);
        reasons.put(AttendanceCode.G, 1);
        reasons.put(AttendanceCode.N, 1);
        assertEquals(reasons, counts.reasons());
        assertEquals(Collections.emptyList(), counts.problems());
        assertEquals(0, SessionCounts.of(evaluation, CensusTerm.SPRING.period(2027)).possible());
    }

    @Test
    void countsWhoseReasonsDoNotAddUpSayWhich() {
        Map<AttendanceCode, Integer> reasons = new EnumMap<>(AttendanceCode.class);
        reasons.put(AttendanceCode.I, 1);
        reasons.put(AttendanceCode.O, 2);
        SessionCounts wrong = new SessionCounts("p9", CensusTerm.AUTUMN.period(2026),
                new PupilFigures("p9", 5, 2, 2, 1), reasons);
        List<String> problems = wrong.problems();
        assertEquals(2, problems.size(), problems.toString());
        assertEquals("pupil p9: 2 authorised absence sessions but the reasons add up to 1", problems.get(0));
        assertEquals("pupil p9: 1 unauthorised absence sessions but the reasons add up to 2", problems.get(1));
    }

    @Test
    void theCtfMarksStringHasTwoCharactersPerCalendarDay() {
        PupilEvaluation evaluation = weekOne();
        String marks = CtfAttendanceMarks.of(evaluation, d("2026-09-05"), d("2026-09-13"));
        // Sat, Sun, Mon-Fri, Sat, Sun: 9 days, 18 characters; the unmarked Friday PM is '-'.
        assertEquals("####/\\IILNMGC-####", marks);
        assertEquals(18, marks.length());
        assertEquals('Y', CtfAttendanceMarks.character(AttendanceCode.Y3));
        assertThrows(IllegalArgumentException.class,
                () -> CtfAttendanceMarks.of(evaluation, d("2026-09-13"), d("2026-09-05")));
    }
}
