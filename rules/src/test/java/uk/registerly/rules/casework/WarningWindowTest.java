package uk.registerly.rules.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.registerly.rules.casework.CaseworkYear.d;
import static uk.registerly.rules.casework.CaseworkYear.script;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.casework.CaseworkYear.Script;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.policy.SchoolPresets;

/**
 * Lady Boswell's Penalty Notice Warning Letter "sets out 15 school days during which no unauthorised absence is
 * to be recorded": tracked from the letter's date, broken by a U, N, G or O in it, completed when it passes clean.
 * The letter here is dated Mon 23 Nov 2026: the period is Tue 24 Nov to Mon 14 Dec.
 */
class WarningWindowTest {
    private static final String LETTER = "2026-11-23";

    private static WarningWindow track(Script script, String asOf) {
        PupilEvaluation p = script.evaluate(SchoolPresets.ladyBoswells(), asOf);
        return WarningWindow.track(d(LETTER), 15, p.calendar(), p.marks(), d(asOf));
    }

    @Test
    void itRunsFromTheSchoolDayAfterTheLetter() {
        WarningWindow w = track(script(), LETTER);
        assertEquals(WarningWindow.State.RUNNING, w.state());
        assertEquals(d("2026-11-24"), w.firstDay());
        assertEquals(d("2026-12-14"), w.lastDay());
        assertEquals(0, w.schoolDaysPassed());
        assertEquals(15, w.schoolDaysLeft());
    }

    @Test
    void itIsKeptWhenFifteenSchoolDaysPassWithNoUnauthorisedAbsence() {
        Script script = script().days("I", "2026-12-01").mornings("M", "2026-12-08");
        assertEquals(WarningWindow.State.RUNNING, track(script, "2026-12-11").state());
        WarningWindow w = track(script, "2026-12-14");
        assertEquals(WarningWindow.State.COMPLETED, w.state(), "illness and an appointment are authorised");
        assertEquals(15, w.schoolDaysPassed());
        assertEquals(0, w.schoolDaysLeft());
        assertEquals("the 15-school-day warning period (24 Nov 2026 to 14 Dec 2026) set out on 23 Nov 2026 passed "
                + "with no unauthorised absence", w.describe());
    }

    @ParameterizedTest(name = "{0} breaks it")
    @ValueSource(strings = {"U", "N", "G", "O"})
    void anyUnauthorisedMarkBreaksItOnItsDate(String code) {
        WarningWindow w = track(script().session("2026-12-03", Session.PM, code).session("2026-12-09", Session.AM, "O"),
                "2026-12-14");
        assertEquals(WarningWindow.State.BROKEN, w.state());
        assertEquals(d("2026-12-03"), w.brokenOn(), "the first one");
        assertEquals(Session.PM, w.brokenSession());
        assertEquals(AttendanceCode.parse(code), w.brokenBy());
        assertEquals(8, w.schoolDaysPassed());
        assertEquals(code + " on 3 Dec 2026 (PM) broke the 15-school-day warning period (24 Nov 2026 to 14 Dec 2026) "
                + "set out on 23 Nov 2026", w.describe());
    }

    @Test
    void aUAtTheGateBreaksIt() {
        WarningWindow w = track(script().lateAtTheGate("2026-11-30", "09:16"), "2026-12-01");
        assertEquals(AttendanceCode.U, w.brokenBy());
        assertEquals(d("2026-11-30"), w.brokenOn());
    }

    @Test
    void anNLaterReplacedByAReasonNoLongerBreaksIt() {
        Script script = script().days("N", "2026-12-03");
        assertTrue(track(script, "2026-12-03").isBroken(), "N counts while it stands");
        script.reason("2026-12-03", Session.AM, "I").reason("2026-12-03", Session.PM, "I");
        assertEquals(WarningWindow.State.RUNNING, track(script, "2026-12-04").state());
    }

    @Test
    void unmarkedSessionsKeepItFromCompleting() {
        WarningWindow w = track(script().unmarked("2026-12-10", Session.PM), "2026-12-14");
        assertEquals(WarningWindow.State.AWAITING_MARKS, w.state());
        assertEquals(Arrays.asList(SchoolSession.of(d("2026-12-10"), Session.PM)), w.unmarked());
    }

    @Test
    void whenTheCalendarEndsFirstItHasNoLastDayYet() {
        PupilEvaluation p = script().evaluate(SchoolPresets.ladyBoswells(), "2027-03-26");
        WarningWindow w = WarningWindow.track(d("2027-03-22"), 15, p.calendar(), p.marks(), d("2027-03-26"));
        assertNull(w.lastDay());
        assertEquals(WarningWindow.State.RUNNING, w.state());
        assertEquals(4, w.schoolDaysPassed());
    }
}
