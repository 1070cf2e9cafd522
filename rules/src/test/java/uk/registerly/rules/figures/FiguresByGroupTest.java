package uk.registerly.rules.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.AutumnTerm;
import uk.registerly.rules.Facts;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.Evaluator;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.marks.AttendanceFact;

/** A school's figures by group and by week: the pupils' own figures added up, by construction. */
class FiguresByGroupTest {
    private static final SchoolCalendar CALENDAR = AutumnTerm.calendar().build();
    private static final LocalDate MONDAY = LocalDate.parse("2026-09-07");
    private static final ReportingPeriod TWO_WEEKS = ReportingPeriod.between(MONDAY, LocalDate.parse("2026-09-18"));

    /** Ten school days, both sessions: {@code absentDays} O, {@code lateDays} L in the morning, else present. */
    private static List<AttendanceFact> tenDays(String pupil, int absentDays, int lateDays, String lateCode) {
        List<AttendanceFact> facts = new ArrayList<>();
        int day = 0;
        for (LocalDate d = MONDAY; day < 10; d = d.plusDays(1)) {
            if (!CALENDAR.isSchoolDay(d)) {
                continue;
            }
            boolean absent = day < absentDays;
            boolean late = !absent && day < absentDays + lateDays;
            facts.add(Facts.mark(pupil, d.toString(), Session.AM, absent ? "O" : late ? lateCode : "/", "08:45"));
            facts.add(Facts.mark(pupil, d.toString(), Session.PM, absent ? "O" : "\\", "13:31"));
            day++;
        }
        return facts;
    }

    private static AttendanceEvaluation school() {
        List<Pupil> pupils = new ArrayList<>();
        List<AttendanceFact> facts = new ArrayList<>();
        // Year 5: five pupils, one persistently absent (2 of 10 days), one severely (5 of 10), two late.
        int[] absent5 = {0, 2, 5, 0, 0};
        int[] late5 = {0, 0, 0, 3, 1};
        for (int i = 0; i < 5; i++) {
            pupils.add(new Pupil("y5-" + i, "5", LocalDate.parse("2016-05-01")));
            facts.addAll(tenDays("y5-" + i, absent5[i], late5[i], i == 3 ? "L" : "U"));
        }
        // Year 6: two pupils, one of them absent one day.
        pupils.add(new Pupil("y6-0", "6", LocalDate.parse("2015-05-01")));
        facts.addAll(tenDays("y6-0", 1, 0, "L"));
        pupils.add(new Pupil("y6-1", "6", LocalDate.parse("2015-05-01")));
        facts.addAll(tenDays("y6-1", 0, 0, "L"));
        return new Evaluator(AutumnTerm.POLICY, CALENDAR).evaluate(pupils, facts, LocalDate.parse("2026-09-30"));
    }

    @Test
    void groupsAddUpToTheSchoolAndEachPupilCountsAsTheirOwnFiguresSay() {
        AttendanceEvaluation school = school();
        FiguresByGroup figures = FiguresByGroup.of(school.pupils(), TWO_WEEKS, p -> p.pupil().yearGroup());

        assertEquals(List.of("5", "6"), figures.groups().stream().map(GroupFigures::group).collect(java.util.stream.Collectors.toList()));
        GroupFigures total = figures.total();
        assertEquals(7, total.pupils());
        assertEquals(140, total.possibleSessions());
        assertEquals(GroupFigures.sum("all", figures.groups()).toString(), total.toString());
        int attended = 0;
        for (PupilEvaluation p : school.pupils()) {
            attended += p.figures(TWO_WEEKS).attendanceSessions();
        }
        assertEquals(attended, total.attendanceSessions(), "the pupils' own figures, added up");

        GroupFigures year5 = figures.groups().get(0);
        assertEquals(5, year5.pupils());
        assertEquals(100, year5.possibleSessions());
        assertEquals(2 * (2 + 5), year5.unauthorisedAbsenceSessions() - 1, "O sessions, and the one U");
        assertEquals(2, year5.persistentlyAbsentPupils(), "20% and 50% absence");
        assertEquals(1, year5.severelyAbsentPupils());
        assertEquals(Fraction.of(2, 5), year5.persistentAbsenceRate());
        assertEquals(3, year5.lateBeforeCloseSessions());
        assertEquals(1, year5.lateAfterCloseSessions());
        assertFalse(year5.isSmall());

        GroupFigures year6 = figures.groups().get(1);
        assertTrue(year6.isSmall(), "two pupils: shown with their count");
        assertEquals(Fraction.of(38, 40), year6.attendanceRate());
        assertEquals(1, year6.persistentlyAbsentPupils(), "one day in ten is 10%: persistent");
    }

    @Test
    void weekByWeekTheWeeksAddUpToThePeriod() {
        FiguresByGroup figures = FiguresByGroup.of(school().pupils(), TWO_WEEKS, p -> p.pupil().yearGroup());
        assertEquals(List.of("2026-09-07", "2026-09-14"), figures.weeks().stream().map(GroupFigures::group).collect(java.util.stream.Collectors.toList()));
        assertEquals(70, figures.weeks().get(0).possibleSessions());
        assertEquals(figures.total().attendanceSessions(),
                figures.weeks().get(0).attendanceSessions() + figures.weeks().get(1).attendanceSessions());
        // Week 1 holds all the absence (at most 5 days each): the second week is all present but for none.
        assertEquals(70, figures.weeks().get(1).attendanceSessions());
    }

    @Test
    void pupilsWithoutAGroupAreCountedAsUnknownAndThePeriodLimitsTheSessions() {
        ReportingPeriod firstWeek = ReportingPeriod.between(MONDAY, MONDAY.plusDays(4));
        FiguresByGroup figures = FiguresByGroup.of(school().pupils(), firstWeek,
                p -> p.pupil().id().startsWith("y6") ? null : "Y5 class");
        assertEquals(List.of("Y5 class", FiguresByGroup.UNKNOWN),
                figures.groups().stream().map(GroupFigures::group).collect(java.util.stream.Collectors.toList()));
        assertEquals(70, figures.total().possibleSessions());
        assertEquals(1, figures.weeks().size());
    }

    @Test
    void aPeriodWithNoSessionsHasNoRates() {
        FiguresByGroup figures = FiguresByGroup.of(school().pupils(),
                ReportingPeriod.between(LocalDate.parse("2026-09-05"), LocalDate.parse("2026-09-06")),
                p -> p.pupil().yearGroup());
        assertEquals(0, figures.total().pupils());
        assertEquals(null, figures.total().attendanceRate());
        assertEquals(null, figures.total().persistentAbsenceRate());
        assertEquals(List.of(), figures.groups());
    }
}
