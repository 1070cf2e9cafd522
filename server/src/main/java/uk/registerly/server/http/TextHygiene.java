package uk.registerly.server.http;

/**
 * Whether a text may be stored: no control characters (NUL, escape, the C1 range...) other than
 * newline, carriage return and tab, and no half of a surrogate pair. PostgreSQL refuses NUL in text and
 * JSON, and unpaired surrogates in JSON; the others corrupt screens, letters and CSV exports. Issue 12,
 * item 8: "Validate every text (no NUL or other control characters except newline/tab)" — a carriage
 * return is kept as part of a line break typed on Windows.
 */
public final class TextHygiene {

    private TextHygiene() {
    }

    /** Null when {@code text} is fine; otherwise what is wrong, e.g. "must not hold control character U+0000 (at 4)". */
    public static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return "must not hold control character " + String.format("U+%04X", (int) c) + " (at character "
                        + (i + 1) + ")";
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return "must not hold half a surrogate pair (at character " + (i + 1) + ")";
            }
            if (Character.isLowSurrogate(c)) {
                return "must not hold half a surrogate pair (at character " + (i + 1) + ")";
            }
        }
        return null;
    }

    /** Whether {@code text} is fine (null is). */
    public static boolean isClean(String text) {
        return text == null || problem(text) == null;
    }
}
