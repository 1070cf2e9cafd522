package uk.registerly.rules.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.registerly.rules.calendar.Session.AM;
import static uk.registerly.rules.calendar.Session.PM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.AutumnTerm;
import uk.registerly.rules.Facts;
import uk.registerly.rules.calendar.Closure;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.RegisterEntry;
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

    @Test
    void aWithdrawalJoinsTheSessionOfTheArrivalItTakesBack() {
        AttendanceFact wrongCard = Facts.arrival("p1", MON, "13:40");
        AttendanceFact undo = Facts.withdrawal(wrongCard, "13:41");
        AttendanceFact teacher = Facts.mark("p1", MON, PM, "N", "13:31");
        PupilEvaluation p = AutumnTerm.evaluate(Arrays.asList(undo, Facts.mark("p1", MON, AM, "/", "08:45"), teacher,
                wrongCard), MON).pupil("p1");
        EffectiveMark pm = p.marks().get(1);
        assertSame(AttendanceCode.N, pm.code());
        assertSame(teacher, pm.decidedBy());
        assertTrue(pm.facts().contains(undo));
        assertTrue(pm.history().get(1).isWithdrawn());
        assertEquals(Collections.emptyList(), p.outsideSchoolSessions());
        assertSame(AttendanceCode.PRESENT_AM, p.marks().get(0).code(), "the morning is untouched");
    }

    @Test
    void aWithdrawalOfAnArrivalNotAmongTheFactsIsKeptAsideUntilTheArrivalTurnsUp() {
        AttendanceFact wrongCard = Facts.arrival("p1", MON, "09:05");
        AttendanceFact undo = Facts.withdrawal(wrongCard, "09:06");
        AttendanceFact teacher = Facts.mark("p1", MON, AM, "N", "08:52");

        PupilEvaluation before = AutumnTerm.evaluate(Arrays.asList(teacher, undo), MON).pupil("p1");
        assertSame(AttendanceCode.N, before.marks().get(0).code());
        assertEquals(Collections.singletonList(undo), before.outsideSchoolSessions());

        PupilEvaluation after = AutumnTerm.evaluate(Arrays.asList(teacher, undo, wrongCard), MON).pupil("p1");
        assertSame(AttendanceCode.N, after.marks().get(0).code());
        assertEquals(Collections.emptyList(), after.outsideSchoolSessions());
        assertSame(AttendanceCode.L, AutumnTerm.evaluate(Arrays.asList(teacher, wrongCard), MON).pupil("p1")
                .marks().get(0).code(), "without the withdrawal the arrival counts");
    }

    @Test
    void theWithdrawalOfAnArrivalAfterTheDaysLastSessionIsKeptAsideWithIt() {
        AttendanceFact afterSchool = Facts.arrival("p1", MON, "15:45");
        AttendanceFact undo = Facts.withdrawal(afterSchool, "15:46");
        PupilEvaluation p = AutumnTerm.evaluate(Arrays.asList(undo, afterSchool), MON).pupil("p1");
        assertEquals(Arrays.asList(afterSchool, undo), p.outsideSchoolSessions());
        assertEquals(2, p.unmarked().size());
    }

    /**
     * Property: the whole evaluation (marks, deciding facts, histories, unmarked sessions) is the
     * same for any order of the facts, with withdrawals placed before or after their arrivals.
     */
    @Test
    void everyOrderOfAPupilsFactsWithWithdrawalsGivesTheSameEvaluation() {
        Random random = new Random(20261118L);
        String[] days = {MON, "2026-09-08"};
        for (int trial = 0; trial < 300; trial++) {
            List<AttendanceFact> facts = new ArrayList<>();
            List<AttendanceFact> arrivals = new ArrayList<>();
            for (int i = 0, n = 2 + random.nextInt(8); i < n; i++) {
                String day = days[random.nextInt(days.length)];
                String id = "f" + random.nextInt(6);
                int kind = random.nextInt(4);
                if (kind == 0) {
                    AttendanceFact arrival = AttendanceFact.arrival(id, "p1",
                            Facts.at(day, "08:30").plusMinutes(20L * random.nextInt(24)));
                    arrivals.add(arrival);
                    facts.add(arrival);
                } else if (kind == 1 && !arrivals.isEmpty()) {
                    AttendanceFact arrival = arrivals.get(random.nextInt(arrivals.size()));
                    facts.add(AttendanceFact.arrivalWithdrawn(id, "p1", arrival.id(),
                            arrival.at().plusMinutes(random.nextInt(3) - 1L)));
                } else {
                    Session session = random.nextBoolean() ? AM : PM;
                    facts.add(AttendanceFact.registerMark(id, "p1", d(day), session,
                            random.nextBoolean() ? AttendanceCode.N : session == AM ? AttendanceCode.PRESENT_AM
                                    : AttendanceCode.PRESENT_PM, Facts.at(day, session == AM ? "08:45" : "13:31")));
                }
            }
            String expected = describe(facts);
            for (int shuffle = 0; shuffle < 20; shuffle++) {
                List<AttendanceFact> order = new ArrayList<>(facts);
                Collections.shuffle(order, random);
                assertEquals(expected, describe(order), "facts " + facts);
            }
        }
    }

    private static String describe(List<AttendanceFact> facts) {
        PupilEvaluation p = AutumnTerm.evaluate(facts, "2026-09-08").pupil("p1");
        StringBuilder out = new StringBuilder("unmarked " + p.unmarked());
        for (EffectiveMark mark : p.marks()) {
            out.append("\n").append(mark).append(" by ").append(mark.decidedBy().id());
            for (RegisterEntry entry : mark.history()) {
                out.append("\n  ").append(entry);
            }
        }
        List<String> outside = new ArrayList<>();
        for (AttendanceFact fact : p.outsideSchoolSessions()) {
            outside.add(fact.toString());
        }
        Collections.sort(outside);
        return out.append("\noutside ").append(outside).toString();
    }
}
