package uk.registerly.app.data.db.entity;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;
import androidx.room.PrimaryKey;

/** A pupil this device may see (roster kind PUPIL). Dates are ISO {@code YYYY-MM-DD}. */
@Entity(tableName = "pupils", indices = {@Index("class_id"), @Index("mis_id"), @Index("school_id")})
public class PupilEntity {
    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "id")
    public final String id;

    /** The school's own pupil number (printed on the pupil's card). */
    @Nullable
    @ColumnInfo(name = "mis_id")
    public final String misId;

    @NonNull
    @ColumnInfo(name = "first_name")
    public final String firstName;

    @NonNull
    @ColumnInfo(name = "last_name")
    public final String lastName;

    @Nullable
    @ColumnInfo(name = "date_of_birth")
    public final String dateOfBirth;

    @NonNull
    @ColumnInfo(name = "year_group")
    public final String yearGroup;

    @Nullable
    @ColumnInfo(name = "class_id")
    public final String classId;

    @Nullable
    @ColumnInfo(name = "school_id")
    public final String schoolId;

    @Nullable
    @ColumnInfo(name = "on_roll_from")
    public final String onRollFrom;

    /** The last day on roll, or null. */
    @Nullable
    @ColumnInfo(name = "on_roll_until")
    public final String onRollUntil;

    public PupilEntity(@NonNull String id, @Nullable String misId, @NonNull String firstName, @NonNull String lastName,
                       @Nullable String dateOfBirth, @NonNull String yearGroup, @Nullable String classId,
                       @Nullable String schoolId, @Nullable String onRollFrom, @Nullable String onRollUntil) {
        this.id = id;
        this.misId = misId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.dateOfBirth = dateOfBirth;
        this.yearGroup = yearGroup;
        this.classId = classId;
        this.schoolId = schoolId;
        this.onRollFrom = onRollFrom;
        this.onRollUntil = onRollUntil;
    }

    public String displayName() {
        return firstName + " " + lastName;
    }
}
