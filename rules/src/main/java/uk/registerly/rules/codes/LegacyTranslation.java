package uk.registerly.rules.codes;

/** The outcome of reading one code through a {@link LegacyCodeMapping}. */
public final class LegacyTranslation {
    private final String original;
    private final AttendanceCode code;
    private final LegacyCode legacy;
    private final String approvedBy;

    LegacyTranslation(String original, AttendanceCode code, LegacyCode legacy, String approvedBy) {
        this.original = original;
        this.code = code;
        this.legacy = legacy;
        this.approvedBy = approvedBy;
    }

    /** The code exactly as the source recorded it. */
    public String original() {
        return original;
    }

    public AttendanceCode code() {
        return code;
    }

    public boolean wasTranslated() {
        return legacy != null;
    }

    /** The legacy code that was translated, or null when the code was already a 2024 code. */
    public LegacyCode legacy() {
        return legacy;
    }

    /** Who approved the rule that translated it, or null when nothing was translated. */
    public String approvedBy() {
        return approvedBy;
    }
}
