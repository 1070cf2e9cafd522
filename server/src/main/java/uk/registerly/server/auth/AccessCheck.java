package uk.registerly.server.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.router.Endpoint;
import io.javalin.security.RouteRole;
import io.javalin.security.Roles;
import uk.registerly.server.http.ApiException;

/**
 * The one before-matched hook that authenticates the caller and checks the route's declared
 * {@link Access}: 401 without a valid token, 403 for a role the route does not admit. A route
 * registered without an Access is refused (500): nothing is served by accident.
 */
public final class AccessCheck implements Handler {

    private final Authenticator auth;

    public AccessCheck(Authenticator auth) {
        this.auth = auth;
    }

    @Override
    public void handle(Context ctx) {
        Access access = declared(ctx.endpoints().matchedHttpEndpoint());
        if (access.open()) {
            return;
        }
        Principal principal = auth.authenticate(ctx);
        if (!access.allows(principal.role())) {
            throw ApiException.forbidden("this endpoint is for " + access.describe());
        }
    }

    private static Access declared(Endpoint endpoint) {
        Roles roles = endpoint == null ? null : endpoint.metadata(Roles.class);
        if (roles != null) {
            for (RouteRole role : roles.getRoles()) {
                if (role instanceof Access access) {
                    return access;
                }
            }
        }
        throw new IllegalStateException("route " + (endpoint == null ? "?" : endpoint.path) + " declares no access");
    }
}
