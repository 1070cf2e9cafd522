package uk.registerly.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;

/**
 * Bearer tokens and human-typed codes. Only their SHA-256 hashes are stored: a copy of the database
 * gives nobody a working token. Tokens carry a prefix naming their kind (device or parent), which
 * also lets secret scanners recognise them.
 */
public final class Secrets {

    public static final String DEVICE_TOKEN_PREFIX = "rgd_";
    public static final String PARENT_TOKEN_PREFIX = "rgp_";
    /** A staff account's signed-in session: the dashboard's cookie and the API's bearer token (issue 18). */
    public static final String STAFF_TOKEN_PREFIX = "rgs_";
    // No 0/O, 1/I/L: codes are read aloud and typed on tablets.
    private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String newDeviceToken() {
        return DEVICE_TOKEN_PREFIX + randomBase64(32);
    }

    public static String newStaffToken() {
        return STAFF_TOKEN_PREFIX + randomBase64(32);
    }

    public static String newParentToken() {
        return PARENT_TOKEN_PREFIX + randomBase64(32);
    }

    /** A code such as "K7PM-Q2XA-9HTE" (about 70 bits). */
    public static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Codes compare without case, spaces or dashes: "k7pm q2xa 9hte" is "K7PM-Q2XA-9HTE". */
    public static String normaliseCode(String code) {
        return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /**
     * Whether a stored enrolment or invitation code may still be used: a demo code only while the server
     * runs in demo mode, any code within its number of uses (null: any number) and before it expires
     * (null: never).
     */
    public static boolean redeemable(boolean demoMode, boolean demo, Integer maxUses, int uses, Instant expiresAt,
                                     Instant now) {
        return (demoMode || !demo) && (maxUses == null || uses < maxUses) && (expiresAt == null || expiresAt.isAfter(now));
    }

    public static byte[] hashCode(String code) {
        return sha256(normaliseCode(code));
    }

    public static byte[] hashToken(String token) {
        return sha256(token);
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    private static String randomBase64(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
