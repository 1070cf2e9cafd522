package uk.registerly.server.roster;

import java.util.EnumSet;
import java.util.Set;
import uk.registerly.server.auth.Role;

/**
 * What a roster change describes, and who pulls it. Parents pull only their children and their
 * schools; which PUPIL and CLASS rows a TEACHER device pulls is its scope's (uk.registerly.server.scope).
 */
public enum RosterKind {
    /** The school's name, zone, terms, closures and register times. */
    SCHOOL(EnumSet.allOf(Role.class)),
    /** Names and positions: how amendments are signed, and who may sign in on a shared tablet. */
    STAFF(EnumSet.of(Role.TEACHER, Role.GATE, Role.OFFICE)),
    CLASS(EnumSet.of(Role.TEACHER, Role.GATE, Role.OFFICE)),
    PUPIL(EnumSet.allOf(Role.class)),
    /** Contact details for first-day calling: the office only. */
    GUARDIAN(EnumSet.of(Role.OFFICE)),
    /** A cover assignment as it now stands (the covering teacher learns of it from its SCOPE notice). */
    COVER(EnumSet.of(Role.OFFICE)),
    /**
     * Never stored: the pull's notice to a TEACHER or GATE device of what it may hold from now on
     * (sync-protocol.md section 6, "Scope").
     */
    SCOPE(EnumSet.of(Role.TEACHER, Role.GATE));

    private final Set<Role> visibleTo;

    RosterKind(Set<Role> visibleTo) {
        this.visibleTo = visibleTo;
    }

    /** The stored kinds {@code role} pulls, as the roster_changes table names them. */
    public static String[] visibleKinds(Role role) {
        return EnumSet.allOf(RosterKind.class).stream()
                .filter(k -> k != SCOPE && k.visibleTo.contains(role))
                .map(Enum::name)
                .toArray(String[]::new);
    }
}
