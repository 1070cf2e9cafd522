package uk.registerly.rules.alerts;

/** Follow-up duties the rules raise; nothing is issued automatically, a person acts on each. */
public enum AlertType {
    /** >= 10 G/N/O/U sessions within 10 school weeks (compulsory school age only): consider a penalty notice. */
    PENALTY_THRESHOLD,
    /** N still not replaced by a reason code at the end of the 5th school day after the session. */
    N_OVERDUE,
    /** 10 consecutive school days of N or O only: tell the local authority (children missing education). */
    CONTINUOUS_ABSENCE,
    /** Illness (I) reaches 15 school days (30 sessions) in a school year: return to the local authority. */
    SICKNESS_RETURN,
    /** Illness on the school's configured number of consecutive school days: ask for medical evidence. */
    MEDICAL_EVIDENCE,
    /** The school's limit of U marks within one term: warning letter with an improvement period. */
    U_MARKS_WARNING
}
