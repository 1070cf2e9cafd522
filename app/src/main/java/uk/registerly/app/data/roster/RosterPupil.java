package uk.registerly.app.data.roster;

import androidx.annotation.Nullable;

import java.util.Objects;

import uk.registerly.app.data.db.entity.PupilEntity;

/**
 * A pupil as the roster describes them, for screens and read models (the Room row stays in the data
 * layer). Not the rules module's {@code Pupil}, which is what the evaluator needs of one.
 */
public final class RosterPupil {
    public final String id;
    /** The school's own pupil number (printed on the pupil's card). */
    @Nullable
    public final String misId;
    public final String firstName;
    public final String lastName;
    /** ISO {@code YYYY-MM-DD}, or null. */
    @Nullable
    public final String dateOfBirth;
    public final String yearGroup;
    @Nullable
    public final String classId;
    @Nullable
    public final String schoolId;

    public RosterPupil(String id, @Nullable String misId, String firstName, String lastName,
                       @Nullable String dateOfBirth, String yearGroup, @Nullable String classId,
                       @Nullable String schoolId) {
        this.id = id;
        this.misId = misId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.dateOfBirth = dateOfBirth;
        this.yearGroup = yearGroup;
        this.classId = classId;
        this.schoolId = schoolId;
    }

    public static RosterPupil of(PupilEntity row) {
        return new RosterPupil(row.id, row.misId, row.firstName, row.lastName, row.dateOfBirth, row.yearGroup,
                row.classId, row.schoolId);
    }

    public String displayName() {
        return firstName + " " + lastName;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RosterPupil)) {
            return false;
        }
        RosterPupil other = (RosterPupil) o;
        return id.equals(other.id) && Objects.equals(misId, other.misId) && firstName.equals(other.firstName)
                && lastName.equals(other.lastName) && Objects.equals(dateOfBirth, other.dateOfBirth)
                && yearGroup.equals(other.yearGroup) && Objects.equals(classId, other.classId)
                && Objects.equals(schoolId, other.schoolId);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
