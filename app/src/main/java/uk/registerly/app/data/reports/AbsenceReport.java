package uk.registerly.app.data.reports;

import androidx.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * A parent's absence report as it stands after its edits, cancellation or processing have been
 * folded in ({@link AbsenceReportFolder}). The report's id is the id of the ABSENCE_REPORT event.
 */
public final class AbsenceReport {
    /** Where the report is in its life: parents may change it only while it is open. */
    public enum Status { OPEN, CANCELLED, ACCEPTED, DECLINED }

    public final String id;
    public final String pupilId;
    public final LocalDate from;
    public final LocalDate to;
    public final Set<Session> sessions;
    public final AbsenceCategory category;
    @Nullable
    public final String note;
    @Nullable
    public final String evidenceId;
    public final Status status;
    /** The code the office gave (ACCEPTED). */
    @Nullable
    public final AttendanceCode code;
    /** Why the office declined it (DECLINED). */
    @Nullable
    public final String declineNote;
    /** When the parent first sent it (the writing device's clock). */
    public final Instant reportedAt;
    /** Every event of this report, oldest first: the report, its edits and its closing event. */
    public final List<String> eventIds;
    /** True when the report was written on this device. */
    public final boolean own;

    AbsenceReport(String id, String pupilId, LocalDate from, LocalDate to, Set<Session> sessions,
                  AbsenceCategory category, @Nullable String note, @Nullable String evidenceId, Status status,
                  @Nullable AttendanceCode code, @Nullable String declineNote, Instant reportedAt,
                  List<String> eventIds, boolean own) {
        this.id = id;
        this.pupilId = pupilId;
        this.from = from;
        this.to = to;
        this.sessions = Collections.unmodifiableSet(sessions.isEmpty() ? EnumSet.noneOf(Session.class)
                : EnumSet.copyOf(sessions));
        this.category = category;
        this.note = note;
        this.evidenceId = evidenceId;
        this.status = status;
        this.code = code;
        this.declineNote = declineNote;
        this.reportedAt = reportedAt;
        this.eventIds = Collections.unmodifiableList(eventIds);
        this.own = own;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    /**
     * Whether the two reports name at least one common session of the same pupil: the same
     * absence reported twice (two parents, or a parent who forgot the first report).
     */
    public boolean overlaps(AbsenceReport other) {
        if (!pupilId.equals(other.pupilId) || from.isAfter(other.to) || other.from.isAfter(to)) {
            return false;
        }
        for (Session session : sessions) {
            if (other.sessions.contains(session)) {
                return true;
            }
        }
        return false;
    }

    /** Whether this report names {@code session} on {@code date}. */
    public boolean covers(LocalDate date, Session session) {
        return !date.isBefore(from) && !date.isAfter(to) && sessions.contains(session);
    }
}
