package uk.registerly.app.security;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import android.app.Application;

import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.util.Collections;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;

import uk.registerly.app.testing.InMemorySecretStore;

/** What survives a restart in the secret store, and what revocation forgets. */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
public class DeviceIdentityStoreTest {
    private final InMemorySecretStore secrets = new InMemorySecretStore();

    @Test
    public void theIdentityAndTokenAreReadBackAfterARestartAndForgottenOnRevocation() {
        new DeviceIdentityStore(secrets).save(new DeviceIdentity("https://registerly.test/", false,
                DeviceIdentity.Role.OFFICE, "d1", "s1", "Millbrook", "st1", "Rita Anand, Attendance Officer",
                Collections.singletonMap("c1", "s1")), "rgd_token");

        DeviceIdentityStore restarted = new DeviceIdentityStore(secrets);
        assertEquals("Rita Anand, Attendance Officer", restarted.current().staffSignature());
        assertEquals(DeviceIdentity.Role.OFFICE, restarted.current().role());
        assertEquals("s1", restarted.current().schoolOf("c1"));
        assertEquals("rgd_token", restarted.token());

        restarted.forget();
        assertNull(new DeviceIdentityStore(secrets).current());
        assertNull(restarted.token());
    }

    @Test
    public void theDatabasePassphraseIsMadeOnceAndKept() {
        byte[] first = new DatabasePassphrase(secrets).get();

        assertEquals(32, first.length);
        assertArrayEquals(first, new DatabasePassphrase(secrets).get());
    }
}
