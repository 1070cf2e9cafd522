package uk.registerly.server.http;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Registers routes and remembers them as "METHOD /path", so a test can hold the OpenAPI document
 * to every route the server really serves.
 */
public final class ApiRoutes {

    private final RoutesConfig routes;
    private final List<String> registered = new ArrayList<>();

    public ApiRoutes(RoutesConfig routes) {
        this.routes = routes;
    }

    public void get(String path, Handler handler) {
        routes.get(path, handler);
        registered.add("GET " + path);
    }

    public void post(String path, Handler handler) {
        routes.post(path, handler);
        registered.add("POST " + path);
    }

    public void put(String path, Handler handler) {
        routes.put(path, handler);
        registered.add("PUT " + path);
    }

    public List<String> registered() {
        return Collections.unmodifiableList(registered);
    }
}
