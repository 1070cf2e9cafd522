package uk.registerly.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ErrorCode;
import uk.registerly.server.http.TextHygiene;

/**
 * What every pushed payload must be before its fields are read (issue 12, items 8 and 9): no text or
 * field name holding a control character (NUL and the like, except newline and tab) or half a
 * surrogate pair — PostgreSQL refuses them, and a batch that fails in the database blocks a device's
 * outbox — and no larger than its type takes. Unknown fields are checked too, though never stored.
 */
final class PayloadHygiene {

    /** The payload is larger than its type takes: the event is rejected with {@code payload_too_large}. */
    static final class TooLarge extends ApiException {
        TooLarge(String message) {
            super(ErrorCode.PAYLOAD_TOO_LARGE, message);
        }
    }

    /** Register facts carry at most a 500-character reason and a 200-character signature. */
    static final int MAX_FACT_CHARS = 4 * 1024;
    /** Reports and requests carry up to 1,000 characters of a parent's or the office's words. */
    static final int MAX_REPORT_CHARS = 8 * 1024;

    private PayloadHygiene() {
    }

    /** The most a payload of {@code type} may hold, counted in characters of its names and texts. */
    static int maxChars(EventType type) {
        return switch (type) {
            case ABSENCE_REPORT, ABSENCE_REPORT_UPDATED, ABSENCE_REPORT_PROCESSED, LEAVE_REQUEST -> MAX_REPORT_CHARS;
            default -> MAX_FACT_CHARS;
        };
    }

    /** Throws 400 naming the first bad field, or {@link TooLarge}. */
    static void check(EventType type, JsonNode payload, String path) {
        int max = maxChars(type);
        long size = walk(payload, path, max);
        if (size > max) {
            throw new TooLarge(path + " is too large for a " + type + " (" + size + " characters; at most " + max
                    + "): send only the payload's own fields");
        }
    }

    /**
     * About the size of {@code node} as compact JSON (quotes, colons and brackets counted, escapes not),
     * so that a payload's own fields always fit; stops counting once past {@code max}.
     */
    private static long walk(JsonNode node, String path, int max) {
        if (node.isTextual()) {
            String text = node.textValue();
            String problem = TextHygiene.problem(text);
            if (problem != null) {
                throw ApiException.badRequest(path + " " + problem);
            }
            return text.length() + 2L;
        }
        if (!node.isContainerNode()) {
            return node.isNumber() ? node.asText().length() : 5;
        }
        long size = 2;
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String problem = TextHygiene.problem(field.getKey());
                if (problem != null) {
                    throw ApiException.badRequest(path + " has a field name that " + problem);
                }
                size += field.getKey().length() + 4 + walk(field.getValue(), path + "." + field.getKey(), max);
                if (size > max) {
                    return size;
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                size += walk(node.get(i), path + "[" + i + "]", max);
                if (size > max) {
                    return size;
                }
            }
        }
        return size;
    }
}
