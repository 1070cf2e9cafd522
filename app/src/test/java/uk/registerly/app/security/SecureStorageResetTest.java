package uk.registerly.app.security;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import android.app.Application;
import android.content.Context;

import androidx.annotation.Nullable;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;

import uk.registerly.app.testing.InMemorySecretStore;

/**
 * A lost Keystore key is not a crash loop (issue 13, section 3): the unreadable database is set
 * aside (never deleted), the dead secrets are forgotten, and a notice says how many records had not
 * been sent, from the count kept outside the encrypted store.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
public class SecureStorageResetTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-18T08:00:00Z"), ZoneOffset.UTC);
    private final Context context = ApplicationProvider.getApplicationContext();

    @Test
    public void aLostKeySetsTheDatabaseAsideForgetsTheSecretsAndSaysHowManyRecordsWereUnsent() throws IOException {
        byte[] contents = database("lost.db");
        LostKeyStore secrets = new LostKeyStore();
        SecureStorageReset reset = new SecureStorageReset(context, secrets, CLOCK, "lost.db");
        reset.recordUnsent(3);

        assertFalse(reset.checkOrReset());

        assertFalse("the unreadable file is no longer where the app opens its database",
                context.getDatabasePath("lost.db").exists());
        SecureStorageReset.Notice notice = reset.notice();
        assertNotNull(notice);
        assertEquals(3, notice.unsent);
        assertEquals(CLOCK.millis(), notice.atMillis);
        assertArrayEquals("set aside, not deleted", contents, Files.readAllBytes(new File(notice.setAside).toPath()));
        assertTrue(notice.setAside.contains("no_backup"));
        assertTrue("every secret and the dead key forgotten", secrets.cleared);

        secrets.lost = false;
        assertTrue("the next start is a new tablet, no loop", reset.checkOrReset());
        assertNotNull("the notice stays until the person goes on to enrol", reset.notice());
        reset.acknowledge();
        assertNull(reset.notice());
    }

    @Test
    public void readableStorageIsLeftAlone() throws IOException {
        database("fine.db");
        InMemorySecretStore secrets = new InMemorySecretStore();
        secrets.put(DatabasePassphrase.NAME, "cGFzc3BocmFzZQ==");
        SecureStorageReset reset = new SecureStorageReset(context, secrets, CLOCK, "fine.db");

        assertTrue(reset.checkOrReset());
        assertTrue(context.getDatabasePath("fine.db").exists());
        assertNull(reset.notice());
    }

    @Test
    public void aDatabaseWhosePassphraseIsGoneIsSetAsideTooWithAnUnknownCount() throws IOException {
        database("orphan.db");
        SecureStorageReset reset = new SecureStorageReset(context, new InMemorySecretStore(), CLOCK, "orphan.db");

        assertFalse(reset.checkOrReset());
        assertFalse(context.getDatabasePath("orphan.db").exists());
        assertEquals(-1, reset.notice().unsent);
    }

    private byte[] database(String name) throws IOException {
        File file = context.getDatabasePath(name);
        file.getParentFile().mkdirs();
        byte[] contents = ("SQLCipher pages of " + name).getBytes(StandardCharsets.UTF_8);
        Files.write(file.toPath(), contents);
        Files.write(context.getDatabasePath(name + "-wal").toPath(), contents);
        return contents;
    }

    /** A store whose Keystore key is gone: every read fails as KeystoreSecretStore's does. */
    static final class LostKeyStore implements SecretStore {
        volatile boolean lost = true;
        volatile boolean cleared;

        @Nullable
        @Override
        public String get(String name) {
            if (lost) {
                throw new IllegalStateException("the secret " + name + " cannot be decrypted",
                        new javax.crypto.AEADBadTagException("Tag mismatch"));
            }
            return null;
        }

        @Override
        public void put(String name, String value) {
        }

        @Override
        public void remove(String name) {
        }

        @Override
        public void clear() {
            cleared = true;
        }
    }
}
