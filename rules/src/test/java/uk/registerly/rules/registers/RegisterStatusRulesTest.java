package uk.registerly.rules.registers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.registerly.rules.calendar.Session.AM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.AutumnTerm;
import uk.registerly.rules.Facts;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.policy.SchoolPresets;

/** AutumnTerm AM register closes at 09:15. */
class RegisterStatusRulesTest {
    static final String DAY = "2026-11-18";
    static final LocalDate DATE = LocalDate.parse(DAY);
    static final RegisterStatusRules RULES = new RegisterStatusRules(AutumnTerm.POLICY);
    static final List<Pupil> CLASS = Arrays.asList(new Pupil("a", "5", null), new Pupil("b", "5", null),
            new Pupil("c", "5", null, null, LocalDate.parse("2026-11-01")));

    static RegisterEntryFact mark(String pupil, String time) {
        return new RegisterEntryFact(pupil, true, Facts.at(DAY, time), false);
    }

    @Test
    void notStartedPartialAndTakenCountOnlyPupilsOnRoll() {
        RegisterStatus none = RULES.status("3A", CLASS, DATE, AM, new ArrayList<RegisterEntryFact>(),
                Facts.at(DAY, "08:55"));
        assertEquals(RegisterState.NOT_STARTED, none.state());
        assertEquals(2, none.pupils()); // c left the roll on 1 November
        assertEquals(0, none.marked());
        assertEquals(20L, none.minutesToClose());
        assertEquals(Facts.at(DAY, "09:15"), none.closesAt());
        RegisterStatus partial = RULES.status("3A", CLASS, DATE, AM, Arrays.asList(mark("a", "08:51")),
                Facts.at(DAY, "08:55"));
        assertEquals(RegisterState.PARTIAL, partial.state());
        assertNull(partial.takenAt());
        RegisterStatus taken = RULES.status("3A", CLASS, DATE, AM, Arrays.asList(mark("a", "08:51"),
                mark("b", "08:53"), mark("a", "09:00")), Facts.at(DAY, "09:20"));
        assertEquals(RegisterState.TAKEN, taken.state());
        assertEquals(Facts.at(DAY, "08:53"), taken.takenAt());
        assertEquals(0L, taken.minutesToClose());
    }

    @Test
    void anOfficeReasonRecordedInAdvanceDoesNotStartTheRegisterButCountsAsAnEntry() {
        RegisterEntryFact reason = new RegisterEntryFact("b", false, Facts.at(DAY, "08:00"), false);
        assertEquals(RegisterState.NOT_STARTED, RULES.status("3A", CLASS, DATE, AM, Arrays.asList(reason),
                Facts.at(DAY, "08:55")).state());
        RegisterStatus done = RULES.status("3A", CLASS, DATE, AM, Arrays.asList(reason,
                new RegisterEntryFact("a", true, Facts.at(DAY, "08:58"), true)), Facts.at(DAY, "09:00"));
        assertEquals(RegisterState.TAKEN, done.state());
        assertTrue(done.takenOnBehalf());
    }

    @Test
    void aRegisterNotTakenIsDueForAReminderFiveMinutesBeforeItCloses() {
        List<RegisterEntryFact> none = new ArrayList<>();
        assertFalse(RULES.status("3A", CLASS, DATE, AM, none, Facts.at(DAY, "09:09:59")).reminderDue());
        assertTrue(RULES.status("3A", CLASS, DATE, AM, none, Facts.at(DAY, "09:10")).reminderDue());
        assertTrue(RULES.status("3A", CLASS, DATE, AM, Arrays.asList(mark("a", "09:01")), Facts.at(DAY, "09:14:30"))
                .reminderDue());
        assertEquals(1L, RULES.status("3A", CLASS, DATE, AM, none, Facts.at(DAY, "09:14:30")).minutesToClose());
        assertFalse(RULES.status("3A", CLASS, DATE, AM, none, Facts.at(DAY, "09:15")).reminderDue());
        assertFalse(RULES.status("3A", CLASS, DATE, AM, Arrays.asList(mark("a", "09:01"), mark("b", "09:02")),
                Facts.at(DAY, "09:12")).reminderDue());
    }

    @Test
    void aClassSpanningStaggeredRegistersClosesWithItsEarliest() {
        RegisterStatusRules basildon = new RegisterStatusRules(SchoolPresets.basildonLower());
        RegisterStatus mixed = basildon.status("X", Arrays.asList(new Pupil("a", "9", null), new Pupil("b", "7", null)),
                DATE, AM, new ArrayList<RegisterEntryFact>(), Facts.at(DAY, "08:00"));
        assertEquals(Facts.at(DAY, "08:45"), mixed.closesAt());
    }
}
