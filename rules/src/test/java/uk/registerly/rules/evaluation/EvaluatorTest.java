package uk.registerly.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static uk.registerly.rules.calendar.Session.AM;
import static uk.registerly.rules.calendar.Session.PM;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.AutumnTerm;
import uk.registerly.rules.Facts;
import uk.registerly.rules.calendar.Closure;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.policy.SchoolPresets;

class EvaluatorTest {
    private static final String MON = "2026-09-07";

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void sessionsWithNoFactAreUnmarkedAndLeftOutOfTheFigures() {
        PupilEvaluation p = AutumnTerm.evaluate(
                Collections.singletonList(Facts.mark("p1", MON, AM, "/", "08:45")), MON).pupil("p1");
        assertEquals(Collections.singletonList(SchoolSession.of(d(MON), PM)), p.unmarked());
        assertEquals(1, p.figures().possibleSessions());
    }

    @Test
    void aClosedSessionTakesItsClosureCodeAndFactsOnItAreKeptAside() {
        SchoolCalendar calendar = AutumnTerm.calendar()
                .closure(new Closure(d(MON), EnumSet.of(PM), AttendanceCode.Y4)).build();
        AttendanceFact onClosure = Facts.mark("p1", MON, PM, "N", "13:31");
        PupilEvaluation p = AutumnTerm.evaluate(AutumnTerm.POLICY, calendar, AutumnTerm.PUPIL,
                Arrays.asList(Facts.mark("p1", MON, AM, "/", "08:45"), onClosure), MON).pupil("p1");
        assertSame(AttendanceCode.Y4, p.marks().get(1).code());
        assertEquals(Collections.singletonList(onClosure), p.outsideSchoolSessions());
        assertEquals(1, p.figures().possibleSessions());
    }

    @Test
    void sessionsAfterAsOfAreNotEvaluatedButFactsRecordedAfterItCount() {
        List<AttendanceFact> facts = Arrays.asList(Facts.mark("p1", MON, AM, "/", "08:45"),
                Facts.amendment("p1", MON, AM, "O", "2026-09-09T09:00"), Facts.mark("p1", "2026-09-08", AM, "/", "08:45"));
        AttendanceEvaluation evaluation = AutumnTerm.evaluate(facts, MON);
        assertEquals(1, evaluation.marks().size());
        assertSame(AttendanceCode.O, evaluation.marks().get(0).code());
    }

    @Test
    void anArrivalIsPlacedInTheSessionItsTimeFallsIn() {
        PupilEvaluation p = AutumnTerm.evaluate(Arrays.asList(Facts.arrival("p1", MON, "12:45"),
                Facts.arrival("p1", MON, "15:30")), MON).pupil("p1");
        assertEquals(1, p.marks().size());
        EffectiveMark pm = p.marks().get(0);
        assertSame(PM, pm.session().session());
        assertSame(AttendanceCode.PRESENT_PM, pm.code());
        assertEquals(1, p.outsideSchoolSessions().size(), "arrival after the afternoon ended");
    }

    @Test
    void anArrivalIsJudgedByThePupilsOwnYearGroupRegister() {
        SchoolCalendar calendar = AutumnTerm.calendar().build();
        Evaluator basildon = new Evaluator(SchoolPresets.basildonLower(), calendar);
        List<AttendanceFact> facts = Arrays.asList(
                AttendanceFact.arrival("a7", "y7", Facts.at(MON, "08:50")),
                AttendanceFact.arrival("a9", "y9", Facts.at(MON, "08:50")));
        AttendanceEvaluation evaluation = basildon.evaluate(Arrays.asList(
                new Pupil("y9", "9", d("2013-01-01")), new Pupil("y7", "7", d("2015-01-01"))), facts, d(MON));
        assertSame(AttendanceCode.PRESENT_AM, evaluation.pupil("y7").marks().get(0).code());
        EffectiveMark y9 = evaluation.pupil("y9").marks().get(0);
        assertSame(AttendanceCode.U, y9.code());
        assertEquals(20, y9.minutesLate());
    }

    @Test
    void pupilsComeOutInIdOrderAndFactsOfUnknownPupilsAreReported() {
        AttendanceFact stray = Facts.mark("nobody", MON, AM, "/", "08:45");
        AttendanceEvaluation evaluation = new Evaluator(AutumnTerm.POLICY, AutumnTerm.calendar().build()).evaluate(
                Arrays.asList(new Pupil("b", "5", null), new Pupil("a", "5", null)), Collections.singletonList(stray),
                d(MON));
        assertEquals("a", evaluation.pupils().get(0).pupil().id());
        assertEquals(Collections.singletonList(stray), evaluation.factsForUnknownPupils());
    }

    @Test
    void thePupilsLadderBandFollowsTheirAttendanceRate() {
        SchoolCalendar calendar = AutumnTerm.calendar().build();
        List<AttendanceFact> facts = AutumnTerm.all(AutumnTerm.marks(calendar, MON, 9, "/", AM),
                AutumnTerm.marks(calendar, MON, 9, "\\", PM), AutumnTerm.marks(calendar, "2026-09-18", 1, "I", AM, PM));
        PupilEvaluation p = AutumnTerm.evaluate(SchoolPresets.millbrook().toBuilder().registers(AutumnTerm.REGISTERS)
                .build(), calendar, AutumnTerm.PUPIL, facts, "2026-09-18").pupil("p1");
        assertEquals("STAGE_1", p.ladderBand().action(), "18/20 = 90%");
        assertNull(AutumnTerm.evaluate(facts.subList(0, 9), "2026-09-18").pupil("p1").ladderBand());
    }

    @Test
    void aTwoWeekHolidayCapsA190DayYearAt94Point7Percent() {
        SchoolCalendar.Builder builder = SchoolCalendar.builder().term(d("2026-09-07"), d("2027-07-16"));
        // Holidays from 21 December, as closed days, leave a 190-day year.
        int toClose = builder.build().schoolDays().size() - 190;
        LocalDate day = d("2026-12-21");
        for (int closed = 0; closed < toClose; day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                builder.closedDay(day);
                closed++;
            }
        }
        SchoolCalendar calendar = builder.build();
        assertEquals(190, calendar.schoolDays().size());
        String holiday = calendar.schoolDays().get(95).toString();
        String back = calendar.schoolDays().get(105).toString();
        List<AttendanceFact> facts = AutumnTerm.all(AutumnTerm.marks(calendar, "2026-09-07", 95, "/", AM, PM),
                AutumnTerm.marks(calendar, holiday, 10, "G", AM, PM), AutumnTerm.marks(calendar, back, 85, "/", AM, PM));
        PupilEvaluation p = AutumnTerm.evaluate(AutumnTerm.POLICY, calendar, AutumnTerm.PUPIL, facts, "2027-07-16")
                .pupil("p1");
        assertEquals(380, p.figures().possibleSessions());
        assertEquals("94.7", p.figures().attendanceRate().toPercent(1));
        assertFalse(p.figures().isPersistentlyAbsent(), "5.3% absence");
    }
}
