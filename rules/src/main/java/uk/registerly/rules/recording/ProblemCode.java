package uk.registerly.rules.recording;

/**
 * Why a fact may not be recorded. Each has a stable error code (the server answers with it, the app
 * acts on it; never renamed) and says whether the recorder may not record it at all ({@link
 * #isForbidden()}: the server answers 403) or the fact is wrong as it stands (the server answers 422).
 */
public enum ProblemCode {
    /** The recorder does not record this type (a gate recording a reason). */
    RECORDER_NOT_ALLOWED("recorder_not_allowed", true),
    /** An amendment without the reason for it. */
    AMENDMENT_REASON_MISSING("amendment_reason_missing", false),
    /** An amendment not signed with the name and position ("Name, Position") of who made it. */
    AMENDMENT_SIGNATURE_MISSING("amendment_signature_missing", false),
    /** A gate arrival after the pupil's last session of the day ended: it decides no mark. */
    AFTER_LAST_SESSION("after_last_session", false),
    /** A register mark, an arrival or a withdrawal for a day that has not come yet at the school. */
    DATE_IN_FUTURE("date_in_future", false),
    /** A weekend, a holiday or a day outside term. */
    NOT_SCHOOL_SESSION("not_school_session", false),
    /** A session the school is closed for (INSET #, or an unable-to-attend closure). */
    SCHOOL_CLOSED("school_closed", false),
    /** The pupil was not on the admission register that day. */
    NOT_ON_ROLL("not_on_roll", false),
    /** X at compulsory school age, C2 outside it. */
    CODE_NOT_FOR_AGE("code_not_for_age", false),
    /** C for a day of leave the school refused: a refusal is final. */
    LEAVE_REFUSAL_FINAL("leave_refusal_final", false),
    /** Another authorised absence code for a day of refused leave, not as an office amendment with its reason. */
    LEAVE_REFUSED("leave_refused", false),
    /** A teacher's register mark after the register closed: a change now is an amendment. */
    REGISTER_CLOSED("register_closed", false),
    /** A withdrawal of an arrival that is not among the pupil's arrivals. */
    ARRIVAL_UNKNOWN("arrival_unknown", false),
    /** A withdrawal on another day than the arrival's: after its day the office amends the mark. */
    WITHDRAWAL_NOT_SAME_DAY("withdrawal_not_same_day", false);

    private final String errorCode;
    private final boolean forbidden;

    ProblemCode(String errorCode, boolean forbidden) {
        this.errorCode = errorCode;
        this.forbidden = forbidden;
    }

    /** The stable error code, e.g. {@code register_closed}. */
    public String errorCode() {
        return errorCode;
    }

    public boolean isForbidden() {
        return forbidden;
    }

    /** The code for an error code, or null when there is none. */
    public static ProblemCode fromErrorCode(String errorCode) {
        for (ProblemCode code : values()) {
            if (code.errorCode.equals(errorCode)) {
                return code;
            }
        }
        return null;
    }
}
