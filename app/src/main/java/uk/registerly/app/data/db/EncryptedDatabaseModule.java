package uk.registerly.app.data.db;

import androidx.sqlite.db.SupportSQLiteOpenHelper;

import net.zetetic.database.sqlcipher.SupportOpenHelperFactory;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.InstallIn;
import dagger.hilt.components.SingletonComponent;
import uk.registerly.app.security.DatabasePassphrase;

/**
 * The one binding that decides how the database file is opened: SQLCipher, with the passphrase
 * kept under the Android Keystore. Pupils' data is encrypted at rest. SQLCipher's native library
 * is Android-only, so Robolectric tests replace this module with plain framework SQLite
 * ({@code testing.PlainSqliteModule}); the APK always carries lib/<abi>/libsqlcipher.so.
 */
@Module
@InstallIn(SingletonComponent.class)
public final class EncryptedDatabaseModule {
    private EncryptedDatabaseModule() {
    }

    @Provides
    static SupportSQLiteOpenHelper.Factory openHelperFactory(DatabasePassphrase passphrase) {
        System.loadLibrary("sqlcipher");
        return new SupportOpenHelperFactory(passphrase.get());
    }
}
