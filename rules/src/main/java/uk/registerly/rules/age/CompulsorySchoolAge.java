package uk.registerly.rules.age;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * Compulsory school age (Education Act 1996 s8): it starts on the first prescribed day
 * (31 December, 31 March, 31 August) on or after the 5th birthday, and ends on the
 * school leaving date (the last Friday in June) of the school year in which the pupil
 * turns 16.
 */
public final class CompulsorySchoolAge {
    private static final MonthDay[] PRESCRIBED_DAYS = {
        MonthDay.of(Month.MARCH, 31), MonthDay.of(Month.AUGUST, 31), MonthDay.of(Month.DECEMBER, 31)
    };

    private final LocalDate dateOfBirth;
    private final LocalDate starts;
    private final LocalDate ends;

    private CompulsorySchoolAge(LocalDate dateOfBirth) {
        this.dateOfBirth = Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        this.starts = firstPrescribedDayOnOrAfter(dateOfBirth.plusYears(5));
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        int leavingYear = sixteenth.getMonthValue() >= Month.SEPTEMBER.getValue()
                ? sixteenth.getYear() + 1 : sixteenth.getYear();
        this.ends = LocalDate.of(leavingYear, Month.JUNE, 30).with(TemporalAdjusters.lastInMonth(DayOfWeek.FRIDAY));
    }

    public static CompulsorySchoolAge forDateOfBirth(LocalDate dateOfBirth) {
        return new CompulsorySchoolAge(dateOfBirth);
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    /** The first day of compulsory school age. */
    public LocalDate starts() {
        return starts;
    }

    /** The last day of compulsory school age (the school leaving date). */
    public LocalDate ends() {
        return ends;
    }

    public boolean isCompulsoryOn(LocalDate date) {
        return !date.isBefore(starts) && !date.isAfter(ends);
    }

    /**
     * Why {@code code} cannot be recorded for this pupil on {@code date}, or null when it
     * can: X is only for a pupil not of compulsory school age, C2 only for one who is.
     */
    public String codeProblem(AttendanceCode code, LocalDate date) {
        if (code == AttendanceCode.X && isCompulsoryOn(date)) {
            return "X is only for a pupil not of compulsory school age; this pupil is from " + starts + " to " + ends;
        }
        if (code == AttendanceCode.C2 && !isCompulsoryOn(date)) {
            return "C2 is only for a pupil of compulsory school age (from " + starts + " to " + ends + ")";
        }
        return null;
    }

    private static LocalDate firstPrescribedDayOnOrAfter(LocalDate date) {
        for (MonthDay day : PRESCRIBED_DAYS) {
            LocalDate candidate = day.atYear(date.getYear());
            if (!candidate.isBefore(date)) {
                return candidate;
            }
        }
        return PRESCRIBED_DAYS[0].atYear(date.getYear() + 1);
    }
}
