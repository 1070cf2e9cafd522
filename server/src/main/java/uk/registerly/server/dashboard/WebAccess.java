package uk.registerly.server.dashboard;

import io.javalin.security.RouteRole;
import java.util.EnumSet;
import java.util.Set;
import uk.registerly.server.auth.Role;

/**
 * Who may open a dashboard page, declared where the page is registered (the web pages' counterpart of the
 * API's Access): anyone (the sign-in form, an invitation, the styles), or a signed-in staff account of one
 * of the roles. The page wrapper enforces it: no session sends the browser to sign in, a role the page does
 * not admit gets 403.
 */
public record WebAccess(boolean open, Set<Role> roles) implements RouteRole {

    public static final WebAccess PUBLIC = new WebAccess(true, Set.of());
    /** Any signed-in staff account (school leaders and trust directors). */
    public static final WebAccess STAFF = of(Role.LEADER, Role.TRUST);

    public WebAccess {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static WebAccess of(Role... roles) {
        return new WebAccess(false, Set.of(roles));
    }

    public boolean allows(Role role) {
        return open || roles.contains(role);
    }
}
