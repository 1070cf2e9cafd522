package uk.registerly.app.data.reports;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.google.gson.JsonObject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.junit.Test;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.JournalRows;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/** A report's events fold into the report as it stands, in the order they were recorded. */
public class AbsenceReportFolderTest {
    private static final LocalDate MON = LocalDate.of(2026, 10, 12);
    private final List<JournalEventEntity> events = new ArrayList<>();
    private long stored;

    private JournalEventEntity add(String id, EventType type, JsonObject payload, String origin) {
        JournalRows.Keys keys = JournalRows.keysOf(type, payload);
        stored++;
        JournalEventEntity row = new JournalEventEntity(id, origin, stored, type.name(), keys.pupilId,
                keys.factDate, keys.refId, payload.toString(), "2026-10-12T07:0" + stored + ":00Z", null, null, stored);
        events.add(row);
        return row;
    }

    private String report(String pupil, AbsenceCategory category) {
        return add("report-" + stored, EventType.ABSENCE_REPORT, EventPayloads.absenceReport(pupil, MON, MON,
                EnumSet.allOf(Session.class), category, "temperature", null), JournalEventEntity.LOCAL).id;
    }

    @Test
    public void anEditReplacesTheWholeContentAndTheOfficesAcceptanceGivesTheCode() {
        String id = report("amara", AbsenceCategory.ILLNESS);
        add("edit", EventType.ABSENCE_REPORT_UPDATED, EventPayloads.absenceReportUpdated(id, "amara", MON,
                MON.plusDays(1), EnumSet.of(Session.AM), AbsenceCategory.MEDICAL_APPOINTMENT, null, "photo-1"),
                JournalEventEntity.LOCAL);
        add("done", EventType.ABSENCE_REPORT_PROCESSED, EventPayloads.absenceReportAccepted("amara", id,
                AttendanceCode.M), JournalEventEntity.REMOTE);

        AbsenceReport report = AbsenceReportFolder.fold(events).get(0);

        assertEquals(MON.plusDays(1), report.to);
        assertEquals(EnumSet.of(Session.AM), report.sessions);
        assertEquals(AbsenceCategory.MEDICAL_APPOINTMENT, report.category);
        assertNull("the edit dropped the note", report.note);
        assertEquals("photo-1", report.evidenceId);
        assertEquals(AbsenceReport.Status.ACCEPTED, report.status);
        assertEquals(AttendanceCode.M, report.code);
        assertTrue(report.own);
        assertEquals(Arrays.asList(id, "edit", "done"), report.eventIds);
    }

    @Test
    public void theFirstClosingEventWinsAndLaterChangesAreIgnored() {
        String id = report("amara", AbsenceCategory.ILLNESS);
        add("declined", EventType.ABSENCE_REPORT_PROCESSED,
                EventPayloads.absenceReportDeclined("amara", id, "We saw Amara in town"), JournalEventEntity.REMOTE);
        add("late-cancel", EventType.ABSENCE_REPORT_CANCELLED, EventPayloads.absenceReportCancelled("amara", id),
                JournalEventEntity.LOCAL);

        AbsenceReport report = AbsenceReportFolder.fold(events).get(0);

        assertEquals(AbsenceReport.Status.DECLINED, report.status);
        assertEquals("We saw Amara in town", report.declineNote);
        assertEquals(Arrays.asList(id, "declined"), report.eventIds);
    }

    @Test
    public void aFollowUpNamingAnotherPupilOrAnUnknownReportChangesNothing() {
        String id = report("amara", AbsenceCategory.ILLNESS);
        add("wrong-child", EventType.ABSENCE_REPORT_CANCELLED, EventPayloads.absenceReportCancelled("daniel", id),
                JournalEventEntity.REMOTE);
        add("orphan", EventType.ABSENCE_REPORT_CANCELLED, EventPayloads.absenceReportCancelled("amara", "nope"),
                JournalEventEntity.REMOTE);

        List<AbsenceReport> reports = AbsenceReportFolder.fold(events);

        assertEquals(1, reports.size());
        assertEquals(AbsenceReport.Status.OPEN, reports.get(0).status);
    }

    @Test
    public void aProcessingPulledBeforeItsReportWasStoredStillCloses() {
        add("done", EventType.ABSENCE_REPORT_PROCESSED,
                EventPayloads.absenceReportAccepted("amara", "report-x", AttendanceCode.I), JournalEventEntity.REMOTE);
        add("report-x", EventType.ABSENCE_REPORT, EventPayloads.absenceReport("amara", MON, MON,
                EnumSet.allOf(Session.class), AbsenceCategory.ILLNESS, null, null), JournalEventEntity.LOCAL);

        AbsenceReport report = AbsenceReportFolder.fold(events).get(0);

        assertEquals(AbsenceReport.Status.ACCEPTED, report.status);
        assertEquals(Arrays.asList("report-x", "done"), report.eventIds);
    }
}
