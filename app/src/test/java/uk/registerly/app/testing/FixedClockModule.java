package uk.registerly.app.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.components.SingletonComponent;
import dagger.hilt.testing.TestInstallIn;
import uk.registerly.app.di.TimeModule;

/** Every Hilt test runs at the same instant, so times it shows or stores can be asserted exactly. */
@Module
@TestInstallIn(components = SingletonComponent.class, replaces = TimeModule.class)
public final class FixedClockModule {
    /** 08:42 in London (BST) on the first day of the autumn term. */
    public static final Instant NOW = Instant.parse("2026-09-07T07:42:00Z");

    private FixedClockModule() {
    }

    @Provides
    static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }
}
