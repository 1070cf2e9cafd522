package uk.registerly.app.testing;

import android.content.Context;

import androidx.room.Room;

import uk.registerly.app.data.db.RegisterlyDatabase;

/** The in-memory Room database tests use, with and without Hilt. */
public final class TestDatabases {
    private TestDatabases() {
    }

    public static RegisterlyDatabase inMemory(Context context) {
        return Room.inMemoryDatabaseBuilder(context, RegisterlyDatabase.class)
                .allowMainThreadQueries()
                .setQueryExecutor(Runnable::run)
                .setTransactionExecutor(Runnable::run)
                .build();
    }
}
