package uk.registerly.app.data.db.entity;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.PrimaryKey;

/** A member of staff (roster kind STAFF). "name, position" is how they sign amendments. */
@Entity(tableName = "staff")
public class StaffEntity {
    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "id")
    public final String id;

    @NonNull
    @ColumnInfo(name = "name")
    public final String name;

    @NonNull
    @ColumnInfo(name = "position")
    public final String position;

    public StaffEntity(@NonNull String id, @NonNull String name, @NonNull String position) {
        this.id = id;
        this.name = name;
        this.position = position;
    }
}
