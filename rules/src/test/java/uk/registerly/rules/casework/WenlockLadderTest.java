package uk.registerly.rules.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.policy.SchoolPresets;

/** Wenlock's ladder from its policy: "contact below 97%; letter below 95%". */
class WenlockLadderTest {
    private static final SchoolPolicy WENLOCK = SchoolPresets.wenlock();
    private static final CaseworkRules RULES = new CaseworkRules(WENLOCK);

    private static CaseAssessment assess(Script script, String asOf, List<CaseAction> history) {
        return RULES.assess(script.evaluate(WENLOCK, asOf), history);
    }

    @Test
    void at97PercentNothingIsDue() {
        // One morning off in the first four weeks.
        CaseAssessment a = assess(script().mornings("O", "2026-09-18"), "2026-10-02", none());
        assertNull(a.nextDue(), "39 of 40 is 97.5%");
    }

    @Test
    void contactIsDueBelow97Percent() {
        CaseAssessment a = assess(script().mornings("O", "2026-09-18"), "2026-09-18", none());
        assertEquals(Arrays.asList("CONTACT"), dueStages(a));
        assertEquals("Attendance 95.0% this school year (19 of 20 sessions), below 97% since 18 Sep 2026",
                a.nextDue().reason());
        assertEquals(ActionType.CALL, a.nextDue().actions().get(0).type());
    }

    @Test
    void theLetterIsDueBelow95PercentBeforeTheContactsReviewDate() {
        CaseAction contact = action("CONTACT", ActionType.CALL, "2026-09-21", OutcomeKind.DONE);
        Script script = script().mornings("O", "2026-09-18");
        CaseAssessment waiting = assess(script, "2026-09-21", history(contact));
        assertFalse(waiting.isDueNow());
        assertEquals(d("2026-10-19"), waiting.nextDue().dueOn(), "4 school weeks after W2: W6");

        CaseAssessment a = assess(script.mornings("O", "2026-09-22"), "2026-09-22", history(contact));
        assertEquals(Arrays.asList("LETTER"), dueStages(a), "22 of 24, 91.7%: a higher stage does not wait");
        assertEquals(d("2026-09-22"), a.nextDue().dueOn());
        assertEquals("wenlock-below-95", a.nextDue().actions().get(0).template());
    }

    @Test
    void belowNinetyFivePercentWithNoCaseTheLetterIsDueNotTheContact() {
        CaseAssessment a = assess(script().days("O", "2026-09-07"), "2026-09-18", none());
        assertEquals(Arrays.asList("LETTER"), dueStages(a), "18 of 20");
        assertEquals(d("2026-09-07"), a.nextDue().dueOn(), "below 95% every day since the first");
    }
}
