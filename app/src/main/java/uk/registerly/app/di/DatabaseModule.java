package uk.registerly.app.di;

import android.content.Context;

import androidx.room.Room;
import androidx.sqlite.db.SupportSQLiteOpenHelper;

import javax.inject.Singleton;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.InstallIn;
import dagger.hilt.android.qualifiers.ApplicationContext;
import dagger.hilt.components.SingletonComponent;
import uk.registerly.app.data.db.Migrations;
import uk.registerly.app.data.db.RegisterlyDatabase;

/** The on-device database file, opened through the bound factory (SQLCipher). Tests replace this module with an in-memory database. */
@Module
@InstallIn(SingletonComponent.class)
public final class DatabaseModule {
    private DatabaseModule() {
    }

    @Provides
    @Singleton
    static RegisterlyDatabase database(@ApplicationContext Context context, SupportSQLiteOpenHelper.Factory factory) {
        return Migrations.configure(Room.databaseBuilder(context, RegisterlyDatabase.class, RegisterlyDatabase.FILE_NAME)
                .openHelperFactory(factory))
                .build();
    }
}
