package uk.registerly.rules.ladder;

import java.time.LocalDate;
import java.util.Objects;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.document.InvalidDocumentException;

/**
 * When a stage is looked at again: a number of school weeks or school days after the last action at it.
 * Holidays are not counted (a school week has at least one school session). Immutable.
 */
public final class ReviewPeriod {
    public static final int MAX_SCHOOL_WEEKS = 52;
    public static final int MAX_SCHOOL_DAYS = 195;

    /** What a review period is counted in. */
    public enum Unit {
        SCHOOL_WEEKS, SCHOOL_DAYS
    }

    private final Unit unit;
    private final int count;

    private ReviewPeriod(Unit unit, int count) {
        this.unit = unit;
        this.count = count;
    }

    /** @throws InvalidDocumentException ({@code schoolWeeks}) outside 1 to 52 */
    public static ReviewPeriod schoolWeeks(int weeks) {
        if (weeks < 1 || weeks > MAX_SCHOOL_WEEKS) {
            throw new InvalidDocumentException("schoolWeeks", "must be between 1 and " + MAX_SCHOOL_WEEKS);
        }
        return new ReviewPeriod(Unit.SCHOOL_WEEKS, weeks);
    }

    /** @throws InvalidDocumentException ({@code schoolDays}) outside 1 to 195 */
    public static ReviewPeriod schoolDays(int days) {
        if (days < 1 || days > MAX_SCHOOL_DAYS) {
            throw new InvalidDocumentException("schoolDays", "must be between 1 and " + MAX_SCHOOL_DAYS);
        }
        return new ReviewPeriod(Unit.SCHOOL_DAYS, days);
    }

    public Unit unit() {
        return unit;
    }

    public int count() {
        return count;
    }

    /**
     * The review date for an action on {@code date}: the {@code count}th school day after it, or the first school
     * day of the {@code count}th school week after its week; null when the calendar does not reach that far.
     */
    public LocalDate dueAfter(LocalDate date, SchoolCalendar calendar) {
        return unit == Unit.SCHOOL_DAYS ? calendar.schoolDayAfter(date, count) : calendar.schoolWeeksAfter(date, count);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ReviewPeriod && ((ReviewPeriod) o).unit == unit && ((ReviewPeriod) o).count == count;
    }

    @Override
    public int hashCode() {
        return Objects.hash(unit, count);
    }

    /** "1 school week", "15 school days". */
    @Override
    public String toString() {
        String noun = unit == Unit.SCHOOL_WEEKS ? "school week" : "school day";
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
