package uk.registerly.rules.schedule;

import uk.registerly.rules.codes.AttendanceCode;

/** What an arrival time means for a session's mark. */
public final class ArrivalOutcome {
    private final AttendanceCode code;
    private final int minutesLate;

    ArrivalOutcome(AttendanceCode code, int minutesLate) {
        this.code = code;
        this.minutesLate = minutesLate;
    }

    /** {@code /} or {@code \}, L or U; null when the arrival came after the session ended. */
    public AttendanceCode code() {
        return code;
    }

    /** Whether the arrival decides the session's mark at all. */
    public boolean changesMark() {
        return code != null;
    }

    public boolean isLate() {
        return code == AttendanceCode.L || code == AttendanceCode.U;
    }

    /** Whole minutes after {@code lateAfter}; 0 for an on-time arrival. */
    public int minutesLate() {
        return minutesLate;
    }

    @Override
    public String toString() {
        return code == null ? "after session end" : code.symbol() + (isLate() ? " +" + minutesLate + "min" : "");
    }
}
