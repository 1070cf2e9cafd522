package uk.registerly.app.testing;

import com.google.gson.JsonObject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.JournalRows;
import uk.registerly.app.data.leave.LeaveRequestFolder;
import uk.registerly.app.data.leave.LeaveRequestState;
import uk.registerly.app.data.reports.AbsenceReport;
import uk.registerly.app.data.reports.AbsenceReportFolder;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * Parents' reports and leave requests as their folds make them, from events a test writes in
 * order: the read models a double sends are what the real repositories would give.
 */
public final class TestReports {
    private final List<JournalEventEntity> events = new ArrayList<>();

    public TestReports report(String id, String pupil, LocalDate from, LocalDate to, Set<Session> sessions,
                              AbsenceCategory category) {
        return add(id, EventType.ABSENCE_REPORT, EventPayloads.absenceReport(pupil, from, to, sessions, category,
                null, null));
    }

    public TestReports cancelled(String report, String pupil) {
        return add(report + "-cancelled", EventType.ABSENCE_REPORT_CANCELLED,
                EventPayloads.absenceReportCancelled(pupil, report));
    }

    public TestReports accepted(String report, String pupil, AttendanceCode code) {
        return add(report + "-accepted", EventType.ABSENCE_REPORT_PROCESSED,
                EventPayloads.absenceReportAccepted(pupil, report, code));
    }

    public TestReports leaveRequest(String id, String pupil, LocalDate from, LocalDate to, Set<Session> sessions) {
        return add(id, EventType.LEAVE_REQUEST, EventPayloads.leaveRequest(pupil, from, to, sessions, "a wedding"));
    }

    public TestReports leaveRefused(String request, String pupil) {
        return add(request + "-refused", EventType.LEAVE_DECISION,
                EventPayloads.leaveRefused(pupil, request, "not exceptional"));
    }

    /** Every report as it stands, first made first. */
    public List<AbsenceReport> reports() {
        return AbsenceReportFolder.fold(events);
    }

    public List<LeaveRequestState> leaveRequests() {
        return LeaveRequestFolder.fold(events);
    }

    private TestReports add(String id, EventType type, JsonObject payload) {
        JournalRows.Keys keys = JournalRows.keysOf(type, payload);
        int n = events.size();
        events.add(new JournalEventEntity(id, JournalEventEntity.REMOTE, n, type.name(), keys.pupilId, keys.factDate,
                keys.refId, payload.toString(), "2026-09-07T06:" + (10 + n) + ":00Z", 0L, "1-" + n, n));
        return this;
    }
}
