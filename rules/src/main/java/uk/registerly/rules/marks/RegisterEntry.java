package uk.registerly.rules.marks;

import uk.registerly.rules.codes.AttendanceCode;

/** One line of a mark's history: a recorded fact and what the mark was before and after it. */
public final class RegisterEntry {
    /** How a fact changed the register entry. */
    public enum Kind {
        /** The first fact that gave the session a mark. */
        ORIGINAL,
        /** A later fact that changed the mark. */
        CHANGED,
        /** A correction: carries its reason and who made it, and beats every other fact. */
        AMENDMENT,
        /**
         * The gate took one of its arrivals back (the wrong card was scanned): the mark is
         * worked out again without that arrival.
         */
        WITHDRAWAL,
        /** Recorded and kept, but the mark stayed as it was (e.g. an arrival after a present mark). */
        NO_CHANGE
    }

    private final AttendanceFact fact;
    private final AttendanceCode codeBefore;
    private final AttendanceCode codeAfter;
    private final Integer minutesLateAfter;
    private final Kind kind;
    private final AttendanceFact withdrawnBy;

    RegisterEntry(AttendanceFact fact, EffectiveMark before, EffectiveMark after, AttendanceFact withdrawnBy) {
        this.fact = fact;
        this.withdrawnBy = withdrawnBy;
        this.codeBefore = before == null ? null : before.code();
        this.codeAfter = after == null ? null : after.code();
        this.minutesLateAfter = after == null ? null : after.minutesLate();
        if (fact.type() == FactType.AMENDMENT) {
            kind = Kind.AMENDMENT;
        } else if (fact.type() == FactType.ARRIVAL_WITHDRAWN) {
            kind = Kind.WITHDRAWAL;
        } else if (codeBefore == null && codeAfter != null) {
            kind = Kind.ORIGINAL;
        } else if (codeAfter != codeBefore) {
            kind = Kind.CHANGED;
        } else {
            kind = Kind.NO_CHANGE;
        }
    }

    public AttendanceFact fact() {
        return fact;
    }

    public Kind kind() {
        return kind;
    }

    /** The mark before this fact; null when the session had none. */
    public AttendanceCode codeBefore() {
        return codeBefore;
    }

    /** The mark once this fact was known; null when there still was none. */
    public AttendanceCode codeAfter() {
        return codeAfter;
    }

    public Integer minutesLateAfter() {
        return minutesLateAfter;
    }

    /**
     * Whether this entry is a gate arrival that was later taken back. Its line keeps what the
     * arrival did when it was recorded; from the withdrawal on, the mark is as if it never was.
     */
    public boolean isWithdrawn() {
        return withdrawnBy != null;
    }

    /** The withdrawal that took this arrival back (the first recorded, if several); null when none did. */
    public AttendanceFact withdrawnBy() {
        return withdrawnBy;
    }

    @Override
    public String toString() {
        return kind + " " + fact + ": " + (codeBefore == null ? "-" : codeBefore.symbol()) + " -> "
                + (codeAfter == null ? "-" : codeAfter.symbol()) + (withdrawnBy == null ? "" : " (withdrawn)");
    }
}
