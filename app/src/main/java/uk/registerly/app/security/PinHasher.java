package uk.registerly.app.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A staff PIN as a slow salted hash: PBKDF2-HMAC-SHA256 with a 16-byte random salt per PIN. Six
 * digits are only a million guesses, so the hash alone cannot protect them from someone holding
 * the file; it is one layer of three (MASVS-AUTH-2, docs/security.md): the hash is itself sealed
 * by the {@link SecretStore} under a key that never leaves the Android Keystore, and the device
 * refuses more than a few wrong tries ({@link PinAttempts}). The iteration count is stored with
 * each hash, so a later version can raise it for new PINs without invalidating old ones.
 */
public final class PinHasher {
    /** OWASP's floor for PBKDF2-HMAC-SHA256 was 120,000 (2021) and is higher since; ~0.2 s on a school tablet. */
    public static final int ITERATIONS = 210_000;
    public static final int MIN_ITERATIONS = 120_000;
    static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PinHasher() {
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return salt;
    }

    public static byte[] hash(char[] pin, byte[] salt, int iterations) {
        try {
            KeySpec spec = new PBEKeySpec(pin, salt, iterations, HASH_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }

    /** Compares in constant time, so the time taken says nothing about how much of the hash matched. */
    public static boolean matches(char[] pin, byte[] salt, int iterations, byte[] expected) {
        return MessageDigest.isEqual(hash(pin, salt, iterations), expected);
    }

    /** Exactly six digits: what the lock screen accepts. */
    public static boolean isWellFormed(CharSequence pin) {
        if (pin == null || pin.length() != 6) {
            return false;
        }
        for (int i = 0; i < pin.length(); i++) {
            if (pin.charAt(i) < '0' || pin.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
