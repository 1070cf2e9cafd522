package uk.registerly.server.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.javalin.http.Context;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Javalin's validation errors (parameters, bodies, request records) as the server's own refusals: 400
 * naming the field and what it must be, or 404 for a path parameter that names nothing.
 */
final class ValidationErrors {

    /** The key Javalin files a body that could not be read under. */
    private static final String BODY = "REQUEST_BODY";

    private ValidationErrors() {
    }

    static ApiException refusal(ValidationException e, Context ctx) {
        Map.Entry<String, List<ValidationError<Object>>> first = e.getErrors().entrySet().iterator().next();
        String field = first.getKey();
        ValidationError<Object> error = first.getValue().get(0);
        String message = switch (error.getMessage()) {
            case "TYPE_CONVERSION_FAILED" -> field + " must be " + (error.exception() instanceof ParamTypes.NotConvertible
                    ? error.exception().getMessage() : "of its documented type");
            case "NULLCHECK_FAILED" -> BODY.equals(field) ? "the body must be a JSON object" : field + " is required";
            case "DESERIALIZATION_FAILED" -> unreadableBody(error.exception());
            default -> error.getMessage();
        };
        // A path parameter that is not even of its type names no resource.
        return ctx.pathParamMap().containsKey(field) ? ApiException.notFound(message) : ApiException.badRequest(message);
    }

    private static String unreadableBody(Exception failure) {
        if (failure instanceof MismatchedInputException mismatch) {
            if (mismatch.getMessage().startsWith("No content to map")) {
                return "the request needs a JSON body";
            }
            String path = path(mismatch);
            return path.isEmpty() ? "the body must be a JSON object" : path + " must be " + expected(mismatch.getTargetType());
        }
        if (failure instanceof JacksonException json) {
            return "the body is not valid JSON: " + json.getOriginalMessage();
        }
        return "the body could not be read";
    }

    private static String path(JsonMappingException e) {
        List<String> parts = new ArrayList<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                parts.add((parts.isEmpty() ? "" : ".") + ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                parts.add("[" + ref.getIndex() + "]");
            }
        }
        return String.join("", parts);
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "of its documented type";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.toList());
        }
        if (type == String.class) {
            return "a non-empty string";
        }
        if (type == UUID.class) {
            return "a UUID in canonical lower-case form";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        return "of its documented type";
    }
}
