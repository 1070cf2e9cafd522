package uk.registerly.app.sync;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.Transformations;

import java.time.Instant;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.DeviceSettingDao;
import uk.registerly.app.data.db.DeviceSettingEntity;

/** When this device last completed a sync, kept in Room so it survives restarts. */
@Singleton
public class SyncStatusRepository {
    static final String LAST_SYNC_KEY = "sync.last_completed";

    private final DeviceSettingDao settings;

    @Inject
    public SyncStatusRepository(DeviceSettingDao settings) {
        this.settings = settings;
    }

    public void recordSyncCompleted(Instant at) {
        settings.put(new DeviceSettingEntity(LAST_SYNC_KEY, at.toString(), at.toEpochMilli()));
    }

    @Nullable
    public Instant lastSyncCompleted() {
        return parse(settings.get(LAST_SYNC_KEY));
    }

    /** Emits null until the first sync completes. */
    public LiveData<Instant> observeLastSyncCompleted() {
        return Transformations.map(settings.observe(LAST_SYNC_KEY), SyncStatusRepository::parse);
    }

    @Nullable
    private static Instant parse(@Nullable DeviceSettingEntity setting) {
        return setting == null ? null : Instant.parse(setting.value);
    }
}
