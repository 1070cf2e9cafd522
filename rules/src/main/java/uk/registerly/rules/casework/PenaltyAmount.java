package uk.registerly.rules.casework;

/** What a penalty notice costs when paid within a number of days (per parent, per child). Immutable. */
public final class PenaltyAmount {
    private final int pounds;
    private final int withinDays;

    PenaltyAmount(int pounds, int withinDays) {
        this.pounds = pounds;
        this.withinDays = withinDays;
    }

    public int pounds() {
        return pounds;
    }

    public int withinDays() {
        return withinDays;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PenaltyAmount && ((PenaltyAmount) o).pounds == pounds
                && ((PenaltyAmount) o).withinDays == withinDays;
    }

    @Override
    public int hashCode() {
        return pounds * 31 + withinDays;
    }

    /** "£80 if paid within 21 days". */
    @Override
    public String toString() {
        return "\u00a3" + pounds + " if paid within " + withinDays + " days";
    }
}
