package uk.registerly.server.http;

import io.javalin.validation.BodyValidator;
import java.util.function.Function;

/**
 * The rules request records' fields share, as checks on Javalin's body validator, worded as every
 * refusal of the server is: "enrolmentCode is required", "deviceName must be at most 100 characters".
 */
public final class FieldChecks {

    private FieldChecks() {
    }

    /** The field must be there (not missing, not null). */
    public static <T> BodyValidator<T> present(BodyValidator<T> body, String field, Function<T, ?> value) {
        return body.check(field, b -> value.apply(b) != null, field + " is required");
    }

    /** A text that must be there, not blank, and at most {@code maxLength} characters. */
    public static <T> BodyValidator<T> text(BodyValidator<T> body, String field, Function<T, String> value,
                                            int maxLength) {
        return optionalText(present(body, field, value), field, value, maxLength);
    }

    /** A text that may be left out; when given, not blank and at most {@code maxLength} characters. */
    public static <T> BodyValidator<T> optionalText(BodyValidator<T> body, String field, Function<T, String> value,
                                                    int maxLength) {
        return body.check(field, b -> value.apply(b) == null || !value.apply(b).isBlank(),
                        field + " must be a non-empty string")
                .check(field, b -> value.apply(b) == null || value.apply(b).length() <= maxLength,
                        field + " must be at most " + maxLength + " characters")
                // issue 12, item 8: no NUL or other control character (PostgreSQL refuses NUL: a 500 otherwise)
                .check(field, b -> TextHygiene.isClean(value.apply(b)),
                        field + " must not hold control characters (only newline and tab)");
    }
}
