package uk.registerly.app.di;

import java.time.Clock;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.InstallIn;
import dagger.hilt.components.SingletonComponent;
import uk.registerly.app.data.attendance.DeviceRecordingTime;
import uk.registerly.app.data.attendance.RecordingTime;

/**
 * The time register writes record and the recording rules judge by: the seam where the trusted clock
 * (issue 12 item 1) drops in, in place of the device's own clock.
 */
@Module
@InstallIn(SingletonComponent.class)
public final class RecordingTimeModule {
    private RecordingTimeModule() {
    }

    @Provides
    static RecordingTime recordingTime(Clock clock) {
        return new DeviceRecordingTime(clock);
    }
}
