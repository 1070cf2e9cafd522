package uk.registerly.rules.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.AutumnTerm;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.evaluation.Evaluator;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.marks.AttendanceFact;

/** Week-by-week attendance and the school year's figures as they stood on any day, counted in the rules. */
class AttendanceHistoryTest {
    private static final SchoolCalendar TWO_YEARS = SchoolCalendar.builder()
            .term(d("2026-06-01"), d("2026-07-17"))
            .term(d("2026-09-07"), d("2026-10-23"))
            .term(d("2026-11-02"), d("2026-12-18"))
            .closedDay(d("2026-09-14"))
            .build();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    /** Present every session from 1 June, but for the O days given. */
    private static List<AttendanceFact> marks(String last, String... absentDays) {
        List<AttendanceFact> facts = new ArrayList<>();
        List<String> absent = java.util.Arrays.asList(absentDays);
        for (LocalDate day : TWO_YEARS.schoolDays()) {
            if (day.isAfter(d(last))) {
                break;
            }
            boolean off = absent.contains(day.toString());
            facts.addAll(AutumnTerm.marks(TWO_YEARS, day.toString(), 1, off ? "O" : "/", Session.AM));
            facts.addAll(AutumnTerm.marks(TWO_YEARS, day.toString(), 1, off ? "O" : "\\", Session.PM));
        }
        return facts;
    }

    private static PupilEvaluation evaluate(Pupil pupil, List<AttendanceFact> facts, String asOf) {
        return new Evaluator(AutumnTerm.POLICY, TWO_YEARS).evaluatePupil(pupil, facts, d(asOf));
    }

    @Test
    void weekByWeekThisSchoolYear() {
        PupilEvaluation p = evaluate(AutumnTerm.PUPIL, marks("2026-09-23", "2026-07-17", "2026-09-11",
                "2026-09-22"), "2026-09-23");
        List<AttendanceWeek> weeks = p.weeklyAttendance();
        assertEquals(3, weeks.size(), "this school year only: w/c 7, 14 and 21 Sep");
        assertEquals(d("2026-09-07"), weeks.get(0).weekStart());
        assertEquals("8/10", weeks.get(0).week().attendanceSessions() + "/" + weeks.get(0).week().possibleSessions());
        assertEquals(Fraction.of(8, 10), weeks.get(0).toDate().attendanceRate());
        assertEquals(d("2026-09-18"), weeks.get(1).lastSchoolDay());
        assertEquals(8, weeks.get(1).week().possibleSessions(), "Monday 14 Sep is an INSET day");
        assertEquals(Fraction.of(16, 18), weeks.get(1).toDate().attendanceRate());
        assertEquals(d("2026-09-23"), weeks.get(2).lastSchoolDay(), "the current week, to the evaluation date");
        assertEquals(Fraction.of(4, 6), weeks.get(2).week().attendanceRate());
        assertEquals(p.schoolYearFigures().attendanceRate(), weeks.get(2).toDate().attendanceRate());
        assertEquals(Fraction.of(20, 24), weeks.get(2).toDate().attendanceRate());
    }

    @Test
    void theFiguresOnAnyDayAreThoseOfTheSchoolYearToThatDay() {
        List<AttendanceFact> facts = marks("2026-10-23", "2026-07-17", "2026-09-11", "2026-09-22");
        PupilEvaluation p = evaluate(AutumnTerm.PUPIL, facts, "2026-10-23");
        AttendanceHistory h = p.attendanceHistory();
        for (String day : new String[] {"2026-07-16", "2026-07-17", "2026-08-20", "2026-09-06", "2026-09-07",
            "2026-09-13", "2026-09-14", "2026-09-22", "2026-10-23"}) {
            PupilFigures expected = evaluate(AutumnTerm.PUPIL, facts, day).schoolYearFigures();
            PupilFigures actual = h.figuresAsOf(d(day));
            assertEquals(expected.possibleSessions() + "/" + expected.attendanceSessions() + "/"
                    + expected.unauthorisedAbsenceSessions(), actual.possibleSessions() + "/"
                    + actual.attendanceSessions() + "/" + actual.unauthorisedAbsenceSessions(), day);
        }
        assertEquals(Fraction.of(64, 68), h.rateAsOf(d("2026-10-23")), "34 school days, 2 off");
        assertEquals(null, h.rateAsOf(d("2026-09-06")), "the new school year has nothing possible yet");
        assertEquals(Fraction.of(68, 70), h.rateAsOf(d("2026-07-17")), "last year's own figures (June to July)");
    }

    @Test
    void fromTheAdmissionDate() {
        Pupil joined = new Pupil("p1", "5", d("2016-05-01"), d("2026-09-21"), null);
        PupilEvaluation p = evaluate(joined, marks("2026-09-25", "2026-09-11"), "2026-09-25");
        assertEquals(1, p.weeklyAttendance().size());
        assertEquals(Fraction.ONE, p.attendanceHistory().rateAsOf(d("2026-09-25")));
        assertEquals(null, p.attendanceHistory().rateAsOf(d("2026-09-18")), "before admission");
    }
}
