package uk.registerly.rules.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.document.InvalidDocumentException;
import uk.registerly.rules.ladder.ActionType;
import uk.registerly.rules.ladder.StageAction;

/**
 * The national framework (statutory-data.md section 6): "First notice: £80 if paid within 21 days, £160 within 28.
 * A second notice to the same parent for the same child within 3 years: £160 flat. At most two per parent per child
 * in a rolling 3 years; then other tools (prosecution, parenting order). The 3 years start at the first notice
 * issued on or after 19 Aug 2024. A 'notice to improve' is the final chance before a notice."
 */
class PenaltyNoticesTest {
    private static final String CHILD = "p1";
    private static final String MUM = "parent-1";
    private static final String DAD = "parent-2";
    private static int next;

    private static CaseAction issued(ActionType type, String parent, String date) {
        return issued(CHILD, type, parent, date);
    }

    private static CaseAction issued(String child, ActionType type, String parent, String date) {
        return CaseAction.builder("n" + (++next), child).stage("PENALTY_NOTICE").action(StageAction.of(type, null))
                .by(StaffMember.of("P Shah", "Headteacher")).at(LocalDateTime.parse(date + "T12:00"))
                .outcome(OutcomeKind.ISSUED).parent(parent).build();
    }

    private static CaseAction notice(String parent, String date) {
        return issued(ActionType.PENALTY_NOTICE_REQUEST, parent, date);
    }

    private static CaseAction noticeToImprove(String parent, String date) {
        return issued(ActionType.NOTICE_TO_IMPROVE, parent, date);
    }

    private static PenaltyNoticeOptions options(String parent, String asOf, CaseAction... history) {
        return PenaltyNotices.options(CHILD, parent, Arrays.asList(history), LocalDate.parse(asOf));
    }

    @Test
    void aNoticeToImproveComesFirst() {
        PenaltyNoticeOptions o = options(MUM, "2026-10-01");
        assertEquals(PenaltyNoticeOptions.Step.NOTICE_TO_IMPROVE, o.step());
        assertTrue(o.isPenaltyNoticeAllowed());
        assertEquals(PenaltyNotices.FIRST_NOTICE, o.amounts(), "what the first notice after it would be");
        assertNull(o.periodStart());
        assertTrue(o.explanation().contains("a notice to improve usually comes first"), o.explanation());
        assertTrue(o.explanation().endsWith("The headteacher decides each case; the local authority issues notices."));
    }

    @Test
    void afterANoticeToImproveTheFirstNoticeIs80PoundsWithin21DaysOr160Within28() {
        PenaltyNoticeOptions o = options(MUM, "2026-10-20", noticeToImprove(MUM, "2026-09-28"));
        assertEquals(PenaltyNoticeOptions.Step.FIRST_PENALTY_NOTICE, o.step());
        assertEquals("[\u00a380 if paid within 21 days, \u00a3160 if paid within 28 days]", o.amounts().toString());
        assertEquals(1, o.notices().size());
    }

    @Test
    void aSecondNoticeWithinThreeYearsIs160PoundsFlat() {
        PenaltyNoticeOptions o = options(MUM, "2027-03-01", noticeToImprove(MUM, "2026-09-28"),
                notice(MUM, "2026-11-02"));
        assertEquals(PenaltyNoticeOptions.Step.SECOND_PENALTY_NOTICE, o.step());
        assertEquals(PenaltyNotices.SECOND_NOTICE, o.amounts());
        assertEquals(160, o.amounts().get(0).pounds());
        assertEquals(LocalDate.parse("2026-11-02"), o.periodStart());
        assertEquals(LocalDate.parse("2029-11-02"), o.periodEnd());
        assertEquals(1, o.penaltyNoticesInPeriod().size());
    }

    @Test
    void thereIsNoThirdNoticeWithinThreeYearsOfTheFirst() {
        CaseAction[] history = {noticeToImprove(MUM, "2026-09-28"), notice(MUM, "2026-11-02"),
            notice(MUM, "2027-05-10")};
        PenaltyNoticeOptions o = options(MUM, "2029-11-01", history);
        assertEquals(PenaltyNoticeOptions.Step.OTHER_ACTION, o.step());
        assertFalse(o.isPenaltyNoticeAllowed());
        assertTrue(o.amounts().isEmpty());
        assertEquals(LocalDate.parse("2029-11-02"), o.noFurtherNoticeUntil());
        assertEquals("2 penalty notices to this parent for this child in the 3 years from 2 Nov 2026 (2 Nov 2026, 10 "
                + "May 2027): no further notice before 2 Nov 2029; other action instead, such as prosecution or a "
                + "parenting order (the local authority decides). The headteacher decides each case; the local "
                + "authority issues notices.", o.explanation());

        PenaltyNoticeOptions after = options(MUM, "2029-11-02", history);
        assertEquals(PenaltyNoticeOptions.Step.NOTICE_TO_IMPROVE, after.step(),
                "the 3 years are over; the notice to improve of 2026 is more than 3 years old");
        assertTrue(after.explanation().contains("(the 3 years from 2 Nov 2026 ended on 1 Nov 2029)"),
                after.explanation());
    }

    @Test
    void aNoticeAfterTheThreeYearsStartsTheNextThree() {
        PenaltyNoticeOptions o = options(MUM, "2030-01-10", notice(MUM, "2026-11-02"), notice(MUM, "2027-05-10"),
                notice(MUM, "2029-12-01"));
        assertEquals(PenaltyNoticeOptions.Step.SECOND_PENALTY_NOTICE, o.step());
        assertEquals(LocalDate.parse("2029-12-01"), o.periodStart());
    }

    @Test
    void theThreeYearsStartAtTheFirstNoticeOnOrAfter19August2024() {
        CaseAction oldRules = notice(MUM, "2024-08-18");
        CaseAction first = notice(MUM, "2024-08-19");
        PenaltyNoticeOptions o = options(MUM, "2025-01-10", oldRules, first);
        assertEquals(PenaltyNoticeOptions.Step.SECOND_PENALTY_NOTICE, o.step(), "the notice of 18 Aug 2024 is not counted");
        assertEquals(LocalDate.parse("2024-08-19"), o.periodStart());
        assertFalse(o.notices().get(0).isUnderFramework());
        assertTrue(o.notices().get(1).isUnderFramework());

        PenaltyNoticeOptions onlyOld = options(MUM, "2025-01-10", notice(MUM, "2024-03-01"), notice(MUM, "2024-06-01"),
                noticeToImprove(MUM, "2024-12-01"));
        assertEquals(PenaltyNoticeOptions.Step.FIRST_PENALTY_NOTICE, onlyOld.step());
        assertTrue(onlyOld.explanation().contains("(issued before 19 Aug 2024, so not counted: 1 Mar 2024, 1 Jun 2024)"),
                onlyOld.explanation());
    }

    @Test
    void theLimitIsPerParentAndPerChild() {
        CaseAction[] history = {notice(MUM, "2026-11-02"), notice(MUM, "2027-05-10")};
        assertEquals(PenaltyNoticeOptions.Step.OTHER_ACTION, options(MUM, "2027-06-01", history).step());
        assertEquals(PenaltyNoticeOptions.Step.NOTICE_TO_IMPROVE, options(DAD, "2027-06-01", history).step());
        List<CaseAction> sibling = new ArrayList<>(Arrays.asList(history));
        sibling.add(issued("p2", ActionType.PENALTY_NOTICE_REQUEST, MUM, "2027-01-05"));
        PenaltyNoticeOptions forSibling = PenaltyNotices.options("p2", MUM, sibling, LocalDate.parse("2027-06-01"));
        assertEquals(PenaltyNoticeOptions.Step.SECOND_PENALTY_NOTICE, forSibling.step(),
                "the same parent, another child: that child's own count");
    }

    @Test
    void aWithdrawnNoticeDoesNotCount() {
        CaseAction first = notice(MUM, "2026-11-02");
        CaseAction second = notice(MUM, "2027-05-10");
        CaseAction withdrawal = CaseAction.builder("w1", CHILD).stage("PENALTY_NOTICE")
                .action(StageAction.of(ActionType.PENALTY_NOTICE_REQUEST, null))
                .by(StaffMember.of("P Shah", "Headteacher")).at(LocalDateTime.parse("2027-05-20T09:00"))
                .outcome(OutcomeKind.WITHDRAWN).refersTo(second.id()).notes("withdrawn by the local authority").build();
        assertEquals(PenaltyNoticeOptions.Step.SECOND_PENALTY_NOTICE,
                options(MUM, "2027-06-01", first, second, withdrawal).step());
        assertEquals(PenaltyNoticeOptions.Step.OTHER_ACTION, options(MUM, "2027-05-19", first, second, withdrawal).step(),
                "before the withdrawal was recorded");
    }

    @Test
    void anIssuedNoticeNamesItsParent() {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> CaseAction.builder("x", CHILD)
                .stage("PENALTY_NOTICE").action(StageAction.of(ActionType.PENALTY_NOTICE_REQUEST, null))
                .by(StaffMember.of("P Shah", "Headteacher")).at(LocalDateTime.parse("2027-05-20T09:00"))
                .outcome(OutcomeKind.ISSUED).build());
        assertTrue(e.getMessage().startsWith("parent: is required: a notice is issued to a parent"), e.getMessage());
    }

    @Test
    void theCaseAssessmentSaysWhatTheFrameworkAllowsForEachParent() {
        CaseAction first = notice(MUM, "2026-11-02");
        CaseAssessment a = new CaseworkRules(uk.registerly.rules.policy.SchoolPresets.wenlock()).assess(
                CaseworkYear.script().evaluate(uk.registerly.rules.policy.SchoolPresets.wenlock(), "2026-11-20"),
                Arrays.asList(first));
        assertEquals(Arrays.asList(MUM), a.parentsWithNotices());
        assertEquals(PenaltyNoticeOptions.Step.SECOND_PENALTY_NOTICE, a.penaltyNoticeOptions(MUM).step());
        assertEquals(PenaltyNoticeOptions.Step.NOTICE_TO_IMPROVE, a.penaltyNoticeOptions(DAD).step());
    }
}
