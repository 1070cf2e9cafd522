package uk.registerly.server.accounts;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;
import org.bouncycastle.util.encoders.Base32;

/**
 * The second factor: time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits), what every
 * authenticator app shows, computed by java-otp. A code is accepted for its own step and one step either side
 * (a phone's clock a little off); which step matched is returned so a used code is refused the second time.
 */
public final class Totp {

    public static final Duration STEP = Duration.ofSeconds(30);
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator(STEP, 6);

    private Totp() {
    }

    public static byte[] newSecret() {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        return secret;
    }

    /** The secret as authenticator apps take it typed in: base32, without padding, in groups of four. */
    public static String base32(byte[] secret) {
        String plain = Base32.toBase32String(secret).replace("=", "");
        return plain.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The otpauth:// URI an authenticator app reads (from a QR code or a link). */
    public static String uri(byte[] secret, String issuer, String account) {
        return "otpauth://totp/" + encode(issuer) + ":" + encode(account) + "?secret="
                + Base32.toBase32String(secret).replace("=", "") + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    /** The code for {@code at} (zero-padded to 6 digits). */
    public static String code(byte[] secret, Instant at) {
        try {
            return String.format(Locale.ROOT, "%06d", GENERATOR.generateOneTimePassword(key(secret), at));
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The time step a typed code belongs to (within one step of {@code now}), or empty when it matches none. */
    public static OptionalLong matchingStep(byte[] secret, String typed, Instant now) {
        if (typed == null) {
            return OptionalLong.empty();
        }
        String digits = typed.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long step = now.getEpochSecond() / STEP.getSeconds();
        for (long s = step - 1; s <= step + 1; s++) {
            if (code(secret, Instant.ofEpochSecond(s * STEP.getSeconds())).equals(digits)) {
                return OptionalLong.of(s);
            }
        }
        return OptionalLong.empty();
    }

    private static SecretKeySpec key(byte[] secret) {
        return new SecretKeySpec(secret, GENERATOR.getAlgorithm());
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
