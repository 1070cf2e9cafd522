package uk.registerly.server.sync;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import uk.registerly.server.auth.Role;

/**
 * Every kind of fact a device or parent may push, who may write it and who may pull it. The first
 * five are the rules module's register facts; the others carry the office and parent workflows. All
 * are append-only: an edit, a cancellation, a decision or a withdrawal is a new event referring to an
 * earlier one.
 */
public enum EventType {
    // The office may take a register on the teacher's behalf (issue 15): the mark names them (onBehalfOf).
    REGISTER_MARK(Visibility.REGISTER, Role.TEACHER, Role.OFFICE),
    ARRIVAL(Visibility.REGISTER, Role.GATE),
    REASON(Visibility.REGISTER, Role.OFFICE),
    // Teachers amend their own classes' registers after close (EventChecks: only pupils they teach).
    AMENDMENT(Visibility.REGISTER, Role.OFFICE, Role.TEACHER),
    // The gate takes back an arrival recorded for the wrong pupil; everyone who sees arrivals sees it.
    ARRIVAL_WITHDRAWN(Visibility.REGISTER, Role.GATE),
    ABSENCE_REPORT(Visibility.REPORTS, Role.PARENT),
    ABSENCE_REPORT_UPDATED(Visibility.REPORTS, Role.PARENT),
    ABSENCE_REPORT_CANCELLED(Visibility.REPORTS, Role.PARENT),
    ABSENCE_REPORT_PROCESSED(Visibility.REPORTS, Role.OFFICE),
    LEAVE_REQUEST(Visibility.LEAVE, Role.PARENT),
    LEAVE_DECISION(Visibility.LEAVE, Role.OFFICE),
    CONTACT_ATTEMPT(Visibility.OFFICE_ONLY, Role.OFFICE),
    // Issue 15, the school day (SchoolDayChecks). Sign-outs and returns travel with the register facts: the
    // teacher's next register proposes a code from them, the gate's list of who is in, the family sees them.
    EARLY_DEPARTURE(Visibility.REGISTER, Role.OFFICE, Role.GATE),
    RETURNED(Visibility.REGISTER, Role.OFFICE, Role.GATE),
    // Any staff device starts a roll call and ticks pupils; a start and an end name no pupil (school-wide).
    ROLL_CALL_STARTED(Visibility.STAFF, Role.TEACHER, Role.GATE, Role.OFFICE),
    ROLL_CALL_ACCOUNTED(Visibility.STAFF, Role.TEACHER, Role.GATE, Role.OFFICE),
    ROLL_CALL_ENDED(Visibility.STAFF, Role.TEACHER, Role.GATE, Role.OFFICE),
    // Whom a spot check did not find is for the office's internal-truancy alerts alone.
    SPOT_CHECK(Visibility.OFFICE_ONLY, Role.TEACHER, Role.GATE, Role.OFFICE),
    // The parent's phone showed the first-day notice: the office's calling list says so.
    PARENT_NOTIFIED(Visibility.FAMILY, Role.PARENT);

    /** The types that name no pupil (school-wide): stored with a null pupil_id, pulled by every staff device. */
    public static final Set<EventType> SCHOOL_WIDE = Collections.unmodifiableSet(
            EnumSet.of(ROLL_CALL_STARTED, ROLL_CALL_ENDED, SPOT_CHECK));

    /**
     * Which roles pull an event of a type: parents only their own children's, teachers and gates only
     * their scope's pupils and days (uk.registerly.server.scope.DeviceScope).
     */
    enum Visibility {
        REGISTER(EnumSet.of(Role.TEACHER, Role.GATE, Role.OFFICE, Role.PARENT)),
        // Teachers see that a parent reported an absence (the register screen shows it), without the parent's
        // note or photo (WithheldFields); gates do not.
        REPORTS(EnumSet.of(Role.TEACHER, Role.OFFICE, Role.PARENT)),
        // A family's leave request, and the office's decision with its note, are between the family and the
        // office: a teacher learns of granted leave from the register's REASON C for each session.
        LEAVE(EnumSet.of(Role.OFFICE, Role.PARENT)),
        // Call notes about a family stay in the office.
        OFFICE_ONLY(EnumSet.of(Role.OFFICE)),
        // A roll call is the staff's: every staff device, never a family.
        STAFF(EnumSet.of(Role.TEACHER, Role.GATE, Role.OFFICE)),
        // Between the family and the office.
        FAMILY(EnumSet.of(Role.OFFICE, Role.PARENT));

        private final Set<Role> roles;

        Visibility(Set<Role> roles) {
            this.roles = roles;
        }
    }

    private final Set<Role> writers;
    private final Visibility visibility;

    EventType(Visibility visibility, Role writer, Role... otherWriters) {
        this.writers = Collections.unmodifiableSet(EnumSet.of(writer, otherWriters));
        this.visibility = visibility;
    }

    /** The roles that may push this type (further checks, such as a teacher's classes, are EventChecks'). */
    public Set<Role> writers() {
        return writers;
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
