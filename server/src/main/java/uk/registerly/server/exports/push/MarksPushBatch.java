package uk.registerly.server.exports.push;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import uk.registerly.server.sync.Cursor;

/**
 * One POST of the push: a school's changes after {@code from} up to and including {@code to}, as the
 * marks-changes feed gives them. Its idempotency key is named by the school and the two cursors, so the
 * same batch sent again (after a failure, or after a restart that re-reads the same range) carries the
 * same key and a receiver can drop the repeat.
 */
record MarksPushBatch(UUID school, Cursor from, Cursor to, List<Map<String, Object>> changes) {

    UUID idempotencyKey() {
        return UUID.nameUUIDFromBytes(("registerly-marks-push|" + school + "|" + from + "|" + to)
                .getBytes(StandardCharsets.UTF_8));
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("batch", idempotencyKey().toString());
        body.put("school", school.toString());
        body.put("from", from.toString());
        body.put("to", to.toString());
        body.put("changes", changes);
        return body;
    }
}
