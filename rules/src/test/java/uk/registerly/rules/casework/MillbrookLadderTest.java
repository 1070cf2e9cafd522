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
import uk.registerly.rules.casework.CaseworkYear.Script;
import uk.registerly.rules.ladder.ActionType;
import uk.registerly.rules.ladder.ConditionKind;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.policy.SchoolPresets;

/**
 * Millbrook's ladder, stage by stage, from a scripted term: "stage 1 below 92% (the class teacher's informal
 * chat, weekly monitoring), stage 2 'if attendance decreased further' (the attendance team offers support), stage
 * 3 'if there is no improvement' (a formal letter with the attendance policy and the child's attendance
 * certificate), stage 4 a parenting contract, stage 5 referral to the County" and "County referral below 90%".
 */
class MillbrookLadderTest {
    private static final SchoolPolicy MILLBROOK = SchoolPresets.millbrook();
    private static final CaseworkRules RULES = new CaseworkRules(MILLBROOK);

    /**
     * Absent (O) on Fri 11 Sep, and the mornings of Fri 18 Sep, Fri 25 Sep and Mon 12 Oct: 46 of 50 sessions to
     * Fri 9 Oct (92%), 47 of 52 on Mon 12 Oct (90.4%).
     */
    private static Script autumn() {
        return script().days("O", "2026-09-11").mornings("O", "2026-09-18", "2026-09-25", "2026-10-12");
    }

    private static CaseAssessment assess(Script script, String asOf, List<CaseAction> history) {
        return RULES.assess(script.evaluate(MILLBROOK, asOf), history);
    }

    private static final CaseAction STAGE_1 = action("STAGE_1", ActionType.MEETING, "2026-10-13", OutcomeKind.DONE);

    @Test
    void atNinetyTwoPercentNothingIsDue() {
        CaseAssessment a = assess(autumn(), "2026-10-09", none());
        assertEquals(Arrays.asList(), dueStages(a));
        assertNull(a.nextDue(), "above every threshold and no case: nothing due, nothing scheduled");
        assertNull(a.currentStage());
        assertTrue(a.stages().get(0).explanation().contains("attendance 92.0% this school year (46 of 50 sessions), "
                + "not below 92%"), a.stages().get(0).explanation());
    }

    @Test
    void stageOneIsDueTheDayAttendanceFallsBelowNinetyTwoPercent() {
        CaseAssessment a = assess(autumn(), "2026-10-12", none());
        assertEquals(Arrays.asList("STAGE_1"), dueStages(a));
        NextDueAction due = a.nextDue();
        assertEquals(d("2026-10-12"), due.dueOn());
        assertEquals(1, due.level());
        assertEquals(Urgency.ESCALATION, due.urgency());
        assertEquals(ConditionKind.ATTENDANCE_BELOW, due.trigger());
        assertEquals("Attendance 90.4% this school year (47 of 52 sessions), below 92% since 12 Oct 2026",
                due.reason());
        assertEquals(ActionType.MEETING, due.actions().get(0).type());
        assertEquals("Weekly monitoring", due.actions().get(1).name());
        assertEquals("STAGE_1", a.stages().get(0).stage().id());
        assertTrue(a.stages().get(0).isConditionMet());
        assertFalse(a.stages().get(4).isConditionMet(), "90.4% is not below 90%: no County referral");
    }

    @Test
    void afterStageOneNothingIsDueUntilTheWeeklyReview() {
        CaseAssessment a = assess(autumn(), "2026-10-16", history(STAGE_1));
        assertEquals("STAGE_1", a.currentStage().id());
        assertEquals(1, a.currentLevel());
        assertEquals(d("2026-10-13"), a.stageEnteredOn());
        assertFalse(a.isDueNow());
        NextDueAction next = a.nextDue();
        assertEquals(DueKind.REVIEW, next.kind());
        assertFalse(next.isDueNow());
        assertEquals(d("2026-10-19"), next.dueOn(), "1 school week after Tue 13 Oct: Mon 19 Oct");
        assertEquals("STAGE_2", a.stages().get(1).stage().id());
        assertEquals("judged from 19 Oct 2026, 1 school week after stage 1 on 13 Oct 2026 (90.4% then, 91.7% now)",
                a.stages().get(1).explanation());
    }

    @Test
    void stageTwoIsDueWhenAttendanceDecreasedFurtherSinceStageOne() {
        // Mon 19 Oct morning O: 56 of 62 (90.3%), below the 90.4% of stage 1's day.
        CaseAssessment a = assess(autumn().mornings("O", "2026-10-19"), "2026-10-19", history(STAGE_1));
        assertEquals(Arrays.asList("STAGE_2"), dueStages(a), "the higher stage, not stage 1's review");
        NextDueAction due = a.nextDue();
        assertEquals(d("2026-10-19"), due.dueOn());
        assertEquals(ConditionKind.DECREASED_FURTHER, due.trigger());
        assertEquals("Attendance decreased further since stage 1 on 13 Oct 2026: 90.4% then, 90.3% now",
                due.reason());
    }

    @Test
    void withoutAFurtherDecreaseTheWeeklyReviewIsDue() {
        // Mon 19 Oct present: 57 of 62 (91.9%), better than 90.4%; still below 92%.
        CaseAssessment a = assess(autumn(), "2026-10-19", history(STAGE_1));
        assertEquals(Arrays.asList("review STAGE_1"), dueStages(a));
        NextDueAction review = a.nextDue();
        assertEquals(Urgency.REVIEW, review.urgency());
        assertEquals(d("2026-10-19"), review.dueOn());
        assertEquals("Review of stage 1 due 19 Oct 2026 (1 school week after the last action on 13 Oct 2026): "
                + "attendance 91.9% now, 90.4% when stage 1 was taken on 13 Oct 2026", review.reason());
        assertEquals("not decreased since stage 1 on 13 Oct 2026: 90.4% then, 91.9% now",
                a.stages().get(1).explanation());
    }

    @Test
    void aReviewRecordedBeforeHalfTermIsNextDueOnTheFirstDayBack() {
        CaseAction review = action("STAGE_1", ActionType.REVIEW, "2026-10-19", OutcomeKind.DONE);
        CaseAssessment a = assess(autumn(), "2026-10-23", history(STAGE_1, review));
        assertFalse(a.isDueNow());
        assertEquals(d("2026-11-02"), a.nextDue().dueOn(), "half term is not a school week");
        assertEquals(d("2026-10-13"), a.stageEnteredOn(), "a review keeps the stage's entry date");
    }

    /** Stage 2 on Tue 20 Oct after the fall of Mon 19 Oct (56 of 62, 90.3%); then a morning off a week. */
    private static Script afterStageTwo() {
        return autumn().mornings("O", "2026-10-19", "2026-11-06", "2026-11-13", "2026-11-20");
    }

    private static final CaseAction STAGE_2 = action("STAGE_2", ActionType.MEETING, "2026-10-20", OutcomeKind.DONE);

    @Test
    void stageTwoIsReviewedAfterTwoSchoolWeeksWhileStageThreeIsNotYetJudged() {
        CaseAssessment a = assess(afterStageTwo(), "2026-11-20", history(STAGE_1, STAGE_2));
        assertEquals(Arrays.asList("review STAGE_2"), dueStages(a));
        assertEquals(d("2026-11-09"), a.nextDue().dueOn(), "2 school weeks after Tue 20 Oct (half term not counted)");
        assertEquals("judged from 23 Nov 2026, 4 school weeks after stage 2 on 20 Oct 2026 (90.3% then, 91.0% now)",
                a.stages().get(2).explanation());
    }

    @Test
    void stageThreeIsDueWhenThereIsNoImprovementAfterFourSchoolWeeks() {
        // Mon 23 Nov morning O: 92 of 102 (90.2%), no better than 90.3% on stage 2's day.
        CaseAssessment a = assess(afterStageTwo().mornings("O", "2026-11-23"), "2026-11-23",
                history(STAGE_1, STAGE_2));
        assertEquals(Arrays.asList("STAGE_3"), dueStages(a));
        NextDueAction due = a.nextDue();
        assertEquals(d("2026-11-23"), due.dueOn());
        assertEquals(ConditionKind.NO_IMPROVEMENT, due.trigger());
        assertEquals("No improvement 4 school weeks after stage 2 on 20 Oct 2026: 90.3% then, 90.2% now",
                due.reason());
        assertEquals("millbrook-stage-3", due.actions().get(0).template());
    }

    @Test
    void anImprovementAfterFourSchoolWeeksKeepsTheCaseAtStageTwo() {
        // Mon 23 Nov present: 93 of 102 (91.2%).
        CaseAssessment a = assess(afterStageTwo(), "2026-11-23", history(STAGE_1, STAGE_2));
        assertEquals(Arrays.asList("review STAGE_2"), dueStages(a));
        assertEquals("improved since stage 2 on 20 Oct 2026: 90.3% then, 91.2% now", a.stages().get(2).explanation());
    }

    @Test
    void belowNinetyPercentTheCountyReferralIsDueFromAnyStage() {
        CaseAction stage3 = action("STAGE_3", ActionType.LETTER, "2026-11-24", OutcomeKind.DONE);
        // Tue 24 and Wed 25 Nov O: 92 of 104 (88.5%) on the 24th.
        Script script = afterStageTwo().mornings("O", "2026-11-23").days("O", "2026-11-24", "2026-11-25");
        CaseAssessment a = assess(script, "2026-11-25", history(STAGE_1, STAGE_2, stage3));
        assertEquals(Arrays.asList("COUNTY_REFERRAL", "PENALTY_NOTICE"), dueStages(a),
                "stage 5 jumps stage 4; the national threshold stands beside the ladder (10 sessions in W1-W10 on the "
                        + "24th, 12 on the 25th)");
        NextDueAction county = a.due().get(0);
        assertEquals(5, county.level());
        assertEquals(d("2026-11-24"), county.dueOn());
        assertEquals("Attendance 86.8% this school year (92 of 106 sessions), below 90% since 24 Nov 2026",
                county.reason());
        NextDueAction penalty = a.due().get(1);
        assertEquals(0, penalty.level());
        assertEquals(d("2026-11-24"), penalty.dueOn());
        assertTrue(penalty.reason().startsWith("12 unauthorised sessions (G, N, O, U) in the last 10 school weeks, at "
                + "or above 10 (the national threshold for considering a penalty notice) since 24 Nov 2026"),
                penalty.reason());
    }

    @Test
    void aPupilBelowNinetyPercentWithNoCaseGoesStraightToTheCountyReferral() {
        CaseAssessment a = assess(script().days("O", "2026-09-10", "2026-09-11"), "2026-09-18", none());
        assertEquals("COUNTY_REFERRAL", a.nextDue().stage().id(), "16 of 20: 80%");
        assertEquals(d("2026-09-10"), a.nextDue().dueOn());
    }

    /**
     * A morning off every Friday all year: each Friday the year stands at exactly 90.0% (never below), a little
     * above it from Monday to Thursday.
     */
    private static Script everyFridayMorning() {
        Script s = script();
        for (java.time.LocalDate day : CaseworkYear.CALENDAR.schoolDays()) {
            if (day.getDayOfWeek() == java.time.DayOfWeek.FRIDAY) {
                s.mornings("O", day.toString());
            }
        }
        return s;
    }

    @Test
    void stageFourAndTheCountyReferralFollowFromNoImprovementAtStagesThreeAndFour() {
        CaseAction stage1 = action("STAGE_1", ActionType.MEETING, "2026-09-14", OutcomeKind.DONE);
        CaseAction stage2 = action("STAGE_2", ActionType.MEETING, "2026-09-28", OutcomeKind.DONE);
        CaseAction stage3 = action("STAGE_3", ActionType.LETTER, "2026-10-12", OutcomeKind.DONE);
        // Judged from Mon 16 Nov (W5 + 4): 83 of 92 that day, 90.2%, better than 90.0% on Fri 9 Oct.
        CaseAssessment monday = assess(everyFridayMorning(), "2026-11-16", history(stage1, stage2, stage3));
        assertEquals(Arrays.asList("review STAGE_3"), dueStages(monday), "4 school weeks after Mon 12 Oct");
        assertEquals("improved since stage 3 on 12 Oct 2026: 90.0% then, 90.2% now",
                monday.stages().get(3).explanation());
        // Fri 20 Nov: 90 of 100, 90.0%: no improvement, from that Friday.
        CaseAssessment friday = assess(everyFridayMorning(), "2026-11-20", history(stage1, stage2, stage3));
        assertEquals("STAGE_4", friday.nextDue().stage().id());
        assertEquals(d("2026-11-20"), friday.nextDue().dueOn());
        assertEquals("No improvement 4 school weeks after stage 3 on 12 Oct 2026: 90.0% then, 90.0% now",
                friday.nextDue().reason());

        CaseAction contract = action("STAGE_4", ActionType.CONTRACT, "2026-11-23", OutcomeKind.AGREED);
        // 6 school weeks after W10: W16, Mon 18 Jan 2027 (Christmas not counted); 90.0% again on Fri 22 Jan.
        CaseAssessment january = assess(everyFridayMorning(), "2027-01-22",
                history(stage1, stage2, stage3, contract));
        assertEquals("STAGE_4", january.currentStage().id());
        NextDueAction county = january.due().get(0);
        assertEquals("COUNTY_REFERRAL", county.stage().id());
        assertEquals(d("2027-01-22"), county.dueOn());
        assertEquals("No improvement 6 school weeks after stage 4 on 23 Nov 2026: 90.0% then, 90.0% now",
                county.reason());
        assertEquals(ConditionKind.NO_IMPROVEMENT, county.trigger());
    }
}
