package uk.registerly.app.data.journal;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import uk.registerly.app.security.DeviceIdentity.Role;

/** Every event the journal holds: the protocol's types (docs/sync-protocol.md §4), all pushed. */
public enum EventType {
    /**
     * A teacher's register; the office may take one on a teacher's behalf (issue 15), the mark then naming
     * that teacher in {@code onBehalfOf} (the server refuses an office mark without it).
     */
    REGISTER_MARK(Role.TEACHER, Role.OFFICE),
    ARRIVAL(Role.GATE),
    /** The gate takes back an arrival recorded for the wrong pupil; both stay in the journal. */
    ARRIVAL_WITHDRAWN(Role.GATE),
    REASON(Role.OFFICE),
    /** The office's correction, or a teacher's for a pupil of a class they teach. */
    AMENDMENT(Role.OFFICE, Role.TEACHER),
    ABSENCE_REPORT(Role.PARENT),
    ABSENCE_REPORT_UPDATED(Role.PARENT),
    ABSENCE_REPORT_CANCELLED(Role.PARENT),
    ABSENCE_REPORT_PROCESSED(Role.OFFICE),
    LEAVE_REQUEST(Role.PARENT),
    LEAVE_DECISION(Role.OFFICE),
    CONTACT_ATTEMPT(Role.OFFICE),
    // Issue 15, the school day (sync-protocol §4). An app before this version kept these raw; the rows it
    // stored carry the same keys JournalRows gives them now, so they are read like any other.
    /** A pupil signed out early at the office or the gate. */
    EARLY_DEPARTURE(Role.OFFICE, Role.GATE),
    /** A pupil who left early came back. */
    RETURNED(Role.OFFICE, Role.GATE),
    /** Any staff device starts a roll call; it names no pupil (school-wide). */
    ROLL_CALL_STARTED(Role.TEACHER, Role.GATE, Role.OFFICE),
    /** A pupil ticked accounted for, or the tick taken back (a teacher only for the classes it teaches). */
    ROLL_CALL_ACCOUNTED(Role.TEACHER, Role.GATE, Role.OFFICE),
    ROLL_CALL_ENDED(Role.TEACHER, Role.GATE, Role.OFFICE),
    /** A check of a class or room for internal truants; names no pupil (expected and found are lists). */
    SPOT_CHECK(Role.TEACHER, Role.GATE, Role.OFFICE),
    /** The parent's phone showed the first-day notice; the office's calling list says when. */
    PARENT_NOTIFIED(Role.PARENT),
    // Issue 16, casework (sync-protocol §4).
    /**
     * What the school did on a pupil's attendance ladder (stage, action, outcome, by whom, notes, next review).
     * Office-only: the server never serves it to a teacher's, gate or parent device, and such a device never keeps it.
     */
    CASE_ACTION(Role.OFFICE),
    /** A parent opened a letter addressed to them; the office and the parent hold it. */
    LETTER_READ(Role.PARENT);

    private final Set<Role> writers;

    EventType(Role... writers) {
        this.writers = Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(writers)));
    }

    /**
     * The roles the server accepts this type from (sync-protocol §4), the first being the one a
     * refusal names; the device refuses the others up front rather than let the server reject them later.
     */
    public Set<Role> writers() {
        return writers;
    }

    public boolean isWrittenBy(Role role) {
        return writers.contains(role);
    }

    /**
     * Whether a device of this role may hold events of this type (sync-protocol §6, what each role pulls): the
     * server filters its pull by role, and the device checks again so a case action can never rest on a teacher's
     * or gate device, whatever it is served. Every other type is the server's to filter (by scope, by child).
     */
    public boolean isHeldBy(Role role) {
        switch (this) {
            case CASE_ACTION:
                return role == Role.OFFICE;
            case LETTER_READ:
                return role == Role.OFFICE || role == Role.PARENT;
            default:
                return true;
        }
    }

    /** The type of this name, or null for one this version does not know (a newer app's, kept raw). */
    @androidx.annotation.Nullable
    public static EventType known(@androidx.annotation.Nullable String name) {
        if (name == null) {
            return null;
        }
        for (EventType type : values()) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }

    /** Every type's name, for queries that must tell known types from raw ones. */
    public static java.util.List<String> names() {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (EventType type : values()) {
            names.add(type.name());
        }
        return names;
    }
}
