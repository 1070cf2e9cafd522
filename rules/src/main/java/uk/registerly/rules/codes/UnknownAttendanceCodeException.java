package uk.registerly.rules.codes;

/** A code that is not one of the 2024 codes; the message names it and says why. */
public final class UnknownAttendanceCodeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final LegacyCode legacy;

    public UnknownAttendanceCodeException(String code) {
        super(describe(code));
        this.code = code;
        this.legacy = LegacyCode.fromSymbol(code);
    }

    public String code() {
        return code;
    }

    /** The pre-2024 code this was, or null when it was never a code. */
    public LegacyCode legacy() {
        return legacy;
    }

    private static String describe(String code) {
        if (code == null) {
            return "missing code";
        }
        String quoted = "\"" + code.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        LegacyCode legacy = LegacyCode.fromSymbol(code);
        if (legacy != null) {
            return "unknown code " + quoted + " (legacy pre-2024 code; " + legacy.guidance()
                    + "; it is accepted only through an explicit legacy mapping)";
        }
        String hint = LegacyCode.symbolHint(code);
        if (hint != null) {
            return "unknown code " + quoted + " (codes are case-sensitive; did you mean \"" + hint + "\"?)";
        }
        return "unknown code " + quoted + " (not a 2024 attendance code)";
    }
}
