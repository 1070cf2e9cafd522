package uk.registerly.rules.evaluation;

import java.time.LocalDate;
import java.util.Objects;
import uk.registerly.rules.age.CompulsorySchoolAge;

/** A pupil on roll, as the rules need them: no names, only what decides marks and duties. */
public final class Pupil {
    private final String id;
    private final String yearGroup;
    private final LocalDate dateOfBirth;
    private final LocalDate onRollFrom;
    private final LocalDate onRollUntil;

    /** @param dateOfBirth null when unknown: the pupil is then treated as of compulsory school age */
    public Pupil(String id, String yearGroup, LocalDate dateOfBirth) {
        this(id, yearGroup, dateOfBirth, null, null);
    }

    /**
     * @param onRollFrom the pupil's starting day on the admission register (the admission date); null when
     *     unknown, as if on roll from the calendar's first day
     * @param onRollUntil the last day on roll; null while the pupil is on roll
     */
    public Pupil(String id, String yearGroup, LocalDate dateOfBirth, LocalDate onRollFrom, LocalDate onRollUntil) {
        this.id = Objects.requireNonNull(id, "id");
        this.yearGroup = Objects.requireNonNull(yearGroup, "yearGroup");
        this.dateOfBirth = dateOfBirth;
        this.onRollFrom = onRollFrom;
        this.onRollUntil = onRollUntil;
        if (onRollFrom != null && onRollUntil != null && onRollUntil.isBefore(onRollFrom)) {
            throw new IllegalArgumentException("a pupil cannot leave the roll (" + onRollUntil + ") before joining it ("
                    + onRollFrom + ")");
        }
    }

    public String id() {
        return id;
    }

    public String yearGroup() {
        return yearGroup;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    /** The admission date (starting day), or null when unknown. */
    public LocalDate onRollFrom() {
        return onRollFrom;
    }

    /** The last day on roll, or null while on roll. */
    public LocalDate onRollUntil() {
        return onRollUntil;
    }

    /** Whether the pupil is on the admission register on {@code date} (unknown bounds do not limit it). */
    public boolean isOnRollOn(LocalDate date) {
        return (onRollFrom == null || !date.isBefore(onRollFrom)) && (onRollUntil == null || !date.isAfter(onRollUntil));
    }

    /** Null when the date of birth is unknown. */
    public CompulsorySchoolAge compulsorySchoolAge() {
        return dateOfBirth == null ? null : CompulsorySchoolAge.forDateOfBirth(dateOfBirth);
    }
}
