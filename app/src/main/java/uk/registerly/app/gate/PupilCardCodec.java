package uk.registerly.app.gate;

import androidx.annotation.Nullable;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The text in a pupil card's QR code (docs/pupil-cards.md):
 *
 * <pre>RGC1:SCHOOL-UUID:PUPIL-UUID:K</pre>
 *
 * {@code RGC} says "Registerly card", {@code 1} is the format's version, the two UUIDs are the
 * school's and the pupil's ids in upper case, and {@code K} is an ISO/IEC 7064 MOD 37,36 check
 * character over every letter and digit before it. Upper case keeps the whole payload inside QR's
 * alphanumeric mode (0-9, A-Z, space and {@code $%*+-./:}), which needs about a third fewer modules
 * than byte mode, so the printed code is coarser and scans from further away. QR's own error
 * correction already rejects most damage; the check character is for what gets past it or never went
 * through it (a payload typed by hand or by a keyboard-wedge scanner): it catches every single wrong
 * character and all but about 1 in 600 swaps of two neighbouring characters, so a typo is refused
 * rather than recorded against another pupil.
 */
public final class PupilCardCodec {
    public static final String PREFIX = "RGC";
    public static final int VERSION = 1;

    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int MODULUS = 36;
    private static final Pattern UUID = Pattern.compile(
            "[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
    private static final Pattern VERSIONED_PREFIX = Pattern.compile(PREFIX + "[0-9]+");

    private PupilCardCodec() {
    }

    /** The payload printed on the card of {@code pupilId} at {@code schoolId} (lower- or upper-case UUIDs). */
    public static String encode(String schoolId, String pupilId) {
        String school = requireUuid(schoolId, "schoolId");
        String pupil = requireUuid(pupilId, "pupilId");
        String body = PREFIX + VERSION + ":" + school + ":" + pupil;
        return body + ":" + checkCharacter(body);
    }

    /**
     * Reads a scanned payload for the school this device serves. Surrounding white space and letter
     * case are ignored (a keyboard-wedge scanner may type lower case); anything else must be exact.
     */
    public static Result decode(@Nullable String scanned, String expectedSchoolId) {
        if (scanned == null) {
            return Result.refused(Refusal.NOT_A_CARD);
        }
        String text = scanned.trim().toUpperCase(Locale.ROOT);
        String[] parts = text.split(":", -1);
        if (parts.length == 0 || !VERSIONED_PREFIX.matcher(parts[0]).matches()) {
            return Result.refused(Refusal.NOT_A_CARD);
        }
        if (!parts[0].equals(PREFIX + VERSION)) {
            return Result.refused(Refusal.UNKNOWN_VERSION);
        }
        if (parts.length != 4 || !UUID.matcher(parts[1]).matches() || !UUID.matcher(parts[2]).matches()
                || parts[3].length() != 1) {
            return Result.refused(Refusal.MALFORMED);
        }
        String body = parts[0] + ":" + parts[1] + ":" + parts[2];
        if (parts[3].charAt(0) != checkCharacter(body)) {
            return Result.refused(Refusal.CHECK_FAILED);
        }
        if (!parts[1].equals(requireUuid(expectedSchoolId, "expectedSchoolId"))) {
            return Result.refused(Refusal.OTHER_SCHOOL);
        }
        // The protocol's ids are lower-case canonical UUIDs (sync-protocol §4).
        return Result.card(parts[2].toLowerCase(Locale.ROOT));
    }

    /**
     * Whether typed text is meant as a card rather than a name (a card reader typing into the gate's
     * search box): it starts with the card prefix and a version digit. No name does.
     */
    public static boolean looksLikeCard(@Nullable String text) {
        if (text == null) {
            return false;
        }
        String trimmed = text.trim().toUpperCase(Locale.ROOT);
        return trimmed.length() > PREFIX.length() && trimmed.startsWith(PREFIX)
                && Character.isDigit(trimmed.charAt(PREFIX.length()));
    }

    /** ISO/IEC 7064 MOD 37,36 (hybrid system) over the letters and digits of {@code body}. */
    static char checkCharacter(String body) {
        int product = MODULUS;
        for (int i = 0; i < body.length(); i++) {
            int value = ALPHABET.indexOf(body.charAt(i));
            if (value < 0) {
                continue; // separators are checked by the format, not by the check character
            }
            int sum = (product + value) % MODULUS;
            if (sum == 0) {
                sum = MODULUS;
            }
            product = (sum * 2) % (MODULUS + 1);
        }
        return ALPHABET.charAt((MODULUS + 1 - product) % MODULUS);
    }

    private static String requireUuid(String id, String name) {
        String upper = id == null ? "" : id.toUpperCase(Locale.ROOT);
        if (!UUID.matcher(upper).matches()) {
            throw new IllegalArgumentException(name + " must be a UUID");
        }
        return upper;
    }

    /** Why a scanned code is not taken; the gate shows a message for each. */
    public enum Refusal {
        /** Not a Registerly card at all (another QR code, a barcode, empty). */
        NOT_A_CARD,
        /** A Registerly card in a format this app does not know (printed by a newer version). */
        UNKNOWN_VERSION,
        /** Looks like a card but a part is missing or the wrong shape. */
        MALFORMED,
        /** Every part has the right shape, but a character was misread or mistyped. */
        CHECK_FAILED,
        /** A genuine card of another school. */
        OTHER_SCHOOL
    }

    /** A pupil id, or why there is none. */
    public static final class Result {
        @Nullable
        public final String pupilId;
        @Nullable
        public final Refusal refusal;

        private Result(@Nullable String pupilId, @Nullable Refusal refusal) {
            this.pupilId = pupilId;
            this.refusal = refusal;
        }

        static Result card(String pupilId) {
            return new Result(pupilId, null);
        }

        static Result refused(Refusal refusal) {
            return new Result(null, refusal);
        }

        public boolean isCard() {
            return pupilId != null;
        }
    }
}
