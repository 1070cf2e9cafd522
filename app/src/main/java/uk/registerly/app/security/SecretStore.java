package uk.registerly.app.security;

import androidx.annotation.Nullable;

/**
 * Small secrets (the bearer token, the database passphrase, the enrolled identity) kept encrypted
 * under a key that never leaves the Android Keystore. One binding: {@link KeystoreSecretStore} in
 * the app; tests bind an in-memory store, since the AndroidKeyStore provider does not exist on the JVM.
 */
public interface SecretStore {
    @Nullable
    String get(String name);

    void put(String name, String value);

    void remove(String name);

    /**
     * Forgets every secret and the key that sealed them: what is left when the Keystore lost that key
     * (issue 13, section 3) — the ciphertexts can never be read again.
     */
    void clear();
}
