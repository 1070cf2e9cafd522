package uk.registerly.server.sync;

import java.util.EnumSet;
import java.util.Set;
import uk.registerly.server.auth.Role;

/**
 * Every kind of fact a device or parent may push, who may write it and who may pull it. The first
 * four are the rules module's register facts; the others carry the office and parent workflows. All
 * are append-only: an edit, a cancellation or a decision is a new event referring to an earlier one.
 */
public enum EventType {
    REGISTER_MARK(Role.TEACHER, Visibility.REGISTER),
    ARRIVAL(Role.GATE, Visibility.REGISTER),
    REASON(Role.OFFICE, Visibility.REGISTER),
    AMENDMENT(Role.OFFICE, Visibility.REGISTER),
    ABSENCE_REPORT(Role.PARENT, Visibility.REPORTS),
    ABSENCE_REPORT_UPDATED(Role.PARENT, Visibility.REPORTS),
    ABSENCE_REPORT_CANCELLED(Role.PARENT, Visibility.REPORTS),
    ABSENCE_REPORT_PROCESSED(Role.OFFICE, Visibility.REPORTS),
    LEAVE_REQUEST(Role.PARENT, Visibility.LEAVE_REQUESTS),
    LEAVE_DECISION(Role.OFFICE, Visibility.REPORTS),
    CONTACT_ATTEMPT(Role.OFFICE, Visibility.OFFICE_ONLY);

    /** Which roles pull an event of a type (parents only for their own children). */
    enum Visibility {
        REGISTER(EnumSet.of(Role.TEACHER, Role.GATE, Role.OFFICE, Role.PARENT)),
        // Teachers see that a parent reported an absence (the register screen shows it); gates do not.
        REPORTS(EnumSet.of(Role.TEACHER, Role.OFFICE, Role.PARENT)),
        // A family's leave request is between the family and the office until it is decided.
        LEAVE_REQUESTS(EnumSet.of(Role.OFFICE, Role.PARENT)),
        // Call notes about a family stay in the office.
        OFFICE_ONLY(EnumSet.of(Role.OFFICE));

        private final Set<Role> roles;

        Visibility(Set<Role> roles) {
            this.roles = roles;
        }
    }

    private final Role writer;
    private final Visibility visibility;

    EventType(Role writer, Visibility visibility) {
        this.writer = writer;
        this.visibility = visibility;
    }

    /** The one role that may push this type. */
    public Role writer() {
        return writer;
    }

    public boolean visibleTo(Role role) {
        return visibility.roles.contains(role);
    }

    /** Types a role pulls, as stored in the events table. */
    public static String[] visibleTypes(Role role) {
        return EnumSet.allOf(EventType.class).stream()
                .filter(t -> t.visibleTo(role))
                .map(Enum::name)
                .toArray(String[]::new);
    }
}
