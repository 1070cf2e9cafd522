package uk.registerly.rules.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.registerly.rules.casework.CaseworkYear.action;
import static uk.registerly.rules.casework.CaseworkYear.builder;
import static uk.registerly.rules.casework.CaseworkYear.d;
import static uk.registerly.rules.casework.CaseworkYear.dueStages;
import static uk.registerly.rules.casework.CaseworkYear.history;
import static uk.registerly.rules.casework.CaseworkYear.script;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.casework.CaseworkYear.Script;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.Evaluator;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.ladder.ActionType;
import uk.registerly.rules.ladder.StageAction;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.policy.SchoolPresets;

/** The next due action: the office's "due now" order, closed cases, decisions not to act, withdrawals. */
class NextDueActionTest {
    private static final SchoolPolicy BASILDON = SchoolPresets.basildonLower();
    private static final SchoolPolicy MILLBROOK = SchoolPresets.millbrook();

    private static CaseAssessment assess(SchoolPolicy policy, Script script, String asOf, List<CaseAction> history) {
        return new CaseworkRules(policy).assess(script.evaluate(policy, asOf), history);
    }

    @Test
    void theDueNowListPutsSafeguardingFirstThenTheLongestDueThenReviews() {
        String asOf = "2026-10-21";
        List<Script> scripts = new ArrayList<>();
        List<CaseAction> actions = new ArrayList<>();
        // visit: N since Mon 19 Oct, the third day today.
        scripts.add(script("visit").days("N", "2026-10-19", "2026-10-20", "2026-10-21"));
        // early: off Thu 24 and Fri 25 Sep, below 95% since the 24th (32 of 34), 62 of 66 (93.9%) now.
        scripts.add(script("early").days("O", "2026-09-24", "2026-09-25"));
        // today: two mornings and a day off, below 95% from today (62 of 66; 62 of 64 yesterday).
        scripts.add(script("today").mornings("O", "2026-10-19", "2026-10-20").days("O", "2026-10-21"));
        // review: the letter on Mon 21 Sep; 4 school weeks later (Mon 19 Oct), its review.
        scripts.add(script("review").mornings("O", "2026-09-17", "2026-09-18"));
        actions.add(CaseworkYear.builder("review", "LETTER", ActionType.LETTER, "2026-09-21").build());
        // closed: below 95% (62 of 66), but the school closed the case.
        scripts.add(script("closed").days("O", "2026-09-07", "2026-09-08"));
        actions.add(CaseworkYear.builder("closed", "LETTER", ActionType.LETTER, "2026-09-14").build());
        actions.add(CaseworkYear.builder("closed", "LETTER", ActionType.CLOSE_CASE, "2026-10-05")
                .action(StageAction.closeCase("Attendance is improving; the family moved nearer")).build());
        // fine: present every day.
        scripts.add(script("fine"));

        List<Pupil> pupils = new ArrayList<>();
        List<AttendanceFact> facts = new ArrayList<>();
        for (Script s : scripts) {
            pupils.add(s.pupil());
            facts.addAll(s.until(asOf));
        }
        AttendanceEvaluation evaluation = new Evaluator(CaseworkYear.preset(BASILDON), CaseworkYear.CALENDAR)
                .evaluate(pupils, facts, d(asOf));
        List<CaseAssessment> all = new CaseworkRules(BASILDON).assessAll(evaluation, actions);
        assertEquals(6, all.size());

        List<String> lines = new ArrayList<>();
        for (NextDueAction due : CaseworkRules.dueNow(all)) {
            lines.add(due.pupil() + " " + due.kind() + " " + due.stage().id() + " " + due.dueOn());
        }
        assertEquals(Arrays.asList(
                "visit STAGE UNPLANNED_HOME_VISIT 2026-10-21",
                "early STAGE LETTER 2026-09-24",
                "today STAGE LETTER 2026-10-21",
                "review REVIEW LETTER 2026-10-19"), lines);
        CaseAssessment closed = all.get(0);
        assertEquals("closed", closed.pupil());
        assertTrue(closed.isClosed());
        assertEquals(d("2026-10-05"), closed.closedOn());
        assertNull(closed.nextDue(), "below 95% (93.9%), but closed: nothing due");
        assertNull(closed.currentStage());
        assertNull(all.get(2).nextDue(), "fine: above every threshold");
    }

    @Test
    void theOrderBreaksTiesByStageThenAttendanceThenPupil() {
        NextDueAction a = due("b", 1, "0.9", "2026-10-21");
        NextDueAction higher = due("c", 3, "0.95", "2026-10-21");
        NextDueAction lower = due("a", 1, "0.85", "2026-10-21");
        NextDueAction same = due("a2", 1, "0.85", "2026-10-21");
        List<NextDueAction> list = new ArrayList<>(Arrays.asList(a, same, lower, higher));
        list.sort(NextDueAction.URGENT_FIRST);
        assertEquals(Arrays.asList(higher, lower, same, a), list);
    }

    private static NextDueAction due(String pupil, int level, String rate, String on) {
        return new NextDueAction(pupil, SchoolPresets.millbrook().attendanceLadder().escalationStages().get(level - 1),
                level, DueKind.STAGE, new ArrayList<StageAction>(), d(on), d(on), Urgency.ESCALATION, "test",
                null, uk.registerly.rules.figures.Fraction.ofDecimal(new java.math.BigDecimal(rate)));
    }

    @Test
    void aClosedCaseReopensOnTheReviewDateItSet() {
        Script script = script().days("O", "2026-09-07", "2026-09-08");
        CaseAction close = builder("LETTER", ActionType.CLOSE_CASE, "2026-09-14")
                .action(StageAction.closeCase(null)).nextReview(d("2026-10-05")).build();
        CaseAssessment before = assess(BASILDON, script, "2026-10-02", history(close));
        assertTrue(before.isClosed());
        assertEquals(d("2026-10-05"), before.reopensOn());
        assertFalse(before.isDueNow());
        CaseAssessment after = assess(BASILDON, script, "2026-10-05", history(close));
        assertFalse(after.isClosed());
        assertEquals(Arrays.asList("LETTER"), dueStages(after), "48 of 52 (92.3%)");
        assertEquals(d("2026-10-05"), after.nextDue().dueOn(), "due from the reopening, not from 7 Sep");
    }

    @Test
    void aDutyBesideTheLadderNewlyMetAfterTheClosureIsStillDue() {
        CaseAction close = builder("LETTER", ActionType.CLOSE_CASE, "2026-10-09").action(StageAction.closeCase(null))
                .build();
        Script script = script().days("N", "2026-10-19", "2026-10-20", "2026-10-21");
        CaseAssessment a = assess(BASILDON, script, "2026-10-21", history(close));
        assertTrue(a.isClosed());
        assertEquals(Arrays.asList("UNPLANNED_HOME_VISIT"), dueStages(a), "not the letter (below 95%)");
    }

    @Test
    void aStageTheSchoolDecidedAgainstIsNotDueUntilItsConditionIsMetAgain() {
        Script below90 = script().days("O", "2026-09-10", "2026-09-11");
        assertEquals(Arrays.asList("COUNTY_REFERRAL"), dueStages(assess(MILLBROOK, below90, "2026-09-18",
                history())));
        CaseAction notNow = builder("COUNTY_REFERRAL", ActionType.REFERRAL, "2026-09-18")
                .outcome(OutcomeKind.NOT_PURSUED).notes("Headteacher: known medical cause, evidence to follow").build();
        CaseAssessment a = assess(MILLBROOK, below90, "2026-09-18", history(notNow));
        assertEquals(Arrays.asList("STAGE_1"), dueStages(a), "the highest stage not decided against");
        assertNull(a.currentStage(), "a stage not pursued is not the case's stage");
    }

    @Test
    void aWithdrawnActionCountsForNothing() {
        Script script = script().days("O", "2026-09-11").mornings("O", "2026-09-18", "2026-09-25", "2026-10-12");
        CaseAction stage1 = action("STAGE_1", ActionType.MEETING, "2026-10-13", OutcomeKind.DONE);
        CaseAction mistake = action("STAGE_3", ActionType.LETTER, "2026-10-14", OutcomeKind.DONE);
        CaseAction withdrawal = builder("STAGE_3", ActionType.LETTER, "2026-10-14").outcome(OutcomeKind.WITHDRAWN)
                .refersTo(mistake.id()).notes("sent to the wrong family").build();
        CaseAssessment a = assess(MILLBROOK, script, "2026-10-15", history(stage1, mistake, withdrawal));
        assertEquals("STAGE_1", a.currentStage().id());
        assertEquals(3, a.history().size(), "kept in the history");
    }

    @Test
    void actionsAfterTheEvaluationDateAreLeftOutAndAnotherPupilsAreRefused() {
        Script script = script().mornings("O", "2026-09-18", "2026-09-25");
        CaseAction later = action("LETTER", ActionType.LETTER, "2026-10-01", OutcomeKind.DONE);
        CaseAssessment a = assess(BASILDON, script, "2026-09-28", history(later));
        assertEquals(Arrays.asList("LETTER"), dueStages(a));
        assertTrue(a.history().isEmpty());
        CaseAction other = CaseworkYear.builder("p2", "LETTER", ActionType.LETTER, "2026-09-28").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> assess(BASILDON, script, "2026-09-28", history(other)));
        assertTrue(e.getMessage().contains("is for pupil p2, not p1"), e.getMessage());
    }

    @Test
    void anActionAtAStageTheLadderNoLongerHasIsKeptButMovesNothing() {
        Script script = script().mornings("O", "2026-09-18", "2026-09-25");
        CaseAction old = action("OLD_STAGE", ActionType.CALL, "2026-09-28", OutcomeKind.DONE);
        CaseAssessment a = assess(BASILDON, script, "2026-09-28", history(old));
        assertEquals(Arrays.asList(old), a.unplacedActions());
        assertEquals(Arrays.asList("LETTER"), dueStages(a));
    }

    @Test
    void theReviewDateAStaffMemberSetsReplacesTheStagesPeriod() {
        Script script = script().mornings("O", "2026-09-18", "2026-09-25");
        CaseAction letter = builder("LETTER", ActionType.LETTER, "2026-09-28").nextReview(d("2026-10-07")).build();
        CaseAssessment waiting = assess(BASILDON, script, "2026-10-06", history(letter));
        assertEquals(d("2026-10-07"), waiting.upcoming().dueOn());
        assertFalse(waiting.upcoming().isDueNow());
        CaseAssessment due = assess(BASILDON, script, "2026-10-07", history(letter));
        assertEquals("Review of stage 1 due 7 Oct 2026 (the review date set on 28 Sep 2026): attendance 95.7% now, "
                + "93.3% when stage 1 was taken on 28 Sep 2026; no stage's condition is met now: the case can be "
                + "closed", due.nextDue().reason());
    }

    @Test
    void aReviewWhenNoConditionIsMetSaysTheCaseCanBeClosed() {
        Script script = script().mornings("O", "2026-09-18", "2026-09-25");
        CaseAction letter = action("LETTER", ActionType.LETTER, "2026-09-28", OutcomeKind.DONE);
        // W3 + 4 = W7, Mon 2 Nov: 70 of 72 (97.2%), above 95%.
        CaseAssessment a = assess(BASILDON, script, "2026-11-02", history(letter));
        NextDueAction review = a.nextDue();
        assertEquals(DueKind.REVIEW, review.kind());
        assertEquals(d("2026-11-02"), review.dueOn());
        assertTrue(review.reason().endsWith("no stage's condition is met now: the case can be closed"),
                review.reason());
    }
}
