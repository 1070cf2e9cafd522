package uk.registerly.rules.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.registerly.rules.AutumnTerm.all;
import static uk.registerly.rules.AutumnTerm.evaluate;
import static uk.registerly.rules.AutumnTerm.marks;
import static uk.registerly.rules.calendar.Session.AM;
import static uk.registerly.rules.calendar.Session.PM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.AutumnTerm;
import uk.registerly.rules.Facts;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.policy.SchoolPresets;

class AlertsTest {
    private static final String P = "p1";

    private static List<Alert> alerts(List<AttendanceFact> facts, String asOf) {
        return evaluate(facts, asOf).alerts();
    }

    private static List<Alert> alertsOf(AlertType type, AttendanceEvaluation evaluation) {
        List<Alert> out = new ArrayList<>();
        for (Alert a : evaluation.alerts()) {
            if (a.type() == type) {
                out.add(a);
            }
        }
        return out;
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    // ---- penalty threshold

    @Test
    void tenUnauthorisedSessionsInAWeekReachThePenaltyThresholdOnTheDayTheyReachTen() {
        List<Alert> alerts = alerts(marks("2026-09-07", 5, "G", AM, PM), "2026-09-18");
        assertEquals(Collections.singletonList(Alert.penaltyThreshold(P, d("2026-09-11"), 10)), alerts);
    }

    @Test
    void nineSessionsDoNotReachThePenaltyThreshold() {
        List<AttendanceFact> facts = all(marks("2026-09-07", 4, "O", AM, PM), marks("2026-09-11", 1, "U", AM),
                marks("2026-09-11", 1, "\\", PM));
        assertTrue(alerts(facts, "2026-09-18").isEmpty());
    }

    @Test
    void gNOandUAllCountAndAuthorisedAbsenceDoesNot() {
        List<AttendanceFact> facts = all(marks("2026-09-07", 1, "G", AM, PM), marks("2026-09-08", 1, "N", AM, PM),
                marks("2026-09-09", 1, "O", AM, PM), marks("2026-09-10", 1, "U", AM, PM),
                marks("2026-09-11", 1, "I", AM, PM), marks("2026-09-14", 1, "O", AM, PM));
        assertEquals(Collections.singletonList(Alert.penaltyThreshold(P, d("2026-09-14"), 10)),
                alertsOf(AlertType.PENALTY_THRESHOLD, evaluate(facts, "2026-09-18")));
    }

    @Test
    void theThresholdWindowSpansHalfTermBecauseAWeekWithoutSessionsIsNotASchoolWeek() {
        // W0 (7 Sep) and W9 (16 Nov) are 10 school weeks apart but 11 calendar weeks.
        List<AttendanceFact> facts = all(marks("2026-09-07", 5, "G", AM), marks("2026-11-16", 5, "O", AM));
        assertEquals(Collections.singletonList(Alert.penaltyThreshold(P, d("2026-11-20"), 10)),
                alerts(facts, "2026-11-27"));
    }

    @Test
    void sessionsElevenSchoolWeeksApartAreNotInOneWindow() {
        List<AttendanceFact> facts = all(marks("2026-09-07", 5, "G", AM), marks("2026-11-23", 5, "O", AM));
        assertTrue(alerts(facts, "2026-12-04").isEmpty());
    }

    @Test
    void oneAlertPerEpisodeAndANewEpisodeAfterTheConditionStopsHolding() {
        List<AttendanceFact> facts = all(marks("2026-09-07", 10, "O", AM, PM), marks("2026-12-07", 5, "N", AM, PM));
        List<Alert> alerts = alertsOf(AlertType.PENALTY_THRESHOLD, evaluate(facts, "2026-12-18"));
        assertEquals(Arrays.asList(Alert.penaltyThreshold(P, d("2026-09-11"), 10),
                Alert.penaltyThreshold(P, d("2026-12-11"), 10)), alerts);
    }

    @Test
    void noPenaltyAlertBeforeCompulsorySchoolAge() {
        Pupil reception = new Pupil("p1", "R", d("2021-11-10"));
        List<AttendanceFact> facts = marks("2026-09-07", 5, "G", AM, PM);
        SchoolCalendar calendar = AutumnTerm.calendar().build();
        assertTrue(alertsOf(AlertType.PENALTY_THRESHOLD,
                evaluate(AutumnTerm.POLICY, calendar, reception, facts, "2026-09-18")).isEmpty());
    }

    // ---- N overdue

    @Test
    void nStillUnexplainedAtTheEndOfTheFifthSchoolDayIsOverdue() {
        List<AttendanceFact> facts = marks("2026-09-07", 1, "N", AM);
        assertEquals(Collections.singletonList(Alert.nOverdue(P, d("2026-09-14"), AM, d("2026-09-07"))),
                alerts(facts, "2026-09-14"));
    }

    @Test
    void nIsNotOverdueBeforeItsFifthSchoolDayHasCome() {
        assertTrue(alerts(marks("2026-09-07", 1, "N", AM), "2026-09-11").isEmpty());
    }

    @Test
    void aReasonRecordedOnTheFifthSchoolDayPreventsTheAlert() {
        List<AttendanceFact> facts = all(marks("2026-09-07", 1, "N", AM),
                Collections.singletonList(Facts.reason(P, "2026-09-07", AM, "I", "2026-09-14T23:59:59")));
        assertTrue(alerts(facts, "2026-09-30").isEmpty());
    }

    @Test
    void aReasonRecordedAfterTheDeadlineDoesNotUndoTheOverdueAlert() {
        List<AttendanceFact> facts = all(marks("2026-09-07", 1, "N", AM),
                Collections.singletonList(Facts.reason(P, "2026-09-07", AM, "I", "2026-09-15T00:00:00")));
        AttendanceEvaluation evaluation = evaluate(facts, "2026-09-30");
        assertEquals(Collections.singletonList(Alert.nOverdue(P, d("2026-09-14"), AM, d("2026-09-07"))),
                evaluation.alerts());
        assertEquals("I", evaluation.marks().get(0).code().symbol());
    }

    @Test
    void aClosedDayMovesTheNDeadlineByOneSchoolDay() {
        SchoolCalendar calendar = AutumnTerm.calendar().closedDay(d("2026-09-10")).build();
        List<AttendanceFact> facts = marks(calendar, "2026-09-07", 1, "N", PM);
        assertEquals(Collections.singletonList(Alert.nOverdue(P, d("2026-09-15"), PM, d("2026-09-07"))),
                evaluate(AutumnTerm.POLICY, calendar, AutumnTerm.PUPIL, facts, "2026-09-30").alerts());
    }

    // ---- continuous absence

    @Test
    void tenConsecutiveSchoolDaysOfNOrOAreAContinuousAbsence() {
        List<AttendanceFact> facts = all(marks("2026-09-07", 5, "O", AM, PM), marks("2026-09-14", 5, "O", AM),
                marks("2026-09-14", 5, "N", PM),
                Collections.singletonList(Facts.reason(P, "2026-09-14", PM, "O", "2026-09-14T15:00")));
        assertEquals(Collections.singletonList(Alert.continuousAbsence(P, d("2026-09-18"))),
                alertsOf(AlertType.CONTINUOUS_ABSENCE, evaluate(facts, "2026-09-18")));
    }

    @Test
    void nineDaysAreNotAContinuousAbsence() {
        List<AttendanceFact> facts = all(marks("2026-09-07", 9, "O", AM, PM), marks("2026-09-18", 1, "O", AM),
                marks("2026-09-18", 1, "\\", PM));
        assertTrue(alertsOf(AlertType.CONTINUOUS_ABSENCE, evaluate(facts, "2026-09-25")).isEmpty());
    }

    @Test
    void anInsetDayInsideAContinuousAbsenceNeitherCountsNorBreaksIt() {
        SchoolCalendar calendar = AutumnTerm.calendar().closedDay(d("2026-09-14")).build();
        List<AttendanceFact> facts = marks(calendar, "2026-09-07", 10, "O", AM, PM);
        AttendanceEvaluation evaluation = evaluate(AutumnTerm.POLICY, calendar, AutumnTerm.PUPIL, facts, "2026-09-25");
        assertEquals(Collections.singletonList(Alert.continuousAbsence(P, d("2026-09-21"))),
                alertsOf(AlertType.CONTINUOUS_ABSENCE, evaluation));
    }

    // ---- illness

    @Test
    void illnessReachingFifteenSchoolDaysInTheYearIsASicknessReturn() {
        List<AttendanceFact> facts = all(marks("2026-09-07", 7, "I", AM, PM), marks("2026-10-05", 8, "I", AM, PM));
        assertEquals(Collections.singletonList(Alert.sicknessReturn(P, d("2026-10-14"), 30)),
                alertsOf(AlertType.SICKNESS_RETURN, evaluate(facts, "2026-12-18")));
    }

    @Test
    void fourteenAndAHalfDaysOfIllnessAreNoSicknessReturn() {
        List<AttendanceFact> facts = all(marks("2026-09-07", 14, "I", AM, PM), marks("2026-10-05", 1, "I", AM));
        assertTrue(alertsOf(AlertType.SICKNESS_RETURN, evaluate(facts, "2026-12-18")).isEmpty());
    }

    @Test
    void medicalEvidenceIsAskedForOnTheSchoolsConfiguredConsecutiveIllnessDay() {
        SchoolPolicy policy = AutumnTerm.POLICY.toBuilder().medicalEvidenceAfterDays(3).build();
        List<AttendanceFact> facts = all(marks("2026-09-10", 3, "I", AM, PM));
        AttendanceEvaluation evaluation = evaluate(policy, AutumnTerm.calendar().build(), AutumnTerm.PUPIL, facts,
                "2026-09-30");
        assertEquals(Collections.singletonList(Alert.medicalEvidence(P, d("2026-09-14"), 3, d("2026-09-10"))),
                alertsOf(AlertType.MEDICAL_EVIDENCE, evaluation));
    }

    @Test
    void noMedicalEvidenceAlertWhenTheSchoolSetsNoDayCount() {
        assertTrue(alertsOf(AlertType.MEDICAL_EVIDENCE, evaluate(marks("2026-09-07", 6, "I", AM, PM), "2026-09-30"))
                .isEmpty());
    }

    @Test
    void aPresentAfternoonBreaksAnIllnessRun() {
        SchoolPolicy policy = SchoolPresets.basildonLower().toBuilder().registers(AutumnTerm.REGISTERS).build();
        List<AttendanceFact> facts = all(marks("2026-09-07", 2, "I", AM, PM), marks("2026-09-09", 1, "I", AM),
                marks("2026-09-09", 1, "\\", PM), marks("2026-09-10", 2, "I", AM, PM));
        assertTrue(alertsOf(AlertType.MEDICAL_EVIDENCE,
                evaluate(policy, AutumnTerm.calendar().build(), AutumnTerm.PUPIL, facts, "2026-09-30")).isEmpty());
    }

    // ---- a school's own rule

    @Test
    void ladyBoswellsWarnsOnTheTenthUMarkOfATermWithA15SchoolDayPeriod() {
        SchoolPolicy policy = SchoolPresets.ladyBoswells().toBuilder().registers(AutumnTerm.REGISTERS).build();
        List<AttendanceFact> facts = marks("2026-09-07", 10, "U", AM);
        AttendanceEvaluation evaluation = evaluate(policy, AutumnTerm.calendar().build(), AutumnTerm.PUPIL, facts,
                "2026-10-30");
        assertEquals(Collections.singletonList(Alert.uMarksWarning(P, d("2026-09-18"), 10, d("2026-10-09"))),
                alertsOf(AlertType.U_MARKS_WARNING, evaluation));
    }
}
