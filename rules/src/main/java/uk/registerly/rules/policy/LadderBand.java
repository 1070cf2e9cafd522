package uk.registerly.rules.policy;

import java.util.Objects;
import uk.registerly.rules.figures.Fraction;

/** A half-open band of attendance rates, {@code [from, to)}, and what the school does in it. */
public final class LadderBand {
    private final Fraction from;
    private final Fraction to;
    private final String action;
    private final String description;

    /**
     * @param from lowest rate in the band (included)
     * @param to rate where the band stops (excluded); null for no upper limit, so that 100% is included
     * @param action short stable identifier, e.g. LETTER
     */
    public LadderBand(Fraction from, Fraction to, String action, String description) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = to;
        this.action = Objects.requireNonNull(action, "action");
        this.description = Objects.requireNonNull(description, "description");
        if (to != null && !to.isAtLeast(from)) {
            throw new IllegalArgumentException("band " + action + " ends (" + to + ") before it starts (" + from + ")");
        }
    }

    public boolean contains(Fraction rate) {
        return rate.isAtLeast(from) && (to == null || rate.isBelow(to));
    }

    public Fraction from() {
        return from;
    }

    /** Excluded upper limit; null when there is none. */
    public Fraction to() {
        return to;
    }

    public String action() {
        return action;
    }

    public String description() {
        return description;
    }

    boolean overlaps(LadderBand other) {
        boolean thisBelowOther = to != null && !other.from.isBelow(to);
        boolean otherBelowThis = other.to != null && !from.isBelow(other.to);
        return !thisBelowOther && !otherBelowThis;
    }

    @Override
    public String toString() {
        return "[" + from.toPercent(1) + "%, " + (to == null ? "..." : to.toPercent(1) + "%") + ") " + action;
    }
}
