package uk.registerly.app.data.reports;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.codes.CodeCategory;

/** The one mapping from a parent's reason category to the code the office confirms. */
public class ReasonCodesTest {

    @Test
    public void categoriesThatNameACodeSuggestIt() {
        assertEquals(AttendanceCode.I, ReasonCodes.suggestedFor(AbsenceCategory.ILLNESS));
        assertEquals(AttendanceCode.M, ReasonCodes.suggestedFor(AbsenceCategory.MEDICAL_APPOINTMENT));
        assertEquals(AttendanceCode.R, ReasonCodes.suggestedFor(AbsenceCategory.RELIGIOUS_OBSERVANCE));
    }

    @Test
    public void categoriesThatNeedTheOfficesJudgementSuggestNothing() {
        assertNull(ReasonCodes.suggestedFor(AbsenceCategory.FAMILY_EMERGENCY));
        assertNull(ReasonCodes.suggestedFor(AbsenceCategory.TRANSPORT));
        assertNull(ReasonCodes.suggestedFor(AbsenceCategory.OTHER));
    }

    @Test
    public void theSuggestionLeadsTheChoicesAndEveryChoiceExplainsAnAbsence() {
        for (AbsenceCategory category : AbsenceCategory.values()) {
            AttendanceCode suggested = ReasonCodes.suggestedFor(category);
            if (suggested != null) {
                assertEquals(category.name(), suggested, ReasonCodes.choicesFor(category).get(0));
            }
            for (AttendanceCode code : ReasonCodes.choicesFor(category)) {
                assertTrue(category + " offers " + code, isAbsenceReason(code));
            }
        }
        for (AttendanceCode code : ReasonCodes.phoneReasons()) {
            assertTrue(code.name(), isAbsenceReason(code));
        }
    }

    /** Never a present mark, N (not a reason) or an administrative code. */
    private static boolean isAbsenceReason(AttendanceCode code) {
        return !code.isPresentMark() && code != AttendanceCode.N && code != AttendanceCode.U
                && code.category() != CodeCategory.ADMINISTRATIVE
                && code.category() != CodeCategory.APPROVED_EDUCATIONAL_ACTIVITY;
    }
}
