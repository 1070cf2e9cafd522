package uk.registerly.app.testing;

import android.content.Context;


import javax.inject.Singleton;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.android.qualifiers.ApplicationContext;
import dagger.hilt.components.SingletonComponent;
import dagger.hilt.testing.TestInstallIn;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.di.DatabaseModule;

/**
 * Every Hilt test gets a fresh in-memory database instead of the app's file. Queries run on the
 * calling thread, so a test sees a write as soon as it returns, with no background thread to wait for.
 */
@Module
@TestInstallIn(components = SingletonComponent.class, replaces = DatabaseModule.class)
public final class InMemoryDatabaseModule {
    private InMemoryDatabaseModule() {
    }

    @Provides
    @Singleton
    static RegisterlyDatabase database(@ApplicationContext Context context) {
        return TestDatabases.inMemory(context);
    }
}
