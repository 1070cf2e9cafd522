package uk.registerly.app.security;

import android.util.Base64;

import java.security.SecureRandom;

import javax.inject.Inject;
import javax.inject.Singleton;

/** The SQLCipher passphrase: 32 random bytes made on first start, kept only in the {@link SecretStore}. */
@Singleton
public class DatabasePassphrase {
    static final String NAME = "database.passphrase";
    private static final int BYTES = 32;

    private final SecretStore secrets;

    @Inject
    public DatabasePassphrase(SecretStore secrets) {
        this.secrets = secrets;
    }

    public synchronized byte[] get() {
        String stored = secrets.get(NAME);
        if (stored != null) {
            return Base64.decode(stored, Base64.NO_WRAP);
        }
        byte[] passphrase = new byte[BYTES];
        new SecureRandom().nextBytes(passphrase);
        secrets.put(NAME, Base64.encodeToString(passphrase, Base64.NO_WRAP));
        return passphrase;
    }
}
