package uk.registerly.app.data.scope;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.Transformations;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import javax.inject.Inject;

import uk.registerly.app.data.db.dao.DeviceSettingDao;
import uk.registerly.app.data.db.entity.DeviceSettingEntity;

/**
 * The last {@code SCOPE} notice, kept as a device setting: the register lists the classes it names
 * (a covered one until its last day) and a teacher's writes for a covered class are checked
 * against its days. Null before the first notice (a server before scopes).
 */
public class DeviceScopeStore {
    static final String KEY = "sync.scope";

    private final DeviceSettingDao settings;

    @Inject
    public DeviceScopeStore(DeviceSettingDao settings) {
        this.settings = settings;
    }

    void keep(JsonObject data, long nowMillis) {
        settings.put(new DeviceSettingEntity(KEY, data.toString(), nowMillis));
    }

    @Nullable
    public DeviceScope current() {
        return parse(settings.get(KEY));
    }

    public LiveData<DeviceScope> observe() {
        return Transformations.map(settings.observe(KEY), DeviceScopeStore::parse);
    }

    @Nullable
    private static DeviceScope parse(@Nullable DeviceSettingEntity row) {
        return row == null ? null : DeviceScope.of(JsonParser.parseString(row.value).getAsJsonObject());
    }
}
