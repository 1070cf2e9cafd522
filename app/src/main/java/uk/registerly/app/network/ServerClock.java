package uk.registerly.app.network;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.Transformations;

import java.time.Duration;
import java.time.Instant;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.dao.DeviceSettingDao;
import uk.registerly.app.data.db.entity.DeviceSettingEntity;

/**
 * What the device clock is off by, learnt from the server's {@code X-Server-Time} (sync-protocol §3):
 * offset = server time − the midpoint of request sent and response received. Every event records
 * the last offset, so the office can see that a tablet's 09:05 arrival was really 09:25.
 */
@Singleton
public class ServerClock {
    /** Beyond this a tablet's times (arrivals: L or U) cannot be trusted without a look. */
    public static final Duration LARGE_OFFSET = Duration.ofMinutes(2);
    static final String OFFSET_KEY = "clock.offset_ms";

    private final DeviceSettingDao settings;

    @Inject
    public ServerClock(DeviceSettingDao settings) {
        this.settings = settings;
    }

    /** Records one measurement, with both device readings taken from the same clock. */
    public long record(long sentAtMillis, long receivedAtMillis, Instant serverTime) {
        long midpoint = sentAtMillis + (receivedAtMillis - sentAtMillis) / 2;
        long offset = serverTime.toEpochMilli() - midpoint;
        settings.put(new DeviceSettingEntity(OFFSET_KEY, Long.toString(offset), receivedAtMillis));
        return offset;
    }

    /** Server minus device, in milliseconds; null until the first response from the server. */
    @Nullable
    public Long lastOffsetMs() {
        return parse(settings.get(OFFSET_KEY));
    }

    public LiveData<Long> observeOffsetMs() {
        return Transformations.map(settings.observe(OFFSET_KEY), ServerClock::parse);
    }

    public static boolean isLarge(@Nullable Long offsetMs) {
        return offsetMs != null && Math.abs(offsetMs) > LARGE_OFFSET.toMillis();
    }

    @Nullable
    private static Long parse(@Nullable DeviceSettingEntity setting) {
        return setting == null ? null : Long.valueOf(setting.value);
    }
}
