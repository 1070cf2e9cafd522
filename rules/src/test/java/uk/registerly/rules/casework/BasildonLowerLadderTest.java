package uk.registerly.rules.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.registerly.rules.casework.CaseworkYear.action;
import static uk.registerly.rules.casework.CaseworkYear.builder;
import static uk.registerly.rules.casework.CaseworkYear.d;
import static uk.registerly.rules.casework.CaseworkYear.dueStages;
import static uk.registerly.rules.casework.CaseworkYear.history;
import static uk.registerly.rules.casework.CaseworkYear.none;
import static uk.registerly.rules.casework.CaseworkYear.script;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.casework.CaseworkYear.Script;
import uk.registerly.rules.ladder.ActionType;
import uk.registerly.rules.ladder.ConditionKind;
import uk.registerly.rules.ladder.Track;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.policy.SchoolPresets;

/**
 * Basildon Lower's ladder from its policy: "letter below 95%; medical evidence after 3rd consecutive day or when
 * below 95%; PA at 10%" and issue 16: "letters, planned or unplanned home visits, attendance panels, attendance
 * contracts", with the day-3 home visit for an unexplained absence beside the ladder.
 */
class BasildonLowerLadderTest {
    private static final SchoolPolicy BASILDON = SchoolPresets.basildonLower();
    private static final CaseworkRules RULES = new CaseworkRules(BASILDON);

    private static CaseAssessment assess(Script script, String asOf, List<CaseAction> history) {
        return RULES.assess(script.evaluate(BASILDON, asOf), history);
    }

    /** Present to Fri 16 Oct, then N (no reason) on Mon 19 and Tue 20 Oct and the morning of Wed 21 Oct. */
    private static Script unexplained() {
        return script().days("N", "2026-10-19", "2026-10-20").mornings("N", "2026-10-21")
                .unmarked("2026-10-21", Session.PM);
    }

    @Test
    void onTheSecondDayOfUnexplainedAbsenceNoHomeVisitIsDueYet() {
        CaseAssessment a = assess(unexplained(), "2026-10-20", none());
        assertEquals(Arrays.asList("LETTER"), dueStages(a), "60 of 64, 93.8%: the letter only");
        assertEquals("2 school days of unexplained absence (N or O) so far, since 19 Oct 2026",
                a.stages().get(4).explanation());
    }

    @Test
    void onTheThirdDayTheUnplannedHomeVisitComesFirst() {
        CaseAssessment a = assess(unexplained(), "2026-10-21", none());
        assertEquals(Arrays.asList("UNPLANNED_HOME_VISIT", "LETTER"), dueStages(a));
        NextDueAction visit = a.nextDue();
        assertEquals(Urgency.SAFEGUARDING, visit.urgency());
        assertEquals(Track.ALONGSIDE, visit.stage().track());
        assertEquals(0, visit.level());
        assertEquals(d("2026-10-21"), visit.dueOn());
        assertEquals(ConditionKind.UNEXPLAINED_ABSENCE, visit.trigger());
        assertEquals("The 3rd consecutive school day of unexplained absence (N or O) was 21 Oct 2026, since 19 Oct "
                + "2026", visit.reason());
        assertEquals(ActionType.HOME_VISIT, visit.actions().get(0).type());
    }

    @Test
    void beforeTheThirdDaysRegisterTheRunIsStillTwoDays() {
        Script morning = script().days("N", "2026-10-19", "2026-10-20").unmarked("2026-10-21", Session.AM)
                .unmarked("2026-10-21", Session.PM);
        CaseAssessment a = assess(morning, "2026-10-21", none());
        assertEquals(Arrays.asList("LETTER"), dueStages(a));
    }

    @Test
    void theVisitIsNotDueAgainWhileTheSameAbsenceLastsButIsForTheNextOne() {
        CaseAction visit = builder("UNPLANNED_HOME_VISIT", ActionType.HOME_VISIT, "2026-10-21")
                .at(LocalDateTime.parse("2026-10-21T11:00")).notes("No answer; card left").outcome(OutcomeKind.NO_RESPONSE)
                .build();
        Script longer = script().days("N", "2026-10-19", "2026-10-20", "2026-10-21", "2026-10-22");
        assertEquals(Arrays.asList("ATTENDANCE_PANEL"), dueStages(assess(longer, "2026-10-22", history(visit))),
                "8 of 72 sessions missed is 11.1%, persistent absence; the visit was made for this absence");
        Script again = longer.days("O", "2026-11-02", "2026-11-03", "2026-11-04");
        CaseAssessment a = assess(again, "2026-11-04", history(visit));
        assertEquals("UNPLANNED_HOME_VISIT", a.nextDue().stage().id());
        assertEquals(d("2026-11-04"), a.nextDue().dueOn());
    }

    /** Mornings off: Fri 18 and 25 Sep (28 of 30, 93.3%), then every Friday from 2 Oct. */
    private static Script weeklyMornings() {
        return script().mornings("O", "2026-09-18", "2026-09-25", "2026-10-02", "2026-10-09", "2026-10-16",
                "2026-10-23");
    }

    private static final CaseAction LETTER = action("LETTER", ActionType.LETTER, "2026-09-28", OutcomeKind.DONE);

    @Test
    void thePlannedHomeVisitFollowsTheLetterWhenThereIsNoImprovement() {
        // W3 + 4 = W7, Mon 2 Nov: 66 of 72 (91.7%), no better than 93.3%; absence 8.3%, not persistent.
        CaseAssessment a = assess(weeklyMornings(), "2026-11-02", history(LETTER));
        assertEquals(Arrays.asList("PLANNED_HOME_VISIT"), dueStages(a));
        assertEquals("No improvement 4 school weeks after stage 1 on 28 Sep 2026: 93.3% then, 91.7% now",
                a.nextDue().reason());
    }

    @Test
    void persistentAbsenceBringsTheAttendancePanelAndNoImprovementTheContract() {
        CaseAction visit = action("PLANNED_HOME_VISIT", ActionType.HOME_VISIT, "2026-11-03", OutcomeKind.DONE);
        Script script = weeklyMornings().days("O", "2026-11-04", "2026-11-05");
        CaseAssessment a = assess(script, "2026-11-05", history(LETTER, visit));
        // 68 of 78; absence 10 of 78, 12.8%, from Wed 4 Nov (8 of 76, 10.5%).
        assertEquals("ATTENDANCE_PANEL", a.nextDue().stage().id());
        assertEquals(ConditionKind.ABSENCE_AT_LEAST, a.nextDue().trigger());
        assertEquals("Absence 12.8% this school year (10 of 78 sessions), at or above 10% (persistent absence) since "
                + "4 Nov 2026", a.nextDue().reason());
        assertTrue(dueStages(a).contains("PENALTY_NOTICE"), "10 sessions of O in 8 school weeks");

        CaseAction panel = action("ATTENDANCE_PANEL", ActionType.MEETING, "2026-11-06", OutcomeKind.DONE);
        Script fridaysOff = script.days("O", "2026-11-13", "2026-11-20", "2026-11-27");
        // W7 + 4 = W11, Mon 30 Nov: 96 of 112 (85.7%), no better than 68 of 78 (87.2%) on Thu 5 Nov.
        CaseAssessment later = assess(fridaysOff, "2026-11-30", history(LETTER, visit, panel));
        assertEquals(Arrays.asList("PENALTY_NOTICE", "ATTENDANCE_CONTRACT"), dueStages(later),
                "the penalty consideration, due since 5 Nov and not acted on, comes first");
        assertEquals("No improvement 4 school weeks after stage 3 on 6 Nov 2026: 87.2% then, 85.7% now",
                later.due().get(1).reason());
    }
}
