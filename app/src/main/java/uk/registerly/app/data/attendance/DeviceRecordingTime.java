package uk.registerly.app.data.attendance;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** {@link RecordingTime} by the device's own clock: what the register used before the trusted clock. */
public final class DeviceRecordingTime implements RecordingTime {
    private final Clock clock;

    public DeviceRecordingTime(Clock clock) {
        this.clock = clock;
    }

    @Override
    public LocalDateTime localNow(ZoneId schoolZone) {
        return LocalDateTime.now(clock.withZone(schoolZone));
    }
}
