package uk.registerly.app.testing;

import android.content.Context;

import androidx.room.Room;

import uk.registerly.app.data.db.Migrations;
import uk.registerly.app.data.db.RegisterlyDatabase;

/**
 * The in-memory Room database tests use, with and without Hilt: plain framework SQLite (Robolectric's
 * native mode), since SQLCipher's Android library cannot load on the JVM; same schema, migrations and
 * append-only triggers as the app's encrypted file.
 */
public final class TestDatabases {
    private TestDatabases() {
    }

    public static RegisterlyDatabase inMemory(Context context) {
        return Migrations.configure(Room.inMemoryDatabaseBuilder(context, RegisterlyDatabase.class))
                .allowMainThreadQueries()
                .setQueryExecutor(Runnable::run)
                .setTransactionExecutor(Runnable::run)
                .build();
    }

    /**
     * A database file, as the app keeps one, journalled in TRUNCATE mode (no WAL) so that a test can
     * copy the closed file as the state a killed process leaves on disk.
     */
    public static RegisterlyDatabase onDisk(Context context, String name) {
        return Migrations.configure(Room.databaseBuilder(context, RegisterlyDatabase.class, name))
                .setJournalMode(androidx.room.RoomDatabase.JournalMode.TRUNCATE)
                .allowMainThreadQueries()
                .setQueryExecutor(Runnable::run)
                .setTransactionExecutor(Runnable::run)
                .build();
    }
}
