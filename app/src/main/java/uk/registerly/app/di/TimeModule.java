package uk.registerly.app.di;

import java.time.Clock;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.InstallIn;
import dagger.hilt.components.SingletonComponent;

/** Time comes from an injected clock, so tests can fix it. */
@Module
@InstallIn(SingletonComponent.class)
public final class TimeModule {
    private TimeModule() {
    }

    @Provides
    static Clock clock() {
        return Clock.systemUTC();
    }
}
