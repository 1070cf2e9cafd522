package uk.registerly.rules.codes;

import java.util.Locale;

/** Codes from before the 2024 regulations that still turn up in old data and policies. */
public enum LegacyCode {
    F("extended family holiday (withdrawn in 2013): use C if exceptional, otherwise G"),
    H("authorised holiday no longer exists: use C if exceptional, otherwise G"),
    J("interview is now J1 (authorised absence, no longer an approved activity)"),
    Y("plain Y is split into Y1-Y7 (custody is Y5)");

    private final String guidance;

    LegacyCode(String guidance) {
        this.guidance = guidance;
    }

    /** What replaced this code in 2024. */
    public String guidance() {
        return guidance;
    }

    /** The legacy code spelt {@code symbol}, or null when it is not one. */
    public static LegacyCode fromSymbol(String symbol) {
        if (symbol == null || symbol.length() != 1) {
            return null;
        }
        for (LegacyCode code : values()) {
            if (code.name().equals(symbol)) {
                return code;
            }
        }
        return null;
    }

    static String symbolHint(String symbol) {
        if (symbol == null) {
            return null;
        }
        String upper = symbol.toUpperCase(Locale.ROOT);
        return !upper.equals(symbol) && AttendanceCode.fromSymbol(upper) != null ? upper : null;
    }
}
