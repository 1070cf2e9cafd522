package uk.registerly.rules.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/** Typed reads of one JSON object's fields, each failure naming the field's full path. */
final class JsonFields {
    private final JsonObject object;
    private final String path;

    JsonFields(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    static JsonFields of(JsonElement element, String path) throws BadInputException {
        if (element == null || !element.isJsonObject()) {
            throw new BadInputException(path, "expected a JSON object, got " + describe(element));
        }
        return new JsonFields(element.getAsJsonObject(), path);
    }

    String path() {
        return path;
    }

    String path(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    java.util.Set<String> fieldNames() {
        return object.keySet();
    }

    boolean has(String field) {
        return object.has(field) && !object.get(field).isJsonNull();
    }

    JsonElement get(String field) {
        return has(field) ? object.get(field) : null;
    }

    String string(String field) throws BadInputException {
        String value = optionalString(field);
        if (value == null) {
            throw missing(field);
        }
        return value;
    }

    /** A non-empty string, or null when the field is absent. */
    String optionalString(String field) throws BadInputException {
        JsonElement element = get(field);
        if (element == null) {
            return null;
        }
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isString()) {
            throw new BadInputException(path(field), "expected a string, got " + describe(element));
        }
        String value = element.getAsString();
        if (value.trim().isEmpty()) {
            throw new BadInputException(path(field), "must not be empty");
        }
        return value;
    }

    /** A string, or a number written as its text (year groups are often written 9 rather than "9"). */
    String stringOrNumber(String field) throws BadInputException {
        JsonElement element = get(field);
        if (element != null && element.isJsonPrimitive() && element.getAsJsonPrimitive().isNumber()) {
            return element.getAsJsonPrimitive().getAsString();
        }
        return string(field);
    }

    LocalDate date(String field) throws BadInputException {
        String value = string(field);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInputException(path(field), "expected a date like 2026-09-07, got \"" + value + "\"");
        }
    }

    LocalDate optionalDate(String field) throws BadInputException {
        return has(field) ? date(field) : null;
    }

    LocalTime time(String field) throws BadInputException {
        String value = string(field);
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInputException(path(field), "expected a local time like 08:50, got \"" + value + "\"");
        }
    }

    LocalDateTime dateTime(String field) throws BadInputException {
        String value = string(field);
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInputException(path(field),
                    "expected a local school date-time like 2026-09-07T08:41:00, got \"" + value + "\"");
        }
    }

    Integer optionalPositiveInt(String field) throws BadInputException {
        JsonElement element = get(field);
        if (element == null) {
            return null;
        }
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isNumber()) {
            try {
                int value = element.getAsJsonPrimitive().getAsBigDecimal().intValueExact();
                if (value >= 1) {
                    return value;
                }
            } catch (ArithmeticException e) {
                // falls through to the message below
            }
        }
        throw new BadInputException(path(field), "expected a whole number of at least 1, got " + describe(element));
    }

    JsonPrimitive number(String field) throws BadInputException {
        JsonElement element = get(field);
        if (element == null) {
            throw missing(field);
        }
        if (!element.isJsonPrimitive() || !element.getAsJsonPrimitive().isNumber()) {
            throw new BadInputException(path(field), "expected a number, got " + describe(element));
        }
        return element.getAsJsonPrimitive();
    }

    JsonArray array(String field) throws BadInputException {
        JsonArray array = optionalArray(field);
        if (array == null) {
            throw missing(field);
        }
        return array;
    }

    JsonArray optionalArray(String field) throws BadInputException {
        JsonElement element = get(field);
        if (element == null) {
            return null;
        }
        if (!element.isJsonArray()) {
            throw new BadInputException(path(field), "expected an array, got " + describe(element));
        }
        return element.getAsJsonArray();
    }

    JsonFields object(String field) throws BadInputException {
        if (!has(field)) {
            throw missing(field);
        }
        return of(get(field), path(field));
    }

    BadInputException missing(String field) {
        return new BadInputException(path(field), "required field is missing");
    }

    static String describe(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return "null";
        }
        if (element.isJsonObject()) {
            return "an object";
        }
        if (element.isJsonArray()) {
            return "an array";
        }
        String text = element.toString();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
