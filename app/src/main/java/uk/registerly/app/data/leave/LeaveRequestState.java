package uk.registerly.app.data.leave;

import androidx.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import uk.registerly.rules.calendar.Session;

/** A parent's leave request with the office's decision folded in ({@link LeaveRequestFolder}). */
public final class LeaveRequestState {
    /** Undecided, or the decision (final either way). */
    public enum Status { OPEN, APPROVED, REFUSED }

    public final String id;
    public final String pupilId;
    public final LocalDate from;
    public final LocalDate to;
    public final Set<Session> sessions;
    public final String reason;
    /** When the parent asked (the parent's phone clock). */
    public final Instant requestedAt;
    public final Status status;
    /** The office's note (a refusal always has one). */
    @Nullable
    public final String note;
    public final List<String> eventIds;

    LeaveRequestState(String id, String pupilId, LocalDate from, LocalDate to, Set<Session> sessions, String reason,
                      Instant requestedAt, Status status, @Nullable String note, List<String> eventIds) {
        this.id = id;
        this.pupilId = pupilId;
        this.from = from;
        this.to = to;
        this.sessions = Collections.unmodifiableSet(sessions.isEmpty() ? EnumSet.noneOf(Session.class)
                : EnumSet.copyOf(sessions));
        this.reason = reason;
        this.requestedAt = requestedAt;
        this.status = status;
        this.note = note;
        this.eventIds = Collections.unmodifiableList(eventIds);
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }
}
