package uk.registerly.server.sync;

import java.util.regex.Pattern;
import uk.registerly.server.http.ApiException;

/**
 * What a pull's {@code since} says: the position in the log ({@link Cursor}) and, for a TEACHER or
 * GATE device, the scope the device holds everything of up to that position ({@code scope}, a
 * DeviceScope hash). While the server serves a device what a new scope adds from behind its
 * position, it also names the scope the device held before ({@code previous}; "-" when not known) and
 * how far that backfill has come ({@code backfill}). Opaque to clients:
 * {@code 812-40517}, {@code 812-40517~9f2c…}, {@code 812-40517~9f2c…~07ab…~640-1022}.
 */
public record PullCursor(Cursor position, String scope, String previous, Cursor backfill) {

    /** "-": the scope a device held is not known; it is served its whole scope again. */
    public static final String UNKNOWN_SCOPE = "-";

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{16}");

    public static PullCursor of(Cursor position, String scope) {
        return new PullCursor(position, scope, null, null);
    }

    public boolean backfilling() {
        return backfill != null;
    }

    public static PullCursor parse(String text) {
        if (text == null || !text.contains("~")) {
            return new PullCursor(Cursor.parse(text), null, null, null);
        }
        String[] parts = text.split("~", -1);
        if (parts.length == 2 && HASH.matcher(parts[1]).matches()) {
            return new PullCursor(Cursor.parse(parts[0]), parts[1], null, null);
        }
        if (parts.length == 4 && HASH.matcher(parts[1]).matches()
                && (parts[2].equals(UNKNOWN_SCOPE) || HASH.matcher(parts[2]).matches())) {
            return new PullCursor(Cursor.parse(parts[0]), parts[1], parts[2], Cursor.parse(parts[3]));
        }
        throw ApiException.badRequest("since must be a cursor returned by a previous pull (or 0), was '" + text + "'");
    }

    @Override
    public String toString() {
        if (scope == null) {
            return position.toString();
        }
        String main = position.txId() + "-" + position.position() + "~" + scope;
        return backfill == null ? main : main + "~" + previous + "~" + backfill.txId() + "-" + backfill.position();
    }
}
