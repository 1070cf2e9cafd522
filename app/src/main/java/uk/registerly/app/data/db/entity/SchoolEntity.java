package uk.registerly.app.data.db.entity;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.PrimaryKey;

/**
 * A school as the server last described it (roster kind SCHOOL): a cache of server state, replaced
 * whole on each change. {@code calendarJson} holds {@code registers}, {@code terms} and
 * {@code closures} in the rules scenario format.
 */
@Entity(tableName = "schools")
public class SchoolEntity {
    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "id")
    public final String id;

    @NonNull
    @ColumnInfo(name = "name")
    public final String name;

    @NonNull
    @ColumnInfo(name = "time_zone")
    public final String timeZone;

    @Nullable
    @ColumnInfo(name = "policy_preset")
    public final String policyPreset;

    @NonNull
    @ColumnInfo(name = "calendar_json")
    public final String calendarJson;

    public SchoolEntity(@NonNull String id, @NonNull String name, @NonNull String timeZone,
                        @Nullable String policyPreset, @NonNull String calendarJson) {
        this.id = id;
        this.name = name;
        this.timeZone = timeZone;
        this.policyPreset = policyPreset;
        this.calendarJson = calendarJson;
    }
}
