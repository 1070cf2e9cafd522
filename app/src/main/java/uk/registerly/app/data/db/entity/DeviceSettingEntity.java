package uk.registerly.app.data.db.entity;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.PrimaryKey;

/** One setting of this device (e.g. when it last synced), as a key and a text value. */
@Entity(tableName = "device_settings")
public class DeviceSettingEntity {
    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "key")
    public final String key;

    @NonNull
    @ColumnInfo(name = "value")
    public final String value;

    @ColumnInfo(name = "updated_at_epoch_millis")
    public final long updatedAtEpochMillis;

    public DeviceSettingEntity(@NonNull String key, @NonNull String value, long updatedAtEpochMillis) {
        this.key = key;
        this.value = value;
        this.updatedAtEpochMillis = updatedAtEpochMillis;
    }
}
