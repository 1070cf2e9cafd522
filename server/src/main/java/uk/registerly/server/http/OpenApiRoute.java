package uk.registerly.server.http;

import io.javalin.security.RouteRole;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the hand-written OpenAPI 3 document (src/main/resources/openapi.json) at /openapi.json. */
public final class OpenApiRoute {

    public static final String RESOURCE = "/openapi.json";

    private OpenApiRoute() {
    }

    /** Serves the document to whoever {@code access} admits (the server: anyone). */
    public static void register(ApiRoutes api, RouteRole access) {
        byte[] document = load();
        api.get("/openapi.json", access, ctx -> ctx.contentType("application/json").result(document));
    }

    public static byte[] load() {
        try (InputStream in = OpenApiRoute.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the server's resources");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
