package uk.registerly.app.data.journal;

import uk.registerly.app.security.DeviceIdentity.Role;

/**
 * Every event the journal holds: the protocol's types (docs/sync-protocol.md §4), which are pushed,
 * and {@link #ARRIVAL_UNDONE}, which stays on the device.
 */
public enum EventType {
    REGISTER_MARK(Role.TEACHER),
    ARRIVAL(Role.GATE),
    REASON(Role.OFFICE),
    AMENDMENT(Role.OFFICE),
    ABSENCE_REPORT(Role.PARENT),
    ABSENCE_REPORT_UPDATED(Role.PARENT),
    ABSENCE_REPORT_CANCELLED(Role.PARENT),
    ABSENCE_REPORT_PROCESSED(Role.OFFICE),
    LEAVE_REQUEST(Role.PARENT),
    LEAVE_DECISION(Role.OFFICE),
    CONTACT_ATTEMPT(Role.OFFICE),
    /**
     * The gate took back an arrival within its undo window, before it was sent: the arrival is
     * then never pushed and decides no mark. Local only — the protocol has no withdrawal event yet
     * (requested in notes/protocol-requests.md); both rows stay in the journal.
     */
    ARRIVAL_UNDONE(Role.GATE, false);

    private final Role writer;
    private final boolean pushed;

    EventType(Role writer) {
        this(writer, true);
    }

    EventType(Role writer, boolean pushed) {
        this.writer = writer;
        this.pushed = pushed;
    }

    /**
     * The one role the server accepts this type from (sync-protocol §4); the device refuses the
     * others up front rather than let the server reject them later.
     */
    public Role writer() {
        return writer;
    }

    /** Whether the server knows this type (it goes into the outbox). */
    public boolean isPushed() {
        return pushed;
    }
}
