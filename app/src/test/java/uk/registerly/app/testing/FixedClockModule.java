package uk.registerly.app.testing;

import java.time.Clock;
import java.time.Instant;

import javax.inject.Singleton;

import dagger.Module;
import dagger.Provides;
import dagger.hilt.components.SingletonComponent;
import dagger.hilt.testing.TestInstallIn;
import uk.registerly.app.di.TimeModule;

/**
 * Every Hilt test starts at the same instant, so times it shows or stores can be asserted exactly.
 * The clock stands still unless a test moves it: inject {@link TestDataLayer.MutableClock} and
 * {@code set} it (a register after it closed, an arrival at 09:05, an undo 11 seconds later). Each
 * test gets a fresh clock with its fresh component.
 */
@Module
@TestInstallIn(components = SingletonComponent.class, replaces = TimeModule.class)
public final class FixedClockModule {
    /** 08:42 in London (BST) on the first day of the autumn term. */
    public static final Instant NOW = Instant.parse("2026-09-07T07:42:00Z");

    private FixedClockModule() {
    }

    @Provides
    @Singleton
    static TestDataLayer.MutableClock mutableClock() {
        return new TestDataLayer.MutableClock(NOW);
    }

    @Provides
    static Clock clock(TestDataLayer.MutableClock clock) {
        return clock;
    }
}
