package uk.registerly.app.data.db.entity;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.PrimaryKey;

/** A guardian's contact details (roster kind GUARDIAN, office devices only), for first-day calling. */
@Entity(tableName = "guardians")
public class GuardianEntity {
    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "id")
    public final String id;

    @NonNull
    @ColumnInfo(name = "name")
    public final String name;

    @Nullable
    @ColumnInfo(name = "relationship")
    public final String relationship;

    @Nullable
    @ColumnInfo(name = "email")
    public final String email;

    @Nullable
    @ColumnInfo(name = "phone")
    public final String phone;

    public GuardianEntity(@NonNull String id, @NonNull String name, @Nullable String relationship,
                          @Nullable String email, @Nullable String phone) {
        this.id = id;
        this.name = name;
        this.relationship = relationship;
        this.email = email;
        this.phone = phone;
    }
}
