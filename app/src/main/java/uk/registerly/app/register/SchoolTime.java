package uk.registerly.app.register;

import androidx.annotation.Nullable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The school's time zone: "now" on the register is the school's wall clock. */
public final class SchoolTime {
    /** Null until the school's calendar has reached the device (nothing can be marked before). */
    @Nullable
    public final ZoneId zone;

    SchoolTime(@Nullable ZoneId zone) {
        this.zone = zone;
    }

    public boolean isKnown() {
        return zone != null;
    }

    public LocalDateTime now(Clock clock) {
        return LocalDateTime.now(clock.withZone(zone));
    }

    public LocalDate today(Clock clock) {
        return now(clock).toLocalDate();
    }
}
