package uk.registerly.app.testing;

import androidx.sqlite.db.SupportSQLiteOpenHelper;
import androidx.sqlite.db.framework.FrameworkSQLiteOpenHelperFactory;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.components.SingletonComponent;
import dagger.hilt.testing.TestInstallIn;
import uk.registerly.app.data.db.EncryptedDatabaseModule;

/**
 * Plain framework SQLite in tests: SQLCipher's libsqlcipher.so is built for Android, and
 * System.loadLibrary("sqlcipher") fails on the JVM with UnsatisfiedLinkError. The APK keeps SQLCipher.
 */
@Module
@TestInstallIn(components = SingletonComponent.class, replaces = EncryptedDatabaseModule.class)
public final class PlainSqliteModule {
    private PlainSqliteModule() {
    }

    @Provides
    static SupportSQLiteOpenHelper.Factory openHelperFactory() {
        return new FrameworkSQLiteOpenHelperFactory();
    }
}
