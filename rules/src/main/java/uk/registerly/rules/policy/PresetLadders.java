package uk.registerly.rules.policy;

import static uk.registerly.rules.ladder.EntryCondition.absenceAtLeast;
import static uk.registerly.rules.ladder.EntryCondition.anyOf;
import static uk.registerly.rules.ladder.EntryCondition.attendanceBelow;
import static uk.registerly.rules.ladder.EntryCondition.decreasedFurther;
import static uk.registerly.rules.ladder.EntryCondition.noImprovementAfter;
import static uk.registerly.rules.ladder.EntryCondition.penaltyThreshold;
import static uk.registerly.rules.ladder.EntryCondition.uMarksInTerm;
import static uk.registerly.rules.ladder.EntryCondition.unexplainedAbsence;
import static uk.registerly.rules.ladder.EntryCondition.warningBroken;
import static uk.registerly.rules.ladder.ReviewPeriod.schoolDays;
import static uk.registerly.rules.ladder.ReviewPeriod.schoolWeeks;

import uk.registerly.rules.ladder.ActionType;
import uk.registerly.rules.ladder.AttendanceLadder;
import uk.registerly.rules.ladder.LadderStage;
import uk.registerly.rules.ladder.StageAction;

/**
 * The four seed schools' full ladders, from their policies as quoted in issue 16 and the domain reference
 * (attendance-rules.md section 8). Every stage names its source; every value the policy leaves open (a number
 * of school weeks, a review period, a condition a policy names no trigger for) is listed in the stage's
 * {@code assumed} and in rules/README.md, to be confirmed by the school, which can edit its own ladder.
 * Stage ids are stable: the ones that were rate bands before (STAGE_1, COUNTY_REFERRAL, LETTER, REFERRAL,
 * CONTACT) keep those names, so {@code ladderBand().action()} is unchanged for them.
 */
final class PresetLadders {
    static final String ISSUE = "issue 16";
    static final String DOMAIN = "domain reference, attendance-rules.md section 8";

    private PresetLadders() {
    }

    /** Millbrook Primary: five stages, the County referral below 90% at any time. */
    static AttendanceLadder millbrook() {
        String policy = "Millbrook attendance policy (" + ISSUE + "; " + DOMAIN + "): ";
        return AttendanceLadder.of(1,
                LadderStage.builder("STAGE_1", "Stage 1: the class teacher's informal chat with the parent; weekly "
                        + "monitoring")
                        .entry(attendanceBelow("92"))
                        .action(StageAction.of(ActionType.MEETING, "Informal chat between the class teacher and the "
                                + "parent"))
                        .action(StageAction.custom("Weekly monitoring", "The class teacher checks the child's "
                                + "attendance every week"))
                        .review(schoolWeeks(1))
                        .source(policy + "\"stage 1 below 92% (the class teacher's informal chat, weekly "
                                + "monitoring)\"")
                        .build(),
                LadderStage.builder("STAGE_2", "Stage 2: the attendance team offers support")
                        .entry(decreasedFurther(1))
                        .action(StageAction.of(ActionType.MEETING, "The attendance team meets the parent to offer "
                                + "support"))
                        .review(schoolWeeks(2))
                        .source(policy + "\"stage 2 'if attendance decreased further' (the attendance team offers "
                                + "support)\"")
                        .assumed("entry.schoolWeeks", "review")
                        .build(),
                LadderStage.builder("STAGE_3", "Stage 3: formal letter with the attendance policy and the child's "
                        + "attendance certificate")
                        .entry(noImprovementAfter(4))
                        .action(StageAction.letter("millbrook-stage-3", "Formal letter with the attendance policy and "
                                + "the child's attendance certificate"))
                        .review(schoolWeeks(4))
                        .source(policy + "\"stage 3 'if there is no improvement' (a formal letter with the attendance "
                                + "policy and the child's attendance certificate)\"")
                        .assumed("entry.schoolWeeks", "review")
                        .build(),
                LadderStage.builder("STAGE_4", "Stage 4: parenting contract")
                        .entry(noImprovementAfter(4))
                        .action(StageAction.of(ActionType.CONTRACT, "Parenting contract agreed with the parents"))
                        .review(schoolWeeks(6))
                        .source(policy + "\"stage 4 a parenting contract\"")
                        .assumed("entry", "review")
                        .build(),
                LadderStage.builder("COUNTY_REFERRAL", "Stage 5: referral to the County attendance service")
                        .entry(anyOf(attendanceBelow("90"), noImprovementAfter(6)))
                        .action(StageAction.of(ActionType.REFERRAL, "Referral to the County attendance service"))
                        .review(schoolWeeks(6))
                        .source(policy + "\"stage 5 referral to the County\"; \"County referral below 90%\"")
                        .assumed("entry.conditions[1]", "review")
                        .build(),
                nationalPenaltyConsideration());
    }

    /** Basildon Lower Academy: letters, planned or unplanned home visits, attendance panels, attendance contracts. */
    static AttendanceLadder basildonLower() {
        String policy = "Basildon Lower attendance policy (" + ISSUE + "; " + DOMAIN + "): ";
        return AttendanceLadder.of(1,
                LadderStage.builder("LETTER", "Letter to parents; medical evidence needed for further illness absence")
                        .entry(attendanceBelow("95"))
                        .action(StageAction.letter("basildon-below-95", "Letter to parents: attendance below 95%; "
                                + "medical evidence needed for further illness absence"))
                        .review(schoolWeeks(4))
                        .source(policy + "\"letter below 95%; medical evidence after 3rd consecutive day or when below "
                                + "95%\"")
                        .assumed("review")
                        .build(),
                LadderStage.builder("PLANNED_HOME_VISIT", "Planned home visit")
                        .entry(noImprovementAfter(4))
                        .action(StageAction.of(ActionType.HOME_VISIT, "Planned home visit by the attendance officer"))
                        .review(schoolWeeks(3))
                        .source(policy + "\"planned or unplanned home visits\"")
                        .assumed("entry", "review")
                        .build(),
                LadderStage.builder("ATTENDANCE_PANEL", "Attendance panel")
                        .entry(anyOf(absenceAtLeast("10"), noImprovementAfter(3)))
                        .action(StageAction.of(ActionType.MEETING, "Attendance panel meeting with the parents"))
                        .review(schoolWeeks(4))
                        .source(policy + "\"attendance panels\"; \"PA at 10%\"")
                        .assumed("entry", "review")
                        .build(),
                LadderStage.builder("ATTENDANCE_CONTRACT", "Attendance contract")
                        .entry(noImprovementAfter(4))
                        .action(StageAction.of(ActionType.CONTRACT, "Attendance contract agreed with the parents"))
                        .review(schoolWeeks(6))
                        .source(policy + "\"attendance contracts\"")
                        .assumed("entry", "review")
                        .build(),
                LadderStage.builder("UNPLANNED_HOME_VISIT", "Unplanned home visit: third day of unexplained absence")
                        .alongside()
                        .entry(unexplainedAbsence(3))
                        .action(StageAction.of(ActionType.HOME_VISIT, "Unplanned home visit to see the child"))
                        .source(policy + "\"planned or unplanned home visits\"; the third day: issue 16's \"day-3 home "
                                + "visit for an unexplained absence\", as Basildon asks for evidence from the 3rd "
                                + "consecutive day")
                        .assumed("entry.schoolDays")
                        .build(),
                nationalPenaltyConsideration());
    }

    /** Lady Boswell's CE Primary: letters, Family Support Worker, the Penalty Notice Warning Letter, referral. */
    static AttendanceLadder ladyBoswells() {
        String policy = "Lady Boswell's attendance policy (" + ISSUE + "; " + DOMAIN + "): ";
        return AttendanceLadder.of(1,
                LadderStage.builder("LETTER", "Letter to parents: information-sharing letter (attendance 90-95%)")
                        .entry(attendanceBelow("95"))
                        .action(StageAction.letter("lady-boswells-information", "Information-sharing letter: the "
                                + "child's attendance to date"))
                        .review(schoolWeeks(4))
                        .source(policy + "\"95-100% monitor; 90-95% letter\"; \"a letter at 90-95%, an "
                                + "information-sharing letter\"")
                        .assumed("review")
                        .build(),
                LadderStage.builder("CONCERN_LETTER", "Letter of concern")
                        .entry(noImprovementAfter(4))
                        .action(StageAction.letter("lady-boswells-concern", "Letter of concern about the child's "
                                + "attendance"))
                        .review(schoolWeeks(4))
                        .source(policy + "\"and a concern letter\"")
                        .assumed("entry", "review")
                        .build(),
                LadderStage.builder("FAMILY_SUPPORT_MEETING", "Meeting with the Family Support Worker")
                        .entry(noImprovementAfter(4))
                        .action(StageAction.of(ActionType.MEETING, "Meeting with the parents and the Family Support "
                                + "Worker"))
                        .review(schoolWeeks(4))
                        .source(policy + "\"meetings with the Family Support Worker\"")
                        .assumed("entry", "review")
                        .build(),
                LadderStage.builder("PENALTY_WARNING", "Penalty Notice Warning Letter: 15 school days with no "
                        + "unauthorised absence")
                        .entry(anyOf(uMarksInTerm(10), noImprovementAfter(4)))
                        .action(StageAction.letter("lady-boswells-penalty-warning", "Penalty Notice Warning Letter: "
                                + "sets out 15 school days during which no unauthorised absence is to be recorded"))
                        .warningSchoolDays(15)
                        .review(schoolDays(15))
                        .source(policy + "\"a Penalty Notice Warning Letter that 'sets out 15 school days during "
                                + "which no unauthorised absence is to be recorded'\"; \"10 U-marks in a term -> "
                                + "warning letter with a 15-school-day period\"")
                        .assumed("entry.conditions[1]", "review")
                        .build(),
                LadderStage.builder("REFERRAL", "Referral; penalty notice considered")
                        .entry(anyOf(attendanceBelow("90"), warningBroken()))
                        .action(StageAction.of(ActionType.REFERRAL, "Referral to the local authority's attendance "
                                + "service"))
                        .action(StageAction.of(ActionType.PENALTY_NOTICE_REQUEST, "Penalty notice considered (the "
                                + "headteacher decides; the local authority issues)"))
                        .review(schoolWeeks(6))
                        .source(policy + "\"below 90% referral/penalty consideration\"; \"referral after 10 "
                                + "late-after-close marks in a term\": the marks bring the warning letter, and the "
                                + "referral follows when its 15 school days are broken")
                        .assumed("review")
                        .build(),
                nationalPenaltyConsideration());
    }

    /** Wenlock CE Academy: contact below 97%, a letter below 95%. */
    static AttendanceLadder wenlock() {
        String policy = "Wenlock attendance policy (" + ISSUE + "; " + DOMAIN + "): ";
        return AttendanceLadder.of(1,
                LadderStage.builder("CONTACT", "Contact with parents")
                        .entry(attendanceBelow("97"))
                        .action(StageAction.of(ActionType.CALL, "Contact with the parents about the child's "
                                + "attendance"))
                        .review(schoolWeeks(4))
                        .source(policy + "\"contact below 97%\"")
                        .assumed("review")
                        .build(),
                LadderStage.builder("LETTER", "Letter to parents")
                        .entry(attendanceBelow("95"))
                        .action(StageAction.letter("wenlock-below-95", "Letter to parents: attendance below 95%"))
                        .review(schoolWeeks(4))
                        .source(policy + "\"a letter below 95%\"")
                        .assumed("review")
                        .build(),
                nationalPenaltyConsideration());
    }

    /**
     * The national framework, beside every ladder: at 10 sessions of G, N, O or U in 10 school weeks the school
     * must consider a penalty notice; a notice to improve comes first; nothing is issued automatically.
     */
    static LadderStage nationalPenaltyConsideration() {
        return LadderStage.builder("PENALTY_NOTICE", "Consider a penalty notice (national threshold)")
                .alongside()
                .entry(penaltyThreshold())
                .action(StageAction.of(ActionType.NOTICE_TO_IMPROVE, "Notice to improve: a final chance to engage "
                        + "with support, an improvement period of 3 to 6 weeks"))
                .action(StageAction.of(ActionType.PENALTY_NOTICE_REQUEST, "Penalty notice request to the local "
                        + "authority (the headteacher decides)"))
                .source("National framework from 19 Aug 2024 (statutory-data.md section 6): \"Considered at 10 "
                        + "sessions of unauthorised absence (codes G, N, O, U) within any rolling 10 school weeks\"; "
                        + "\"A 'notice to improve' is the final chance before a notice\"; \"the headteacher decides "
                        + "each case\"")
                .build();
    }
}
