package uk.registerly.rules.figures;

import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.Objects;
import uk.registerly.rules.marks.EffectiveMark;

/**
 * The dates a pupil's figures are counted over, decided here so the app and the server count the
 * same sessions: by default the school year to date (1 September to the evaluation date), from the
 * pupil's admission date when they joined later. Persistent and severe absence are judged over it
 * ("meaningful over a year to date", domain reference section 3). Both ends are included; a period
 * whose start is after its end is empty (a pupil admitted after the evaluation date).
 */
public final class ReportingPeriod {
    private final LocalDate from;
    private final LocalDate to;

    private ReportingPeriod(LocalDate from, LocalDate to) {
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
    }

    /** From {@code from} to {@code to}, both included (empty when {@code from} is after {@code to}). */
    public static ReportingPeriod between(LocalDate from, LocalDate to) {
        return new ReportingPeriod(from, to);
    }

    /**
     * 1 September of the school year holding {@code asOf} (or {@code admissionDate}, when later) to
     * {@code asOf}.
     *
     * @param admissionDate the pupil's starting day on the admission register; null when unknown
     */
    public static ReportingPeriod schoolYearToDate(LocalDate asOf, LocalDate admissionDate) {
        LocalDate start = schoolYearStart(asOf);
        return new ReportingPeriod(admissionDate != null && admissionDate.isAfter(start) ? admissionDate : start, asOf);
    }

    /** English school years run from 1 September; August belongs to the year before. */
    public static LocalDate schoolYearStart(LocalDate day) {
        int year = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, Month.SEPTEMBER, 1);
    }

    public LocalDate from() {
        return from;
    }

    public LocalDate to() {
        return to;
    }

    public boolean isEmpty() {
        return from.isAfter(to);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The figures of the marks whose session falls in this period (marks of other pupils are not filtered out). */
    public PupilFigures figures(String pupil, Collection<EffectiveMark> marks) {
        PupilFigures.Tally tally = PupilFigures.tally(pupil);
        for (EffectiveMark mark : marks) {
            if (contains(mark.session().date())) {
                tally.add(mark.code());
            }
        }
        return tally.build();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof ReportingPeriod)) {
            return false;
        }
        ReportingPeriod other = (ReportingPeriod) o;
        return from.equals(other.from) && to.equals(other.to);
    }

    @Override
    public int hashCode() {
        return from.hashCode() * 31 + to.hashCode();
    }

    @Override
    public String toString() {
        return from + " to " + to;
    }
}
