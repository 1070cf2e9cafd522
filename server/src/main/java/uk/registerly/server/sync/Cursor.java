package uk.registerly.server.sync;

import uk.registerly.server.http.ApiException;

/**
 * A position in the log: the writing transaction's id and the row's position within it. Opaque to
 * clients ("0" is the start); see docs/sync-protocol.md for why this order never skips an event.
 */
public record Cursor(long txId, long position) implements Comparable<Cursor> {

    public static final Cursor START = new Cursor(0, 0);

    public static Cursor parse(String text) {
        if (text == null || text.isBlank() || text.equals("0")) {
            return START;
        }
        int dash = text.indexOf('-');
        try {
            if (dash > 0) {
                Cursor cursor = new Cursor(Long.parseLong(text.substring(0, dash)), Long.parseLong(text.substring(dash + 1)));
                if (cursor.txId >= 0 && cursor.position >= 0) {
                    return cursor;
                }
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw ApiException.badRequest("since must be a cursor returned by a previous pull (or 0), was '" + text + "'");
    }

    @Override
    public String toString() {
        return txId == 0 && position == 0 ? "0" : txId + "-" + position;
    }

    @Override
    public int compareTo(Cursor other) {
        int byTx = Long.compare(txId, other.txId);
        return byTx != 0 ? byTx : Long.compare(position, other.position);
    }
}
