package uk.registerly.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the fields of one JSON object, naming the exact field (with its path) in every complaint,
 * so a client learns what to fix: "events[2].payload.date must be a date (YYYY-MM-DD)".
 */
public final class JsonFields {

    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The body (or an element) as an object; {@code path} prefixes field names in messages. */
    public static JsonFields of(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest((path.isEmpty() ? "the body" : path) + " must be a JSON object");
        }
        return new JsonFields(node, path);
    }

    public JsonNode node() {
        return node;
    }

    public String name(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    public JsonFields object(String field) {
        return of(require(field), name(field));
    }

    public String text(String field) {
        JsonNode value = require(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw invalid(field, "must be a non-empty string");
        }
        return value.asText();
    }

    public String optionalText(String field) {
        return has(field) ? text(field) : null;
    }

    public String text(String field, int maxLength) {
        String value = text(field);
        if (value.length() > maxLength) {
            throw invalid(field, "must be at most " + maxLength + " characters");
        }
        return value;
    }

    public UUID uuid(String field) {
        String value = text(field);
        try {
            UUID uuid = UUID.fromString(value);
            if (!uuid.toString().equals(value)) {
                throw new IllegalArgumentException();
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw invalid(field, "must be a UUID in canonical lower-case form");
        }
    }

    public UUID optionalUuid(String field) {
        return has(field) ? uuid(field) : null;
    }

    public long longValue(String field) {
        JsonNode value = require(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(field, "must be a whole number");
        }
        return value.asLong();
    }

    public Long optionalLong(String field) {
        return has(field) ? longValue(field) : null;
    }

    public LocalDate date(String field) {
        String value = text(field);
        try {
            return IsoTimes.date(value);
        } catch (DateTimeException e) {
            throw invalid(field, "must be a date (YYYY-MM-DD)");
        }
    }

    /** A school-local time such as 2026-09-07T08:50:00 (no zone: the school's own clock). */
    public LocalDateTime localDateTime(String field) {
        String value = text(field);
        try {
            return IsoTimes.localDateTime(value);
        } catch (DateTimeException e) {
            throw invalid(field, "must be a local date-time (YYYY-MM-DDTHH:MM[:SS])");
        }
    }

    public Instant instant(String field) {
        String value = text(field);
        try {
            return IsoTimes.instant(value);
        } catch (DateTimeException e) {
            throw invalid(field, "must be a UTC instant (e.g. 2026-09-07T07:50:00Z)");
        }
    }

    public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
        String value = text(field);
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> allowed = new ArrayList<>();
            for (E constant : type.getEnumConstants()) {
                allowed.add(constant.name());
            }
            throw invalid(field, "must be one of " + allowed);
        }
    }

    public List<JsonNode> array(String field) {
        JsonNode value = require(field);
        if (!value.isArray()) {
            throw invalid(field, "must be an array");
        }
        List<JsonNode> items = new ArrayList<>(value.size());
        value.forEach(items::add);
        return items;
    }

    public List<String> textArray(String field) {
        List<String> values = new ArrayList<>();
        List<JsonNode> items = array(field);
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            if (!item.isTextual() || item.asText().isBlank()) {
                throw ApiException.badRequest(name(field) + "[" + i + "] must be a non-empty string");
            }
            values.add(item.asText());
        }
        return values;
    }

    private JsonNode require(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw ApiException.badRequest(name(field) + " is required");
        }
        return value;
    }

    public ApiException invalid(String field, String problem) {
        return ApiException.badRequest(name(field) + " " + problem);
    }
}
