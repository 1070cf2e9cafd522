package uk.registerly.rules.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

class ArrivalClassifierTest {
    private static final RegisterWindow AM = RegisterWindow.forAll(Session.AM, "08:30", "08:40", "08:45", "12:30");
    private static final RegisterWindow PM = RegisterWindow.forAll(Session.PM, "13:30", "13:30", "13:45", "15:30");

    private static ArrivalOutcome at(RegisterWindow window, String time) {
        return ArrivalClassifier.classify(window, LocalTime.parse(time));
    }

    @Test
    void arrivingBeforeTheRegisterOpensIsPresent() {
        assertSame(AttendanceCode.PRESENT_AM, at(AM, "07:55").code());
    }

    @Test
    void arrivingExactlyAtLateAfterIsPresent() {
        assertSame(AttendanceCode.PRESENT_AM, at(AM, "08:40").code());
        assertEquals(0, at(AM, "08:40").minutesLate());
    }

    @Test
    void oneSecondAfterLateAfterIsLateByZeroWholeMinutes() {
        ArrivalOutcome outcome = at(AM, "08:40:01");
        assertSame(AttendanceCode.L, outcome.code());
        assertEquals(0, outcome.minutesLate());
    }

    @Test
    void arrivingExactlyAtCloseIsStillL() {
        ArrivalOutcome outcome = at(AM, "08:45");
        assertSame(AttendanceCode.L, outcome.code());
        assertEquals(5, outcome.minutesLate());
    }

    @Test
    void oneSecondAfterCloseIsU() {
        ArrivalOutcome outcome = at(AM, "08:45:01");
        assertSame(AttendanceCode.U, outcome.code());
        assertEquals(5, outcome.minutesLate());
    }

    @Test
    void minutesLateAreWholeMinutesFromLateAfterForU() {
        assertEquals(109, at(AM, "10:29:59").minutesLate());
    }

    @Test
    void oneSecondBeforeTheSessionEndsIsStillU() {
        assertSame(AttendanceCode.U, at(AM, "12:29:59").code());
    }

    @Test
    void arrivingAtOrAfterTheSessionEndChangesNothing() {
        assertFalse(at(AM, "12:30").changesMark());
        assertNull(at(AM, "13:00").code());
    }

    @Test
    void anOnTimeAfternoonArrivalIsBackslash() {
        assertSame(AttendanceCode.PRESENT_PM, at(PM, "13:30").code());
        assertSame(AttendanceCode.L, at(PM, "13:31").code());
    }

    @Test
    void anArrivalBelongsToTheMorningUntilItsEndThenTheAfternoonUntilItsEnd() {
        RegisterSchedule.PupilRegisters registers = new RegisterSchedule.PupilRegisters(AM, PM);
        assertSame(Session.AM, registers.sessionOfArrival(LocalTime.parse("06:00")));
        assertSame(Session.AM, registers.sessionOfArrival(LocalTime.parse("12:29:59")));
        assertSame(Session.PM, registers.sessionOfArrival(LocalTime.parse("12:30")));
        assertSame(Session.PM, registers.sessionOfArrival(LocalTime.parse("15:29:59")));
        assertNull(registers.sessionOfArrival(LocalTime.parse("15:30")));
    }

    @Test
    void theFirstMatchingRegisterAppliesAndStarIsAnyYearGroup() {
        RegisterWindow years78 = RegisterWindow.forYears(Session.AM, new HashSet<>(Arrays.asList("7", "8")),
                "09:00", "09:00", "09:15", "12:30");
        RegisterSchedule schedule = RegisterSchedule.of(years78, AM, PM);
        assertSame(years78, schedule.windowFor(Session.AM, "7"));
        assertSame(AM, schedule.windowFor(Session.AM, "9"));
        assertSame(PM, schedule.windowFor(Session.PM, "7"));
    }

    @Test
    void aRegisterWhoseTimesAreOutOfOrderIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> RegisterWindow.forAll(Session.AM, "08:30", "08:50", "08:45", "12:30"));
        assertThrows(IllegalArgumentException.class,
                () -> RegisterWindow.forAll(Session.AM, "08:30", "08:30", "08:45", "08:45"));
        assertThrows(IllegalArgumentException.class,
                () -> RegisterWindow.forAll(Session.AM, "08:40", "08:30", "08:45", "12:30"));
    }
}
