package uk.registerly.rules.evaluation;

import java.time.LocalDate;
import java.util.Objects;
import uk.registerly.rules.age.CompulsorySchoolAge;

/** A pupil on roll, as the rules need them: no names, only what decides marks and duties. */
public final class Pupil {
    private final String id;
    private final String yearGroup;
    private final LocalDate dateOfBirth;

    /** @param dateOfBirth null when unknown: the pupil is then treated as of compulsory school age */
    public Pupil(String id, String yearGroup, LocalDate dateOfBirth) {
        this.id = Objects.requireNonNull(id, "id");
        this.yearGroup = Objects.requireNonNull(yearGroup, "yearGroup");
        this.dateOfBirth = dateOfBirth;
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

    /** Null when the date of birth is unknown. */
    public CompulsorySchoolAge compulsorySchoolAge() {
        return dateOfBirth == null ? null : CompulsorySchoolAge.forDateOfBirth(dateOfBirth);
    }
}
