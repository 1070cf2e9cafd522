package uk.registerly.rules.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.registerly.rules.casework.CaseworkYear.action;
import static uk.registerly.rules.casework.CaseworkYear.d;
import static uk.registerly.rules.casework.CaseworkYear.dueStages;
import static uk.registerly.rules.casework.CaseworkYear.history;
import static uk.registerly.rules.casework.CaseworkYear.none;
import static uk.registerly.rules.casework.CaseworkYear.script;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.casework.CaseworkYear.Script;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.ladder.ActionType;
import uk.registerly.rules.ladder.ConditionKind;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.policy.SchoolPresets;

/**
 * Lady Boswell's ladder from its policy: "95-100% monitor; 90-95% letter; below 90% referral/penalty
 * consideration; 10 U-marks in a term -> warning letter with a 15-school-day period", and issue 16: "a letter at
 * 90-95%, an information-sharing letter and a concern letter, meetings with the Family Support Worker, a Penalty
 * Notice Warning Letter that 'sets out 15 school days during which no unauthorised absence is to be recorded',
 * referral after 10 late-after-close marks in a term".
 */
class LadyBoswellsLadderTest {
    private static final SchoolPolicy LADY_BOSWELLS = SchoolPresets.ladyBoswells();
    private static final CaseworkRules RULES = new CaseworkRules(LADY_BOSWELLS);

    private static CaseAssessment assess(Script script, String asOf, List<CaseAction> history) {
        return RULES.assess(script.evaluate(LADY_BOSWELLS, asOf), history);
    }

    @Test
    void atNinetyFivePercentTheSchoolOnlyMonitors() {
        CaseAssessment a = assess(script().mornings("O", "2026-09-18"), "2026-09-18", none());
        assertNull(a.nextDue(), "19 of 20 is 95%: not below 95%");
        // "95-100% monitor" (domain reference section 8) is the band the office sees, not a casework stage.
        assertEquals("MONITOR", script().mornings("O", "2026-09-18").evaluate(LADY_BOSWELLS, "2026-09-18")
                .ladderBand().action());
    }

    @Test
    void theInformationSharingLetterIsDueBetweenNinetyAndNinetyFivePercent() {
        CaseAssessment a = assess(script().mornings("O", "2026-09-18", "2026-09-22"), "2026-09-22", none());
        assertEquals(Arrays.asList("LETTER"), dueStages(a));
        assertEquals("Attendance 91.7% this school year (22 of 24 sessions), below 95% since 22 Sep 2026",
                a.nextDue().reason());
        assertEquals("lady-boswells-information", a.nextDue().actions().get(0).template());
    }

    @Test
    void belowNinetyPercentTheReferralIsDueWithoutTheLettersFirst() {
        CaseAssessment a = assess(script().days("O", "2026-09-17", "2026-09-18"), "2026-09-18", none());
        assertEquals(Arrays.asList("REFERRAL"), dueStages(a), "16 of 20: 80%");
        assertEquals(Arrays.asList(ActionType.REFERRAL, ActionType.PENALTY_NOTICE_REQUEST),
                Arrays.asList(a.nextDue().actions().get(0).type(), a.nextDue().actions().get(1).type()));
    }

    /** A Friday morning off (O) each week from 18 Sep to {@code last}. */
    private static Script fridayMornings(String... fridays) {
        return script().mornings("O", fridays);
    }

    private static final String[] FIVE_FRIDAYS = {"2026-09-18", "2026-09-25", "2026-10-02", "2026-10-09",
        "2026-10-16"};

    @Test
    void theConcernLetterFollowsTheLetterWhenThereIsNoImprovement() {
        CaseAction letter = action("LETTER", ActionType.LETTER, "2026-09-21", OutcomeKind.DONE);
        // Judged from W2 + 4 = W6, Mon 19 Oct: 57 of 62 (91.9%), no better than 19 of 20 (95.0%) on Fri 18 Sep.
        CaseAssessment a = assess(fridayMornings(FIVE_FRIDAYS), "2026-10-19", history(letter));
        assertEquals(Arrays.asList("CONCERN_LETTER"), dueStages(a));
        assertEquals("No improvement 4 school weeks after stage 1 on 21 Sep 2026: 95.0% then, 91.9% now",
                a.nextDue().reason());
        assertEquals("lady-boswells-concern", a.nextDue().actions().get(0).template());
    }

    @Test
    void theFamilySupportWorkerMeetsTheParentsWhenTheConcernLetterBringsNoImprovement() {
        CaseAction letter = action("LETTER", ActionType.LETTER, "2026-09-21", OutcomeKind.DONE);
        CaseAction concern = action("CONCERN_LETTER", ActionType.LETTER, "2026-10-19", OutcomeKind.DONE);
        // Stage 2 on Mon 19 Oct, at 55 of 60 (91.7%) on Fri 16 Oct. Judged from W6 + 4 = W10, Mon 23 Nov.
        CaseAssessment improved = assess(fridayMornings(FIVE_FRIDAYS), "2026-11-23", history(letter, concern));
        assertEquals(Arrays.asList("review CONCERN_LETTER"), dueStages(improved), "97 of 102, 95.1%");
        assertEquals("improved since stage 2 on 19 Oct 2026: 91.7% then, 95.1% now",
                improved.stages().get(2).explanation());

        Script everyFriday = fridayMornings(FIVE_FRIDAYS).mornings("O", "2026-10-23", "2026-11-06", "2026-11-13",
                "2026-11-20");
        CaseAssessment a = assess(everyFriday, "2026-11-23", history(letter, concern));
        assertEquals(Arrays.asList("FAMILY_SUPPORT_MEETING"), dueStages(a), "93 of 102, 91.2%; 9 sessions in the "
                + "penalty window");
        assertEquals("No improvement 4 school weeks after stage 2 on 19 Oct 2026: 91.7% then, 91.2% now",
                a.nextDue().reason());
        assertEquals(ActionType.MEETING, a.nextDue().actions().get(0).type());
    }

    /** The morning register missed by arriving after it closed on the ten school days 9 to 20 Nov (one at the gate). */
    private static Script tenLateMarks() {
        return script().mornings("U", "2026-11-09", "2026-11-10", "2026-11-11", "2026-11-12", "2026-11-13",
                "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19").lateAtTheGate("2026-11-20", "09:20");
    }

    @Test
    void tenUMarksInATermBringThePenaltyNoticeWarningLetter() {
        CaseAssessment nine = assess(tenLateMarks(), "2026-11-19", none());
        assertEquals(Arrays.asList("LETTER"), dueStages(nine), "9 U marks: 89 of 98, 90.8%");
        assertTrue(nine.stages().get(3).explanation().contains("9 U marks (arrived after the register closed) in the "
                + "term 2 Nov 2026 to 18 Dec 2026, fewer than 10"), nine.stages().get(3).explanation());

        CaseAssessment ten = assess(tenLateMarks(), "2026-11-20", none());
        assertEquals(Arrays.asList("PENALTY_WARNING", "PENALTY_NOTICE"), dueStages(ten),
                "90 of 100 is 90%, not below: the warning letter, not the referral; U counts in the penalty window");
        NextDueAction warning = ten.nextDue();
        assertEquals(4, warning.level());
        assertEquals(ConditionKind.U_MARKS_IN_TERM, warning.trigger());
        assertEquals(d("2026-11-20"), warning.dueOn());
        assertEquals("10 U marks (arrived after the register closed) in the term 2 Nov 2026 to 18 Dec 2026, the 10th "
                + "on 20 Nov 2026", warning.reason());
        assertEquals(Integer.valueOf(15), warning.stage().warningSchoolDays());
    }

    private static final CaseAction WARNING_LETTER = action("PENALTY_WARNING", ActionType.LETTER, "2026-11-23",
            OutcomeKind.DONE);
    private static final CaseAction PENALTY_NOT_PURSUED = action("PENALTY_NOTICE", ActionType.PENALTY_NOTICE_REQUEST,
            "2026-11-23", OutcomeKind.NOT_PURSUED);

    @Test
    void theWarningPeriodRunsFifteenSchoolDaysFromTheLetter() {
        CaseAssessment a = assess(tenLateMarks(), "2026-12-04", history(WARNING_LETTER, PENALTY_NOT_PURSUED));
        assertEquals("PENALTY_WARNING", a.currentStage().id());
        WarningWindow w = a.warningWindow();
        assertEquals(WarningWindow.State.RUNNING, w.state());
        assertEquals(d("2026-11-24"), w.firstDay());
        assertEquals(d("2026-12-14"), w.lastDay());
        assertEquals(9, w.schoolDaysPassed());
        assertEquals(6, w.schoolDaysLeft());
        assertFalse(a.isDueNow(), "the letter is done, the head decided against a notice for now");
        assertEquals(d("2026-12-14"), a.nextDue().dueOn(), "the review at the period's end");
    }

    @Test
    void aCleanWarningPeriodEndsInAReview() {
        CaseAssessment a = assess(tenLateMarks(), "2026-12-14", history(WARNING_LETTER, PENALTY_NOT_PURSUED));
        assertEquals(WarningWindow.State.COMPLETED, a.warningWindow().state());
        assertEquals(Arrays.asList("review PENALTY_WARNING"), dueStages(a));
        assertTrue(a.nextDue().reason().endsWith("the 15-school-day warning period (24 Nov 2026 to 14 Dec 2026) set "
                + "out on 23 Nov 2026 passed with no unauthorised absence"), a.nextDue().reason());
    }

    @Test
    void aUMarkInTheWarningPeriodBreaksItAndTheReferralIsDue() {
        Script script = tenLateMarks().lateAtTheGate("2026-12-02", "09:31");
        CaseAssessment a = assess(script, "2026-12-02", history(WARNING_LETTER, PENALTY_NOT_PURSUED));
        WarningWindow w = a.warningWindow();
        assertTrue(w.isBroken());
        assertEquals(d("2026-12-02"), w.brokenOn());
        assertEquals(Session.AM, w.brokenSession());
        assertEquals(AttendanceCode.U, w.brokenBy());
        assertEquals(Arrays.asList("REFERRAL"), dueStages(a), "105 of 116 is 90.5%: the referral by the broken "
                + "warning alone; the penalty window was reached before the head's decision, so it is not due again");
        NextDueAction referral = a.nextDue();
        assertEquals(ConditionKind.WARNING_BROKEN, referral.trigger());
        assertEquals(d("2026-12-02"), referral.dueOn());
        assertEquals("U on 2 Dec 2026 (AM) broke the 15-school-day warning period (24 Nov 2026 to 14 Dec 2026) set "
                + "out on 23 Nov 2026", referral.reason());
    }
}
