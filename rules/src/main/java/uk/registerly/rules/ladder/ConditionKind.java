package uk.registerly.rules.ladder;

/** The conditions a stage of a ladder can be entered on. */
public enum ConditionKind {
    /** Attendance over the school year to date (from admission) below a percentage ({@code threshold}). */
    ATTENDANCE_BELOW(false),
    /** Absence over the school year to date at or above a percentage ({@code threshold}; 10 is persistent absence). */
    ABSENCE_AT_LEAST(false),
    /** {@code schoolWeeks} after the stage before was taken, attendance is no better than it was then. */
    NO_IMPROVEMENT(true),
    /** Attendance has fallen below what it was when the stage before was taken ({@code schoolWeeks} after it at the earliest). */
    DECREASED_FURTHER(true),
    /** The penalty window (G, N, O, U in the last 10 school weeks) holds at least {@code sessions}. */
    PENALTY_WINDOW(false),
    /** At least {@code marks} U marks (arrived after the register closed) within the current term. */
    U_MARKS_IN_TERM(false),
    /** The {@code schoolDays}th consecutive school day of unexplained absence (N or O), while it lasts. */
    UNEXPLAINED_ABSENCE(false),
    /** An unauthorised absence (U, N, G, O) during the warning period the stage before set out. */
    WARNING_BROKEN(true),
    /** Any of {@code conditions}. */
    ANY_OF(false),
    /** All of {@code conditions}. */
    ALL_OF(false);

    private final boolean relative;

    ConditionKind(boolean relative) {
        this.relative = relative;
    }

    /** Whether it compares with the stage before on the ladder, so it cannot open a ladder or stand alongside one. */
    public boolean isRelative() {
        return relative;
    }
}
