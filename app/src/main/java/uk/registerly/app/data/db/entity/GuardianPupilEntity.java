package uk.registerly.app.data.db.entity;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;

/** Which pupils a guardian is responsible for; replaced with the guardian on each change. */
@Entity(tableName = "guardian_pupils", primaryKeys = {"guardian_id", "pupil_id"}, indices = @Index("pupil_id"))
public class GuardianPupilEntity {
    @NonNull
    @ColumnInfo(name = "guardian_id")
    public final String guardianId;

    @NonNull
    @ColumnInfo(name = "pupil_id")
    public final String pupilId;

    public GuardianPupilEntity(@NonNull String guardianId, @NonNull String pupilId) {
        this.guardianId = guardianId;
        this.pupilId = pupilId;
    }
}
