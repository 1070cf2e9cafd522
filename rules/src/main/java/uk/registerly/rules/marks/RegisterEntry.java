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
        /** Recorded and kept, but the mark stayed as it was (e.g. an arrival after a present mark). */
        NO_CHANGE
    }

    private final AttendanceFact fact;
    private final AttendanceCode codeBefore;
    private final AttendanceCode codeAfter;
    private final Integer minutesLateAfter;
    private final Kind kind;

    RegisterEntry(AttendanceFact fact, EffectiveMark before, EffectiveMark after) {
        this.fact = fact;
        this.codeBefore = before == null ? null : before.code();
        this.codeAfter = after == null ? null : after.code();
        this.minutesLateAfter = after == null ? null : after.minutesLate();
        if (fact.type() == FactType.AMENDMENT) {
            kind = Kind.AMENDMENT;
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

    @Override
    public String toString() {
        return kind + " " + fact + ": " + (codeBefore == null ? "-" : codeBefore.symbol()) + " -> "
                + (codeAfter == null ? "-" : codeAfter.symbol());
    }
}
