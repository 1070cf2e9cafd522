package uk.registerly.server.roster;

import java.util.EnumSet;
import java.util.Set;
import uk.registerly.server.auth.Role;

/** What a roster change describes, and who pulls it (parents: their children and their schools only). */
public enum RosterKind {
    /** The school's name, zone, terms, closures and register times. */
    SCHOOL(EnumSet.allOf(Role.class)),
    STAFF(EnumSet.of(Role.TEACHER, Role.GATE, Role.OFFICE)),
    CLASS(EnumSet.of(Role.TEACHER, Role.GATE, Role.OFFICE)),
    PUPIL(EnumSet.allOf(Role.class)),
    /** Contact details for first-day calling: the office only. */
    GUARDIAN(EnumSet.of(Role.OFFICE));

    private final Set<Role> visibleTo;

    RosterKind(Set<Role> visibleTo) {
        this.visibleTo = visibleTo;
    }

    public static String[] visibleKinds(Role role) {
        return EnumSet.allOf(RosterKind.class).stream()
                .filter(k -> k.visibleTo.contains(role))
                .map(Enum::name)
                .toArray(String[]::new);
    }
}
