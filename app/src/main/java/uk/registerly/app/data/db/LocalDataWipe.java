package uk.registerly.app.data.db;

import androidx.sqlite.db.SupportSQLiteDatabase;

import javax.inject.Inject;

/**
 * Clears the device after its enrolment was revoked: roster, pulled events, delivered own events,
 * the cursor and settings go; own register facts the server has not stored (unsent, or rejected and
 * kept for review) stay, encrypted, to be sent after re-enrolment under their original ids — the
 * server answers DUPLICATE for any it had after all. One transaction: a crash half-way loses nothing.
 */
public class LocalDataWipe {
    private static final String[] ROSTER_TABLES = {
            "schools", "staff", "classes", "class_teachers", "pupils", "guardians", "guardian_pupils", "pull_cursor"};

    private final RegisterlyDatabase database;

    @Inject
    public LocalDataWipe(RegisterlyDatabase database) {
        this.database = database;
    }

    /** Returns how many own unsent or rejected events were kept. */
    public int wipeKeepingUnsentFacts() {
        return database.runInTransaction(() -> {
            SupportSQLiteDatabase db = database.getOpenHelper().getWritableDatabase();
            db.execSQL("INSERT OR REPLACE INTO device_settings (`key`, value, updated_at_epoch_millis) VALUES (?, '1', 0)",
                    new Object[] {JournalTriggers.WIPE_FLAG});
            for (String table : ROSTER_TABLES) {
                db.execSQL("DELETE FROM " + table);
            }
            // Kept: own events never stored by the server (pending or rejected), and the undo records of kept arrivals.
            db.execSQL("DELETE FROM journal WHERE NOT (origin = 'LOCAL' AND id NOT IN (SELECT event_id FROM delivered_events))");
            db.execSQL("DELETE FROM delivered_events");
            db.execSQL("DELETE FROM device_settings");
            return database.journal().countPending() + database.deliveries().rejected().size();
        });
    }
}
