package uk.registerly.server.sync;

import java.util.UUID;

/**
 * An absence report or leave request as later events left it. Reports stay OPEN until processed or
 * cancelled; a leave request stays OPEN until decided (a refusal is final, and so is an approval).
 */
public record Referenced(UUID id, EventType type, UUID pupil, UUID schoolId, Status status) {

    public enum Status { OPEN, PROCESSED, CANCELLED, DECIDED }

    /** The status once an event of {@code type} referring to it is accepted; a closed state stays closed. */
    static Status after(Status current, EventType type) {
        if (current != Status.OPEN) {
            return current;
        }
        switch (type) {
            case ABSENCE_REPORT_CANCELLED:
                return Status.CANCELLED;
            case ABSENCE_REPORT_PROCESSED:
                return Status.PROCESSED;
            case LEAVE_DECISION:
                return Status.DECIDED;
            default:
                return current;
        }
    }

    Referenced with(Status next) {
        return new Referenced(id, type, pupil, schoolId, next);
    }
}
