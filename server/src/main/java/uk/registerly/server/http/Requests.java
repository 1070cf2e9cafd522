package uk.registerly.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;

/** Reading requests the same way everywhere: JSON bodies, numeric query parameters. */
public final class Requests {

    private Requests() {
    }

    /** The body as JSON; 400 naming the problem when it is missing or malformed. */
    public static JsonNode jsonBody(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiException.badRequest("the request needs a JSON body");
        }
        return Json.parse(body);
    }

    public static int intQuery(Context ctx, String name, int fallback, int min, int max) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed < min || parsed > max) {
                throw ApiException.badRequest(name + " must be between " + min + " and " + max);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw ApiException.badRequest(name + " must be a whole number");
        }
    }

    public static java.util.UUID uuidPath(Context ctx, String name) {
        try {
            return java.util.UUID.fromString(ctx.pathParam(name));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(name + " must be a UUID");
        }
    }

    public static java.time.LocalDate dateQuery(Context ctx, String name, java.time.LocalDate fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            if (fallback == null) {
                throw ApiException.badRequest(name + " is required (YYYY-MM-DD)");
            }
            return fallback;
        }
        try {
            return java.time.LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.badRequest(name + " must be a date (YYYY-MM-DD)");
        }
    }
}
