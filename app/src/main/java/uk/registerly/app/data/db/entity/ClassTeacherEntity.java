package uk.registerly.app.data.db.entity;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Index;

/** Who teaches a class; replaced with the class whenever the server sends its new state. */
@Entity(tableName = "class_teachers", primaryKeys = {"class_id", "staff_id"},
        indices = @Index("staff_id"))
public class ClassTeacherEntity {
    @NonNull
    @ColumnInfo(name = "class_id")
    public final String classId;

    @NonNull
    @ColumnInfo(name = "staff_id")
    public final String staffId;

    public ClassTeacherEntity(@NonNull String classId, @NonNull String staffId) {
        this.classId = classId;
        this.staffId = staffId;
    }
}
