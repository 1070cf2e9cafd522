package uk.registerly.app.data.db;

import androidx.sqlite.db.SupportSQLiteDatabase;

/**
 * SQLite triggers that make the journal and the delivery records append-only in the database
 * itself, whatever code runs: an UPDATE always fails, and a DELETE fails unless the device wipe
 * (revocation, {@link LocalDataWipe}) has set its flag in the same transaction.
 */
public final class JournalTriggers {
    /** The device setting {@link LocalDataWipe} holds while it runs. */
    public static final String WIPE_FLAG = "wipe.in_progress";

    private static final String[] APPEND_ONLY_TABLES = {"journal", "delivered_events", "rejected_events"};

    private JournalTriggers() {
    }

    public static void create(SupportSQLiteDatabase db) {
        for (String statement : statements()) {
            db.execSQL(statement);
        }
    }

    /** The triggers' SQL (what a database of version 2 or later was created with). */
    public static java.util.List<String> statements() {
        java.util.List<String> statements = new java.util.ArrayList<>();
        for (String table : APPEND_ONLY_TABLES) {
            statements.add("CREATE TRIGGER IF NOT EXISTS " + table + "_no_update BEFORE UPDATE ON " + table
                    + " BEGIN SELECT RAISE(ABORT, '" + table + " is append-only'); END");
            statements.add("CREATE TRIGGER IF NOT EXISTS " + table + "_no_delete BEFORE DELETE ON " + table
                    + " WHEN NOT EXISTS (SELECT 1 FROM device_settings WHERE `key` = '" + WIPE_FLAG + "')"
                    + " BEGIN SELECT RAISE(ABORT, '" + table + " is append-only'); END");
        }
        return statements;
    }
}
