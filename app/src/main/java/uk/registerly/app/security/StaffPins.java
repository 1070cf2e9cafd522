package uk.registerly.app.security;

import androidx.annotation.Nullable;

import com.google.gson.Gson;


import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Each member of staff's PIN on this tablet, stored only as a PBKDF2 hash ({@link PinHasher}) with
 * its salt and the count of wrong tries, sealed in the {@link SecretStore} (AES-GCM under a
 * non-exportable Android Keystore key). Nothing here is ever sent or logged. Wrong tries back off
 * and then block ({@link PinAttempts}); a blocked PIN is cleared only by {@link #reset}, which the
 * office's reset reaches (docs/security.md, "Staff PIN").
 */
@Singleton
public class StaffPins {
    static final String PREFIX = "staff.pin.";

    private final SecretStore secrets;
    private final DeviceIdentityStore identities;
    private final int iterations;
    private final Gson gson = new Gson();

    @Inject
    public StaffPins(SecretStore secrets, DeviceIdentityStore identities) {
        this(secrets, identities, PinHasher.ITERATIONS);
    }

    StaffPins(SecretStore secrets, DeviceIdentityStore identities, int iterations) {
        if (iterations < PinHasher.MIN_ITERATIONS) {
            throw new IllegalArgumentException("a PIN hash needs at least " + PinHasher.MIN_ITERATIONS + " iterations");
        }
        this.secrets = secrets;
        this.identities = identities;
        this.iterations = iterations;
    }

    /**
     * PINs belong to one enrolment of this tablet: re-enrolling it (the office's new code, after a
     * revocation) starts every PIN afresh, which is how the office resets a blocked one today.
     */
    String keyOf(String staffId) {
        DeviceIdentity identity = identities.current();
        return PREFIX + (identity == null ? "unenrolled" : identity.deviceId()) + "." + staffId;
    }

    public boolean hasPin(String staffId) {
        return record(staffId) != null;
    }

    /** Sets (or replaces) the PIN; the count of wrong tries starts again. */
    public synchronized void set(String staffId, char[] pin) {
        if (!PinHasher.isWellFormed(new String(pin))) {
            throw new IllegalArgumentException("a staff PIN is six digits");
        }
        Record record = new Record();
        byte[] salt = PinHasher.newSalt();
        record.salt = encode(salt);
        record.hash = encode(PinHasher.hash(pin, salt, iterations));
        record.iterations = iterations;
        save(staffId, record);
    }

    /** The office reset this person's PIN: they set a new one at their next sign-in. */
    public synchronized void reset(String staffId) {
        secrets.remove(keyOf(staffId));
    }

    /** Where this person stands before typing: may they try now, or wait, or are they blocked? */
    public synchronized Outcome state(String staffId, long nowMillis) {
        Record record = record(staffId);
        if (record == null) {
            return Outcome.noPin();
        }
        if (PinAttempts.blocked(record.failures)) {
            return Outcome.blocked(record.failures);
        }
        if (nowMillis < record.waitUntilMillis) {
            return Outcome.waitUntil(record.failures, record.waitUntilMillis);
        }
        return Outcome.ready(record.failures);
    }

    /** Checks a typed PIN; a wrong one is counted (and may start a wait or block the PIN). */
    public synchronized Outcome check(String staffId, char[] pin, long nowMillis) {
        Outcome before = state(staffId, nowMillis);
        if (before.kind != Outcome.Kind.READY) {
            return before;
        }
        Record record = record(staffId);
        if (PinHasher.matches(pin, decode(record.salt), record.iterations, decode(record.hash))) {
            if (record.failures != 0) {
                record.failures = 0;
                record.waitUntilMillis = 0;
                save(staffId, record);
            }
            return Outcome.unlocked();
        }
        record.failures++;
        long wait = PinAttempts.waitAfter(record.failures);
        record.waitUntilMillis = wait == 0 ? 0 : nowMillis + wait;
        save(staffId, record);
        if (PinAttempts.blocked(record.failures)) {
            return Outcome.blocked(record.failures);
        }
        return wait == 0 ? Outcome.wrong(record.failures) : Outcome.waitUntil(record.failures, record.waitUntilMillis);
    }

    /** The stored iteration count of a PIN (for the security tests); 0 when none is set. */
    public int iterationsOf(String staffId) {
        Record record = record(staffId);
        return record == null ? 0 : record.iterations;
    }

    @Nullable
    private Record record(String staffId) {
        String stored = secrets.get(keyOf(staffId));
        return stored == null ? null : gson.fromJson(stored, Record.class);
    }

    private void save(String staffId, Record record) {
        secrets.put(keyOf(staffId), gson.toJson(record));
    }

    private static String encode(byte[] bytes) {
        return java.util.Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] decode(String text) {
        return java.util.Base64.getDecoder().decode(text);
    }

    /** The stored form: salt, hash and iterations; the wrong tries in a row and the wait they imposed. */
    static final class Record {
        String salt;
        String hash;
        int iterations;
        int failures;
        long waitUntilMillis;
    }

    /** What a try (or a look before one) found. */
    public static final class Outcome {
        public enum Kind { NO_PIN, READY, UNLOCKED, WRONG, WAIT, BLOCKED }

        public final Kind kind;
        /** Wrong tries in a row so far. */
        public final int failures;
        /** For WAIT: when the next try may be made. */
        public final long waitUntilMillis;

        private Outcome(Kind kind, int failures, long waitUntilMillis) {
            this.kind = kind;
            this.failures = failures;
            this.waitUntilMillis = waitUntilMillis;
        }

        static Outcome noPin() {
            return new Outcome(Kind.NO_PIN, 0, 0);
        }

        static Outcome ready(int failures) {
            return new Outcome(Kind.READY, failures, 0);
        }

        static Outcome unlocked() {
            return new Outcome(Kind.UNLOCKED, 0, 0);
        }

        static Outcome wrong(int failures) {
            return new Outcome(Kind.WRONG, failures, 0);
        }

        static Outcome waitUntil(int failures, long until) {
            return new Outcome(Kind.WAIT, failures, until);
        }

        static Outcome blocked(int failures) {
            return new Outcome(Kind.BLOCKED, failures, 0);
        }

        /** Tries left before the device blocks this PIN. */
        public int triesLeft() {
            return Math.max(0, PinAttempts.BLOCKED_AT - failures);
        }

        @Override
        public String toString() {
            return kind + "(" + failures + ")";
        }
    }
}
