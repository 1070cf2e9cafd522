package uk.registerly.app.data.db;

import androidx.room.Database;
import androidx.room.RoomDatabase;

/**
 * The app's single source of truth on the device. Schemas are exported to app/schemas/ so each
 * version bump comes with a reviewed migration.
 */
@Database(entities = {DeviceSettingEntity.class}, version = 1, exportSchema = true)
public abstract class RegisterlyDatabase extends RoomDatabase {
    public static final String FILE_NAME = "registerly.db";

    public abstract DeviceSettingDao deviceSettings();
}
