package uk.registerly.app.data.worklists;

/** The office's follow-up lists, in the order the screen shows them (most urgent duty first). */
public enum Worklist {
    /** N still not replaced by a reason 5 school days on (N_OVERDUE, still N now): a line per pupil. */
    N_OVERDUE,
    /** 10 school days of unexplained absence: tell the local authority (CONTINUOUS_ABSENCE). */
    CONTINUOUS_ABSENCE,
    /** 10+ unauthorised sessions in 10 school weeks: consider a penalty notice (PENALTY_THRESHOLD). */
    PENALTY_REACHED,
    /** 8 or 9 in the penalty window now: act before it is reached. */
    PENALTY_APPROACHING,
    /** Absence rate at least 50%. */
    SEVERE_ABSENCE,
    /** Absence rate at least 10% (and below 50%). */
    PERSISTENT_ABSENCE,
    /** 15 school days of illness this school year: return to the local authority (SICKNESS_RETURN). */
    SICKNESS_RETURN,
    /** Consecutive illness reached the school's limit: ask for medical evidence (MEDICAL_EVIDENCE). */
    MEDICAL_EVIDENCE,
    /** The school's U-mark limit in a term: warning letter (U_MARKS_WARNING). */
    U_MARKS_WARNING
}
