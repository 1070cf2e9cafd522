package uk.registerly.rules.pupil;

import java.util.Locale;

/**
 * A pupil's special educational needs provision, as the school census codes it (N no special
 * provision, K SEN support, E education, health and care plan). The DfE's published attendance
 * figures are broken down by these three (statutory-data.md section 5).
 */
public enum SenStatus {
    NONE("N"),
    SEN_SUPPORT("K"),
    EHC_PLAN("E");

    private final String code;

    SenStatus(String code) {
        this.code = code;
    }

    /** The census code: N, K or E. */
    public String code() {
        return code;
    }

    /** N, K or E, or none / SEN support / EHC plan (any case, spaces or underscores); IllegalArgumentException otherwise. */
    public static SenStatus parse(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
        switch (t) {
            case "N":
            case "NONE":
                return NONE;
            case "K":
            case "SEN SUPPORT":
                return SEN_SUPPORT;
            case "E":
            case "EHC PLAN":
            case "EHCP":
                return EHC_PLAN;
            default:
                throw new IllegalArgumentException("sen '" + (text == null ? "" : text.trim())
                        + "' must be N (none), K (SEN support) or E (EHC plan)");
        }
    }
}
