package uk.registerly.rules.schedule;

import java.time.Duration;
import java.time.LocalTime;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * Lateness by the register's times: up to and including {@code lateAfter} present,
 * then L up to and including {@code closes}, then U until the session ends; an arrival
 * at or after the end does not change the mark.
 */
public final class ArrivalClassifier {
    private ArrivalClassifier() {
    }

    public static ArrivalOutcome classify(RegisterWindow window, LocalTime arrival) {
        if (!arrival.isAfter(window.lateAfter())) {
            return new ArrivalOutcome(window.session().presentCode(), 0);
        }
        int minutesLate = (int) Duration.between(window.lateAfter(), arrival).toMinutes();
        if (!arrival.isAfter(window.closes())) {
            return new ArrivalOutcome(AttendanceCode.L, minutesLate);
        }
        if (arrival.isBefore(window.ends())) {
            return new ArrivalOutcome(AttendanceCode.U, minutesLate);
        }
        return new ArrivalOutcome(null, minutesLate);
    }

    /** Whole minutes from {@code lateAfter} to {@code time}, never negative. */
    public static int minutesAfterLateAfter(RegisterWindow window, LocalTime time) {
        return time.isAfter(window.lateAfter())
                ? (int) Duration.between(window.lateAfter(), time).toMinutes() : 0;
    }
}
