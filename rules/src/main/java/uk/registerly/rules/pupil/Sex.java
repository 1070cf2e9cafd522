package uk.registerly.rules.pupil;

import java.util.Locale;

/** A pupil's sex as the MIS records it and CTF 25's {@code <Sex>} element carries it (M or F). */
public enum Sex {
    MALE("M"),
    FEMALE("F");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The one-letter code of the CTF and the census. */
    public String code() {
        return code;
    }

    /** M, F, Male or Female (any case); IllegalArgumentException otherwise. */
    public static Sex parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        switch (t) {
            case "M":
            case "MALE":
                return MALE;
            case "F":
            case "FEMALE":
                return FEMALE;
            default:
                throw new IllegalArgumentException("sex '" + (text == null ? "" : text.trim()) + "' must be M or F");
        }
    }
}
