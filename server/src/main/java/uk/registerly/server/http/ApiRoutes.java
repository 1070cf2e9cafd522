package uk.registerly.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.security.RouteRole;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Registers routes, each with who may call it (its access, checked by one before-matched hook before
 * the handler runs), and remembers them, so tests can hold the OpenAPI document and the
 * authorisation matrix to every route the server really serves.
 */
public final class ApiRoutes {

    /** A served route and who may call it. */
    public record Route(String method, String path, RouteRole access) {

        /** "METHOD /path", as the OpenAPI document's paths and methods name it. */
        public String key() {
            return method + " " + path;
        }
    }

    private final RoutesConfig routes;
    private final List<Route> registered = new ArrayList<>();

    public ApiRoutes(RoutesConfig routes) {
        this.routes = routes;
    }

    public void get(String path, RouteRole access, Handler handler) {
        routes.get(path, handler, remember("GET", path, access));
    }

    public void post(String path, RouteRole access, Handler handler) {
        routes.post(path, handler, remember("POST", path, access));
    }

    public void put(String path, RouteRole access, Handler handler) {
        routes.put(path, handler, remember("PUT", path, access));
    }

    private RouteRole remember(String method, String path, RouteRole access) {
        registered.add(new Route(method, path, Objects.requireNonNull(access, "every route declares who may call it")));
        return access;
    }

    public List<Route> registered() {
        return Collections.unmodifiableList(registered);
    }
}
