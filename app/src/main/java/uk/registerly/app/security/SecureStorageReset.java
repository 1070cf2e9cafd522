package uk.registerly.app.security;

import android.content.Context;
import android.content.SharedPreferences;

import androidx.annotation.Nullable;

import java.io.File;
import java.time.Clock;

import javax.inject.Inject;
import javax.inject.Singleton;

import dagger.hilt.android.qualifiers.ApplicationContext;

/**
 * What the app does when the Android Keystore lost the key that seals its secrets (a reset of the
 * device's credentials, an OS update bug): the identity, the token and the SQLCipher passphrase can
 * never be decrypted, so without this every start would crash (issue 13, section 3).
 *
 * <p>{@link #checkOrReset()} runs first on every start. If a secret cannot be read it sets the
 * unreadable database aside (renamed into {@code no_backup/unreadable/}, never deleted: a recovery
 * tool with the old key could still read it), forgets every secret and the dead key, and keeps a
 * plain notice — when, and how many records had not been sent, from {@link #recordUnsent}, the one
 * number kept outside the encrypted store (a count, no pupil data). The app then starts as a new
 * tablet: the launcher shows the notice ({@code StorageResetActivity}) and offers re-enrolment.
 */
@Singleton
public class SecureStorageReset {
    static final String PREFERENCES = "registerly.storage";
    static final String UNSENT = "unsent.count";
    static final String RESET_AT = "reset.at";
    static final String RESET_UNSENT = "reset.unsent";
    static final String RESET_FILE = "reset.file";
    /** The database files Room and SQLite keep beside each other. */
    private static final String[] SUFFIXES = {"", "-wal", "-shm", "-journal"};

    private final Context context;
    private final SecretStore secrets;
    private final Clock clock;
    private final SharedPreferences preferences;
    private final String databaseName;

    @Inject
    public SecureStorageReset(@ApplicationContext Context context, SecretStore secrets, Clock clock) {
        this(context, secrets, clock, "registerly.db");
    }

    @androidx.annotation.VisibleForTesting
    public SecureStorageReset(Context context, SecretStore secrets, Clock clock, String databaseName) {
        this.context = context;
        this.secrets = secrets;
        this.clock = clock;
        this.preferences = context.getSharedPreferences(PREFERENCES, Context.MODE_PRIVATE);
        this.databaseName = databaseName;
    }

    /** True when the secure storage was readable; false when it was reset just now. */
    public boolean checkOrReset() {
        try {
            secrets.get(DeviceIdentityStore.IDENTITY);
            secrets.get(DeviceIdentityStore.TOKEN);
            String passphrase = secrets.get(DatabasePassphrase.NAME);
            if (passphrase == null && context.getDatabasePath(databaseName).exists()) {
                // A database whose passphrase is gone (the store was wiped): SQLCipher could never open it.
                reset();
                return false;
            }
            return true;
        } catch (RuntimeException unreadable) {
            reset();
            return false;
        }
    }

    /** The number of records waiting to be sent, kept after each change so a reset can say it. */
    public void recordUnsent(int count) {
        if (preferences.getInt(UNSENT, -1) != count) {
            preferences.edit().putInt(UNSENT, count).apply();
        }
    }

    /** The reset to tell the person about, or null. */
    @Nullable
    public Notice notice() {
        if (!preferences.contains(RESET_AT)) {
            return null;
        }
        return new Notice(preferences.getLong(RESET_AT, 0), preferences.getInt(RESET_UNSENT, -1),
                preferences.getString(RESET_FILE, null));
    }

    /** The person has read it and is enrolling again. */
    public void acknowledge() {
        preferences.edit().remove(RESET_AT).remove(RESET_UNSENT).remove(RESET_FILE).apply();
    }

    private void reset() {
        long now = clock.millis();
        File aside = new File(new File(context.getNoBackupFilesDir(), "unreadable"), "registerly-" + now + ".db");
        aside.getParentFile().mkdirs();
        String kept = null;
        for (String suffix : SUFFIXES) {
            File file = context.getDatabasePath(databaseName + suffix);
            if (file.exists()) {
                File target = new File(aside.getPath() + suffix);
                if (file.renameTo(target) && suffix.isEmpty()) {
                    kept = target.getPath();
                }
            }
        }
        secrets.clear();
        // commit(): the notice must survive the crash or kill that may follow.
        preferences.edit()
                .putLong(RESET_AT, now)
                .putInt(RESET_UNSENT, preferences.getInt(UNSENT, -1))
                .putString(RESET_FILE, kept)
                .remove(UNSENT)
                .commit();
    }

    /** A reset that happened: when, how many records were unsent (-1: unknown), where the old file is. */
    public static final class Notice {
        public final long atMillis;
        public final int unsent;
        @Nullable
        public final String setAside;

        Notice(long atMillis, int unsent, @Nullable String setAside) {
            this.atMillis = atMillis;
            this.unsent = unsent;
            this.setAside = setAside;
        }
    }
}
