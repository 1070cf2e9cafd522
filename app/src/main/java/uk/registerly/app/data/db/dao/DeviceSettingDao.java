package uk.registerly.app.data.db.dao;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;

import uk.registerly.app.data.db.entity.DeviceSettingEntity;

@Dao
public interface DeviceSettingDao {

    /** Device settings are the device's own state, not register records: a new value replaces the old. */
    @Insert(onConflict = OnConflictStrategy.REPLACE)
    void put(DeviceSettingEntity setting);

    @Nullable
    @Query("SELECT * FROM device_settings WHERE `key` = :key")
    DeviceSettingEntity get(String key);

    @Query("SELECT * FROM device_settings WHERE `key` = :key")
    LiveData<DeviceSettingEntity> observe(String key);

    @Query("DELETE FROM device_settings WHERE `key` = :key")
    void remove(String key);
}
