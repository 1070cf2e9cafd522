package uk.registerly.app.register;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.reports.AbsenceReportFolder;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/** A parent's absence report shows on the register for the sessions it covers, as last updated, until cancelled or declined. */
public class ParentReportsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    private static final String REPORT = "ab000000-0000-4000-8000-000000000001";
    private final List<JournalEventEntity> events = new ArrayList<>();

    private void add(String id, String type, String refId, com.google.gson.JsonObject payload) {
        events.add(new JournalEventEntity(id, JournalEventEntity.REMOTE, events.size(), type, TestSchool.DANIEL, null,
                refId, payload.toString(), "2026-09-07T06:00:00Z", null, "1-" + events.size(), events.size()));
    }

    private void report(LocalDate from, LocalDate to, Session... sessions) {
        add(REPORT, "ABSENCE_REPORT", null, EventPayloads.absenceReport(TestSchool.DANIEL, from, to,
                EnumSet.copyOf(java.util.Arrays.asList(sessions)), AbsenceCategory.ILLNESS, "temperature", null));
    }

    @Test
    public void aReportCoversItsDaysAndSessionsOnly() {
        report(MONDAY, MONDAY.plusDays(1), Session.AM);

        assertEquals(AbsenceCategory.ILLNESS,
                ParentReports.covering(AbsenceReportFolder.fold(events), MONDAY, Session.AM).get(TestSchool.DANIEL).category);
        assertTrue(ParentReports.covering(AbsenceReportFolder.fold(events), MONDAY, Session.PM).isEmpty());
        assertTrue(ParentReports.covering(AbsenceReportFolder.fold(events), MONDAY.plusDays(2), Session.AM).isEmpty());
        assertFalse(ParentReports.covering(AbsenceReportFolder.fold(events), MONDAY, Session.AM).get(TestSchool.DANIEL).accepted);
    }

    @Test
    public void anUpdateReplacesTheReportsContent() {
        report(MONDAY, MONDAY, Session.AM);
        add("ab000000-0000-4000-8000-000000000002", "ABSENCE_REPORT_UPDATED", REPORT,
                EventPayloads.absenceReportUpdated(REPORT, TestSchool.DANIEL, MONDAY, MONDAY,
                        EnumSet.of(Session.PM), AbsenceCategory.MEDICAL_APPOINTMENT, null, null));

        assertTrue(ParentReports.covering(AbsenceReportFolder.fold(events), MONDAY, Session.AM).isEmpty());
        assertEquals(AbsenceCategory.MEDICAL_APPOINTMENT,
                ParentReports.covering(AbsenceReportFolder.fold(events), MONDAY, Session.PM).get(TestSchool.DANIEL).category);
    }

    @Test
    public void aCancelledOrDeclinedReportNoLongerShowsAndAnAcceptedOneSaysSo() {
        report(MONDAY, MONDAY, Session.AM);
        add("ab000000-0000-4000-8000-000000000003", "ABSENCE_REPORT_PROCESSED", REPORT,
                EventPayloads.absenceReportAccepted(TestSchool.DANIEL, REPORT, AttendanceCode.I));
        assertTrue(ParentReports.covering(AbsenceReportFolder.fold(events), MONDAY, Session.AM).get(TestSchool.DANIEL).accepted);

        events.clear();
        report(MONDAY, MONDAY, Session.AM);
        add("ab000000-0000-4000-8000-000000000004", "ABSENCE_REPORT_CANCELLED", REPORT,
                EventPayloads.absenceReportCancelled(TestSchool.DANIEL, REPORT));
        assertTrue(ParentReports.covering(AbsenceReportFolder.fold(events), MONDAY, Session.AM).isEmpty());

        events.clear();
        report(MONDAY, MONDAY, Session.AM);
        add("ab000000-0000-4000-8000-000000000005", "ABSENCE_REPORT_PROCESSED", REPORT,
                EventPayloads.absenceReportDeclined(TestSchool.DANIEL, REPORT, "seen at the shops"));
        Map<String, ParentReports.Reported> declined = ParentReports.covering(AbsenceReportFolder.fold(events), MONDAY, Session.AM);
        assertTrue(declined.isEmpty());
    }
}
