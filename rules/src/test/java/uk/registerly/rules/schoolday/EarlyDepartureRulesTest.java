package uk.registerly.rules.schoolday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.registerly.rules.calendar.Session.AM;
import static uk.registerly.rules.calendar.Session.PM;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.AutumnTerm;
import uk.registerly.rules.Facts;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.policy.SchoolPresets;

/** AutumnTerm registers: AM opens 08:40, closes 09:15, ends 12:30; PM opens 13:30, closes 13:45, ends 15:30. */
class EarlyDepartureRulesTest {
    static final String DAY = "2026-11-18";
    static final LocalDate DATE = LocalDate.parse(DAY);
    static final Pupil PUPIL = AutumnTerm.PUPIL;
    static final EarlyDepartureRules RULES = new EarlyDepartureRules(AutumnTerm.POLICY, AutumnTerm.calendar().build(),
            SchoolDayPolicy.standard());
    static final LocalDateTime NOW = Facts.at(DAY, "15:00");

    static EarlyDeparture departure(String time, DepartureReason reason, boolean approved) {
        return new EarlyDeparture(Facts.newId(), PUPIL.id(), Facts.at(DAY, time), reason, Collector.guardian("g1"),
                null, approved, approved ? "A Clerk, Office Manager" : null);
    }

    static PupilReturn back(String time) {
        return new PupilReturn(Facts.newId(), PUPIL.id(), Facts.at(DAY, time));
    }

    @Test
    void theAfternoonRegisterIsProposedTheCodeOfTheReasonThePupilLeftFor() {
        assertProposal(DepartureReason.MEDICAL_APPOINTMENT, true, AttendanceCode.M);
        assertProposal(DepartureReason.ILL_SENT_HOME, true, AttendanceCode.I);
        assertProposal(DepartureReason.APPROVED_LEAVE, true, AttendanceCode.C);
        assertProposal(DepartureReason.APPROVED_LEAVE, false, AttendanceCode.N);
        assertProposal(DepartureReason.FAMILY_EMERGENCY, false, AttendanceCode.N);
        assertProposal(DepartureReason.OTHER, true, AttendanceCode.N);
    }

    private static void assertProposal(DepartureReason reason, boolean approved, AttendanceCode expected) {
        EarlyDeparture d = departure("12:30", reason, approved);
        RegisterProposal p = RULES.proposal(PUPIL, DATE, PM, Arrays.asList(d), Collections.<PupilReturn>emptyList());
        assertEquals(expected, p.code(), reason + " approved=" + approved);
        assertEquals("left 12:30 \u2014 " + reason.label(), p.line());
        assertSame(d, p.departure());
    }

    @Test
    void theMarkOfTheSessionThePupilLeftInStandsAcrossTheAmPmBoundary() {
        // left at 11:00 in the morning: the AM mark (taken at 08:45) stands, the PM register gets the proposal
        EarlyDeparture morning = departure("11:00", DepartureReason.MEDICAL_APPOINTMENT, true);
        List<EarlyDeparture> ds = Arrays.asList(morning);
        assertNull(RULES.proposal(PUPIL, DATE, AM, ds, Collections.<PupilReturn>emptyList()));
        assertEquals(AttendanceCode.M, RULES.proposal(PUPIL, DATE, PM, ds, Collections.<PupilReturn>emptyList()).code());
        // left at 13:35, after the PM register opened: that mark stands too, nothing is proposed for either session
        EarlyDeparture afternoon = departure("13:35", DepartureReason.ILL_SENT_HOME, true);
        assertNull(RULES.proposal(PUPIL, DATE, PM, Arrays.asList(afternoon), Collections.<PupilReturn>emptyList()));
        assertNull(RULES.proposal(PUPIL, DATE, AM, Arrays.asList(afternoon), Collections.<PupilReturn>emptyList()));
    }

    @Test
    void aPupilBackBeforeTheRegisterClosesIsProposedNothing() {
        EarlyDeparture d = departure("10:30", DepartureReason.MEDICAL_APPOINTMENT, true);
        assertNull(RULES.proposal(PUPIL, DATE, PM, Arrays.asList(d), Arrays.asList(back("13:40"))));
        // back after the close: still proposed (the teacher marked the register without them)
        assertEquals(AttendanceCode.M, RULES.proposal(PUPIL, DATE, PM, Arrays.asList(d), Arrays.asList(back("14:10")))
                .code());
        // back, then out again before the PM register: the second departure is proposed
        EarlyDeparture again = departure("12:45", DepartureReason.ILL_SENT_HOME, true);
        assertEquals(AttendanceCode.I, RULES.proposal(PUPIL, DATE, PM, Arrays.asList(d, again),
                Arrays.asList(back("11:30"))).code());
    }

    @Test
    void signedOutUntilReturnedAndTheEarliestOfTwoDevicesDeparturesCounts() {
        EarlyDeparture office = departure("12:30", DepartureReason.MEDICAL_APPOINTMENT, true);
        EarlyDeparture gate = departure("12:32", DepartureReason.MEDICAL_APPOINTMENT, true);
        List<EarlyDeparture> both = Arrays.asList(gate, office);
        assertNull(EarlyDepartureRules.signedOutAt(PUPIL.id(), Facts.at(DAY, "12:00"), both,
                Collections.<PupilReturn>emptyList()));
        assertSame(office, EarlyDepartureRules.signedOutAt(PUPIL.id(), Facts.at(DAY, "13:00"), both,
                Collections.<PupilReturn>emptyList()));
        assertNull(EarlyDepartureRules.signedOutAt(PUPIL.id(), Facts.at(DAY, "14:30"), both,
                Arrays.asList(back("14:00"))));
    }

    @Test
    void ladyBoswellsAllowsEarlyCollectionOnlyForApprovedAbsences() {
        EarlyDepartureRules lady = new EarlyDepartureRules(SchoolPresets.ladyBoswells(), AutumnTerm.calendar().build(),
                SchoolDayPolicy.forPreset("lady-boswells"));
        DepartureAssessment other = lady.assess(departure("11:00", DepartureReason.OTHER, true));
        assertTrue(other.flagged());
        assertTrue(other.why().contains("no approved absence"), other.why());
        assertEquals(SchoolDayPolicy.LADY_BOSWELLS_COLLECTION, other.policy());
        assertFalse(lady.assess(departure("11:00", DepartureReason.MEDICAL_APPOINTMENT, true)).flagged());
        assertTrue(lady.assess(departure("11:00", DepartureReason.MEDICAL_APPOINTMENT, false)).flagged());
        // elsewhere an approved departure for another reason complies; an unapproved one is flagged everywhere
        assertFalse(RULES.assess(departure("11:00", DepartureReason.OTHER, true)).flagged());
        assertTrue(RULES.assess(departure("11:00", DepartureReason.OTHER, false)).flagged());
    }

    @Test
    void aDepartureIsRefusedWithAStableCodeNamingTheField() {
        List<String> guardians = Arrays.asList("g1");
        assertNull(RULES.checkDeparture(departure("11:00", DepartureReason.OTHER, true), PUPIL, NOW, guardians));
        assertCode(SchoolDayProblem.Code.TIME_IN_FUTURE, "at",
                RULES.checkDeparture(departure("15:10", DepartureReason.OTHER, true), PUPIL, NOW, guardians));
        assertCode(SchoolDayProblem.Code.AFTER_LAST_SESSION, "at", RULES.checkDeparture(
                departure("15:40", DepartureReason.OTHER, true), PUPIL, Facts.at(DAY, "16:00"), guardians));
        assertCode(SchoolDayProblem.Code.NOT_A_GUARDIAN, "collectedBy.guardian",
                RULES.checkDeparture(departure("11:00", DepartureReason.OTHER, true), PUPIL, NOW, Arrays.asList("g2")));
        EarlyDeparture stranger = new EarlyDeparture("x", PUPIL.id(), Facts.at(DAY, "11:00"), DepartureReason.OTHER,
                Collector.adult("Sam Jones", " "), null, false, null);
        assertCode(SchoolDayProblem.Code.COLLECTOR_INCOMPLETE, "collectedBy",
                RULES.checkDeparture(stranger, PUPIL, NOW, guardians));
        EarlyDeparture unsigned = new EarlyDeparture("y", PUPIL.id(), Facts.at(DAY, "11:00"), DepartureReason.OTHER,
                Collector.adult("Sam Jones", "Aunt"), null, true, "");
        assertCode(SchoolDayProblem.Code.APPROVER_MISSING, "approvedBy",
                RULES.checkDeparture(unsigned, PUPIL, NOW, guardians));
        EarlyDeparture saturday = new EarlyDeparture("z", PUPIL.id(), Facts.at("2026-11-21", "11:00"),
                DepartureReason.OTHER, Collector.nobody(), null, false, null);
        assertCode(SchoolDayProblem.Code.NOT_SCHOOL_SESSION, "at",
                RULES.checkDeparture(saturday, PUPIL, Facts.at("2026-11-21", "12:00"), guardians));
    }

    @Test
    void aReturnNeedsAnEarlierDepartureThatDay() {
        EarlyDeparture d = departure("11:00", DepartureReason.MEDICAL_APPOINTMENT, true);
        assertNull(RULES.checkReturn(back("12:00"), PUPIL, NOW, Arrays.asList(d)));
        assertCode(SchoolDayProblem.Code.NOT_SIGNED_OUT, "at",
                RULES.checkReturn(back("10:00"), PUPIL, NOW, Arrays.asList(d)));
        assertCode(SchoolDayProblem.Code.TIME_IN_FUTURE, "at",
                RULES.checkReturn(back("15:30"), PUPIL, NOW, Arrays.asList(d)));
    }

    static void assertCode(SchoolDayProblem.Code code, String field, SchoolDayProblem problem) {
        assertEquals(code, problem == null ? null : problem.code(), String.valueOf(problem));
        assertEquals(field, problem.field());
    }
}
