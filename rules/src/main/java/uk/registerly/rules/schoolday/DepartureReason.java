package uk.registerly.rules.schoolday;

import uk.registerly.rules.codes.AttendanceCode;

/**
 * Why a pupil left before the end of the day, as the office or gate records it (issue 15), and the code the
 * next register is proposed for a pupil who has not come back. The mark already taken for the session the pupil
 * left in stands: the code is about registration (School Attendance Guidance 2024, "pupils must be marked at the
 * start of each session").
 */
public enum DepartureReason {
    /** "M: medical or dental appointment" — an appointment during the session. */
    MEDICAL_APPOINTMENT("medical appointment", AttendanceCode.M, AttendanceCode.M),
    /** Ill and sent home by the school: the absence that follows is illness, I. */
    ILL_SENT_HOME("ill and sent home", AttendanceCode.I, AttendanceCode.I),
    /**
     * A family emergency: leave in exceptional circumstances when the school approved it (C), otherwise
     * the absence is unexplained until the office records a reason (N).
     */
    FAMILY_EMERGENCY("family emergency", AttendanceCode.C, AttendanceCode.N),
    /** Leave of absence granted by the head teacher: C; not approved, the absence is unauthorised (N until decided). */
    APPROVED_LEAVE("approved leave", AttendanceCode.C, AttendanceCode.N),
    /** Anything else: the office decides the code (N, "reason not yet provided", until it does). */
    OTHER("other", AttendanceCode.N, AttendanceCode.N);

    private final String label;
    private final AttendanceCode approvedCode;
    private final AttendanceCode unapprovedCode;

    DepartureReason(String label, AttendanceCode approvedCode, AttendanceCode unapprovedCode) {
        this.label = label;
        this.approvedCode = approvedCode;
        this.unapprovedCode = unapprovedCode;
    }

    /** Lower-case words for the register's line ("left 12:30 — medical appointment"). */
    public String label() {
        return label;
    }

    /** The code proposed to the next register for a pupil who left for this reason and has not returned. */
    public AttendanceCode proposedCode(boolean approved) {
        return approved ? approvedCode : unapprovedCode;
    }

    /** Whether the absence that follows is authorised when the school approved the departure (not OTHER). */
    public boolean authorisesAbsence() {
        return this != OTHER;
    }
}
