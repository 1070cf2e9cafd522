package uk.registerly.rules.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.registerly.rules.codes.AttendanceCode;

class PupilFiguresTest {

    private static PupilFigures of(int present, AttendanceCode absence, int absent) {
        PupilFigures.Tally tally = PupilFigures.tally("p1");
        for (int i = 0; i < present; i++) {
            tally.add(AttendanceCode.PRESENT_AM);
        }
        for (int i = 0; i < absent; i++) {
            tally.add(absence);
        }
        return tally.build();
    }

    @Test
    void eachCodeAddsToItsOwnFigure() {
        PupilFigures.Tally tally = PupilFigures.tally("p1");
        for (AttendanceCode code : AttendanceCode.values()) {
            tally.add(code);
        }
        PupilFigures f = tally.build();
        assertEquals(8, f.attendanceSessions(), "/ \\ L K V P W B");
        assertEquals(10, f.authorisedAbsenceSessions(), "C1 M J1 S C2 C T R I E");
        assertEquals(4, f.unauthorisedAbsenceSessions(), "G N O U");
        assertEquals(22, f.possibleSessions(), "34 less D X Q Y1-Y7 Z #");
    }

    @Test
    void exactlyTenPercentAbsenceIsPersistentAbsence() {
        PupilFigures f = of(90, AttendanceCode.I, 10);
        assertEquals(Fraction.of(1, 10), f.absenceRate());
        assertTrue(f.isPersistentlyAbsent());
        assertFalse(f.isSeverelyAbsent());
    }

    @Test
    void justBelowTenPercentIsNotPersistentAbsence() {
        assertFalse(of(91, AttendanceCode.O, 10).isPersistentlyAbsent(), "10/101");
    }

    @Test
    void exactlyFiftyPercentAbsenceIsSevereAbsence() {
        assertTrue(of(5, AttendanceCode.G, 5).isSeverelyAbsent());
        assertFalse(of(51, AttendanceCode.G, 49).isSeverelyAbsent());
    }

    @Test
    void attendanceAndAbsenceMakeExactlyOne() {
        PupilFigures f = of(7, AttendanceCode.M, 2);
        assertEquals(Fraction.ONE, f.attendanceRate().plus(f.absenceRate()));
        assertEquals(Fraction.of(7, 9), f.attendanceRate());
        assertEquals(Fraction.of(2, 9), f.authorisedAbsenceRate());
        assertEquals(Fraction.ZERO, f.unauthorisedAbsenceRate());
    }

    @Test
    void sessionsThatAreNotPossibleAreLeftOutOfEveryRate() {
        PupilFigures.Tally tally = PupilFigures.tally("p1");
        tally.add(AttendanceCode.PRESENT_AM).add(AttendanceCode.CLOSED).add(AttendanceCode.Y4).add(AttendanceCode.D);
        assertEquals(Fraction.ONE, tally.build().attendanceRate());
    }

    @Test
    void nothingPossibleMeansNoRateAndNoPersistentAbsence() {
        PupilFigures f = PupilFigures.tally("p1").add(AttendanceCode.X).add(AttendanceCode.CLOSED).build();
        assertNull(f.attendanceRate());
        assertFalse(f.isPersistentlyAbsent());
        assertFalse(f.isSeverelyAbsent());
    }

    @Test
    void aTwoWeekHolidayCapsA190DayYearAt94Point7Percent() {
        PupilFigures f = of(360, AttendanceCode.G, 20);
        assertEquals(Fraction.of(18, 19), f.attendanceRate());
        assertEquals("94.7", f.attendanceRate().toPercent(1));
    }

    @Test
    void ninePointFiveDaysMissedIsExactly95PercentAndNineteenDays90Percent() {
        assertEquals(Fraction.percent("95"), of(361, AttendanceCode.I, 19).attendanceRate());
        assertEquals(Fraction.percent("90"), of(342, AttendanceCode.I, 38).attendanceRate());
        assertEquals(Fraction.percent("85"), of(323, AttendanceCode.I, 57).attendanceRate());
    }
}
