package uk.registerly.server.http;

import io.javalin.config.ValidationConfig;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Function;

/**
 * How Javalin's validators convert path and query parameters ({@code ctx.queryParamAsClass(...)}):
 * surrounding spaces are ignored, a blank value is an absent one, and a value that does not convert
 * is refused with what was expected ({@link ValidationErrors} words the answer).
 */
public final class ParamTypes {

    /** A parameter that is not of its type; the message says what was expected ("a whole number"). */
    static final class NotConvertible extends IllegalArgumentException {
        NotConvertible(String expected) {
            super(expected);
        }
    }

    private ParamTypes() {
    }

    public static void register(ValidationConfig validation) {
        validation.register(Integer.class, s -> convert(s, "a whole number", Integer::valueOf));
        validation.register(LocalDate.class, s -> convert(s, "a date (YYYY-MM-DD)", LocalDate::parse));
        validation.register(UUID.class, s -> convert(s, "a UUID", UUID::fromString));
    }

    private static <T> T convert(String text, String expected, Function<String, T> parser) {
        String value = text.trim();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw new NotConvertible(expected);
        }
    }
}
