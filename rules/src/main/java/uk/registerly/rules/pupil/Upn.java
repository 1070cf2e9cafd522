package uk.registerly.rules.pupil;

/**
 * The Unique Pupil Number: 13 characters, a check letter, then the LA code (3 digits), the
 * establishment number (4), the last two digits of the allocation year and 3 serial digits. A
 * temporary UPN ends in a letter instead of the last digit.
 *
 * <p>The check letter, as the UK Government Data Standards Catalogue (Unique Pupil Number v2.0)
 * defines it: "the sum over positions 2 to 13 of the character's value multiplied by its
 * position, modulo 23", mapped 0 to A ... 22 to Z over {@code ABCDEFGHJKLMNPQRTUVWXYZ} (I, O and S
 * are never used); a temporary UPN's final letter takes its value from the same mapping. Test
 * vectors (python-stdnum {@code stdnum.gb.upn}): {@code B801200005001} is valid,
 * {@code A801200005001} has the wrong check letter. (A widely copied MIS help-centre example,
 * {@code Q207000016049}, is itself wrong: its sum is 266, so its letter is P.)
 *
 * <p>Not checked: that characters 2-4 are a real LA code (census error 1530): no list of LA codes
 * is held here.
 */
public final class Upn {

    /** The 23 letters a UPN uses, value 0 to 22. */
    public static final String LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private final String value;

    private Upn(String value) {
        this.value = value;
    }

    /** The UPN in {@code text} (surrounding spaces ignored, letters upper-cased); IllegalArgumentException saying what is wrong. */
    public static Upn parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a UPN is required");
        }
        String upn = text.trim().toUpperCase(java.util.Locale.ROOT);
        String problem = problem(upn);
        if (problem != null) {
            throw new IllegalArgumentException("UPN '" + text.trim() + "' " + problem);
        }
        return new Upn(upn);
    }

    /** Whether {@code text} is a valid UPN, permanent or temporary. */
    public static boolean isValid(String text) {
        return text != null && problem(text.trim().toUpperCase(java.util.Locale.ROOT)) == null;
    }

    /**
     * What is wrong with {@code upn} (already trimmed and upper case), as the end of a sentence
     * beginning "UPN 'X' ...", or null when it is valid.
     */
    public static String problem(String upn) {
        if (upn.length() != 13) {
            return "must be 13 characters (it has " + upn.length() + ")";
        }
        if (LETTERS.indexOf(upn.charAt(0)) < 0) {
            return "must start with a check letter (A-Z without I, O and S)";
        }
        for (int i = 1; i < 12; i++) {
            if (!isDigit(upn.charAt(i))) {
                return "must have digits in positions 2 to 12 (position " + (i + 1) + " is '" + upn.charAt(i) + "')";
            }
        }
        char last = upn.charAt(12);
        if (!isDigit(last) && LETTERS.indexOf(last) < 0) {
            return "must end in a digit, or (a temporary UPN) a letter A-Z without I, O and S";
        }
        char expected = checkLetter(upn.substring(1));
        if (upn.charAt(0) != expected) {
            return "has the wrong check letter: " + upn.charAt(0) + " where the digits give " + expected;
        }
        return null;
    }

    /**
     * The check letter for the 12 characters after it (positions 2 to 13; the last may be a
     * temporary UPN's letter).
     */
    public static char checkLetter(String positions2to13) {
        if (positions2to13.length() != 12) {
            throw new IllegalArgumentException("a check letter is computed over 12 characters");
        }
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            char c = positions2to13.charAt(i);
            int value = isDigit(c) ? c - '0' : LETTERS.indexOf(c);
            if (value < 0 || (!isDigit(c) && i < 11)) {
                throw new IllegalArgumentException("position " + (i + 2) + " must be a digit"
                        + (i == 11 ? " or a UPN letter" : ""));
            }
            sum += value * (i + 2);
        }
        return LETTERS.charAt(sum % 23);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether this is a temporary UPN (its last character is a letter). */
    public boolean isTemporary() {
        return !isDigit(value.charAt(12));
    }

    /** Characters 2-4: the LA code of the school that allocated it. */
    public String laCode() {
        return value.substring(1, 4);
    }

    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Upn && ((Upn) o).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
