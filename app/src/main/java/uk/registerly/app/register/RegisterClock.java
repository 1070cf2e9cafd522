package uk.registerly.app.register;

import androidx.annotation.Nullable;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * Where one register stands at a moment, by the rules module's register window: not open yet, on
 * time, late (L), or closed; what the next change is and how long until it; and so what a tap on a
 * row may do. A register is closed once its window's {@code closes} time has passed (and on every
 * earlier day): from then on a mark is changed only by an amendment with a reason (domain
 * reference §6).
 */
public final class RegisterClock {
    public enum Phase {
        /** A day that has not come yet: nothing may be recorded. */
        FUTURE_DAY,
        /** Before the window opens. */
        NOT_OPEN,
        /** Open, up to the late-from time. */
        ON_TIME,
        /** After the late-from time, until the register closes: arrivals now are L. */
        LATE,
        /** After the register closed, or an earlier day. */
        CLOSED
    }

    /** What tapping a code on a row does. */
    public enum Edit {
        /** Record the teacher's mark at once. */
        MARK,
        /** The register is closed and the row has a mark: ask for an amendment with a reason. */
        AMEND,
        /** Nothing may be recorded (a future day). */
        NONE
    }

    private final Phase phase;
    @Nullable
    private final LocalTime nextChange;
    @Nullable
    private final Duration untilNextChange;

    private RegisterClock(Phase phase, @Nullable LocalTime nextChange, @Nullable Duration untilNextChange) {
        this.phase = phase;
        this.nextChange = nextChange;
        this.untilNextChange = untilNextChange;
    }

    public static RegisterClock of(RegisterWindow window, LocalDate date, LocalDateTime now) {
        LocalDate today = now.toLocalDate();
        if (date.isAfter(today)) {
            return new RegisterClock(Phase.FUTURE_DAY, null, null);
        }
        if (date.isBefore(today)) {
            return new RegisterClock(Phase.CLOSED, null, null);
        }
        LocalTime time = now.toLocalTime();
        if (time.isBefore(window.opens())) {
            return counting(Phase.NOT_OPEN, window.opens(), time);
        }
        // Up to and including lateAfter is on time, up to and including closes is L (ArrivalClassifier).
        if (!time.isAfter(window.lateAfter())) {
            return counting(Phase.ON_TIME, window.lateAfter(), time);
        }
        if (!time.isAfter(window.closes())) {
            return counting(Phase.LATE, window.closes(), time);
        }
        return new RegisterClock(Phase.CLOSED, null, null);
    }

    private static RegisterClock counting(Phase phase, LocalTime next, LocalTime now) {
        return new RegisterClock(phase, next, Duration.between(now, next));
    }

    /**
     * The session a register screen opens on: the afternoon once the morning session has ended for
     * the class's year group, otherwise the morning.
     */
    public static Session sessionAt(@Nullable RegisterWindow morning, LocalTime now) {
        return morning != null && !now.isBefore(morning.ends()) ? Session.PM : Session.AM;
    }

    public Phase phase() {
        return phase;
    }

    public boolean isClosed() {
        return phase == Phase.CLOSED;
    }

    /** The time of the next change (opens, late from, closes); null when nothing more changes. */
    @Nullable
    public LocalTime nextChange() {
        return nextChange;
    }

    /** How long until {@link #nextChange()}; null when nothing more changes. */
    @Nullable
    public Duration untilNextChange() {
        return untilNextChange;
    }

    /** What tapping a code does on a row that has a mark already ({@code marked}) or not. */
    public Edit edit(boolean marked) {
        if (phase == Phase.FUTURE_DAY) {
            return Edit.NONE;
        }
        // A closed register's entries change only by amendment. A pupil nobody marked is tried as a
        // mark: the rules' RecordingRules (run by the repository, as on the server) refuse it with
        // register_closed and the screen offers the amendment, so the two never disagree at the minute.
        return phase == Phase.CLOSED && marked ? Edit.AMEND : Edit.MARK;
    }

    /**
     * Whether "mark all remaining present" is offered: not after the register closed, when every
     * pupil still unmarked needs a look of their own, and not for a day that has not come.
     */
    public boolean allowsMarkAll() {
        return phase != Phase.CLOSED && phase != Phase.FUTURE_DAY;
    }

    /** "mm:ss" (or "h:mm:ss") for a countdown. */
    public static String countdown(Duration duration) {
        long seconds = Math.max(0, (duration.toMillis() + 999) / 1000);
        long hours = seconds / 3600;
        long minutes = (seconds % 3600) / 60;
        long rest = seconds % 60;
        return hours > 0
                ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
                : String.format(java.util.Locale.ROOT, "%d:%02d", minutes, rest);
    }
}
