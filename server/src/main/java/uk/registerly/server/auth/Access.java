package uk.registerly.server.auth;

import io.javalin.security.RouteRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may call a route, declared where it is registered: anyone ({@link #PUBLIC}), or a caller whose
 * token has one of the roles. {@link AccessCheck} enforces it before the handler runs; handlers keep
 * only the checks about a particular pupil, class, child or school.
 */
public record Access(boolean open, Set<Role> roles) implements RouteRole {

    /** No token needed: health, the OpenAPI document, enrolment and sign-in (those two rate limited). */
    public static final Access PUBLIC = new Access(true, Set.of());

    /** Any enrolled device or signed-in parent (what each may see or write is decided per item). */
    public static final Access ANY_TOKEN = of(Role.TEACHER, Role.GATE, Role.OFFICE, Role.PARENT);

    public Access {
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
        if (!open && roles.isEmpty()) {
            throw new IllegalArgumentException("a route that is not public names the roles that may call it");
        }
    }

    public static Access of(Role... roles) {
        return new Access(false, Set.of(roles));
    }

    public boolean allows(Role role) {
        return open || roles.contains(role);
    }

    /** "OFFICE devices", "TEACHER, GATE or OFFICE devices", "parents", "OFFICE devices and parents". */
    String describe() {
        List<String> devices = new ArrayList<>();
        for (Role role : roles) {
            if (role != Role.PARENT && role != Role.LEADER && role != Role.TRUST) {
                devices.add(role.name());
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < devices.size(); i++) {
            text.append(i == 0 ? "" : i == devices.size() - 1 ? " or " : ", ").append(devices.get(i));
        }
        if (!devices.isEmpty()) {
            text.append(" devices");
        }
        if (roles.contains(Role.PARENT)) {
            text.append(devices.isEmpty() ? "" : " and ").append("parents");
        }
        if (roles.contains(Role.LEADER) || roles.contains(Role.TRUST)) {
            text.append(text.length() == 0 ? "" : " and ")
                    .append(roles.contains(Role.LEADER) ? roles.contains(Role.TRUST) ? "school and trust" : "school"
                            : "trust").append(" staff accounts");
        }
        return text.toString();
    }
}
