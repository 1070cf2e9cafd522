package uk.registerly.app.data.db.entity;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.PrimaryKey;

/** A class (roster kind CLASS); its teachers are in {@link ClassTeacherEntity}. */
@Entity(tableName = "classes")
public class SchoolClassEntity {
    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "id")
    public final String id;

    @NonNull
    @ColumnInfo(name = "name")
    public final String name;

    @NonNull
    @ColumnInfo(name = "year_group")
    public final String yearGroup;

    public SchoolClassEntity(@NonNull String id, @NonNull String name, @NonNull String yearGroup) {
        this.id = id;
        this.name = name;
        this.yearGroup = yearGroup;
    }
}
