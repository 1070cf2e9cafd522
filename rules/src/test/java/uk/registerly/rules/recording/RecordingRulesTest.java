package uk.registerly.rules.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.registerly.rules.calendar.Session.AM;
import static uk.registerly.rules.calendar.Session.PM;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.AutumnTerm;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.leave.LeaveDecision;
import uk.registerly.rules.leave.LeaveOfAbsenceRules;
import uk.registerly.rules.leave.LeaveRequest;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.FactType;
import uk.registerly.rules.policy.SchoolPresets;

/** AM register: opens 08:40, late after 08:50, closes 09:15, ends 12:30; PM 13:30-13:45, ends 15:30. */
class RecordingRulesTest {
    static final SchoolCalendar CALENDAR = SchoolCalendar.builder()
            .term(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-12-18"))
            .closedDay(LocalDate.parse("2026-09-01"))
            .build();
    static final RecordingRules RULES = new RecordingRules(AutumnTerm.POLICY, CALENDAR);
    static final Pupil PUPIL = new Pupil("p1", "5", LocalDate.parse("2016-05-01"));
    static final LocalDate TODAY = LocalDate.parse("2026-12-03");
    static final String SIGNATURE = "R Anand, Senior Attendance Officer";

    static LocalDateTime at(String date, String time) {
        return LocalDateTime.parse(date + "T" + time);
    }

    static LocalDateTime today(String time) {
        return at(TODAY.toString(), time);
    }

    static RecordingProblem check(ProposedFact fact, LocalDateTime now) {
        return RULES.check(fact, now);
    }

    static ProposedFact mark(LocalDate date, Session session, AttendanceCode code, LocalDateTime at) {
        return ProposedFact.registerMark(PUPIL, date, session, code, at);
    }

    static void assertRefused(ProblemCode expected, RecordingProblem problem) {
        assertNotNull(problem, "expected " + expected.errorCode());
        assertSame(expected, problem.code(), problem.toString());
    }

    @Test
    void aMarkBeforeTheRegisterClosesIsRecorded() {
        assertNull(check(mark(TODAY, AM, AttendanceCode.PRESENT_AM, today("08:52")), today("08:52")));
        assertNull(check(mark(TODAY, AM, AttendanceCode.L, today("09:15")), today("09:15")), "closes at 09:15 inclusive");
    }

    @Test
    void aTeachersMarkAfterTheRegisterClosedIsRefusedWithRegisterClosed() {
        RecordingProblem problem = check(mark(TODAY, AM, AttendanceCode.PRESENT_AM, today("09:15:01")), today("09:15:01"));
        assertRefused(ProblemCode.REGISTER_CLOSED, problem);
        assertEquals("register_closed", problem.errorCode());
        assertEquals("at", problem.field());
        assertFalse(problem.isForbidden());
        assertEquals("the AM register of 2026-12-03 closed at 09:15; a change now is an amendment with a reason,"
                + " signed by the member of staff", problem.message());
        assertRefused(ProblemCode.REGISTER_CLOSED,
                check(mark(TODAY, PM, AttendanceCode.PRESENT_PM, today("13:46")), today("13:46")));
    }

    @Test
    void theSameChangeAsAnAmendmentIsRecorded() {
        for (Recorder recorder : new Recorder[] {Recorder.TEACHER, Recorder.OFFICE}) {
            assertNull(check(ProposedFact.amendment(recorder, PUPIL, TODAY, AM, AttendanceCode.PRESENT_AM, today("10:00"),
                    "was in the library at registration", SIGNATURE), today("10:00")), recorder.name());
        }
    }

    @Test
    void yesterdaysRegisterWithACurrentTimeIsClosed() {
        LocalDate yesterday = TODAY.minusDays(1);
        RecordingProblem problem = check(mark(yesterday, PM, AttendanceCode.N, today("08:45")), today("08:45"));
        assertRefused(ProblemCode.REGISTER_CLOSED, problem);
        assertEquals("the PM register of 2026-12-02 closed at 13:45; a change now is an amendment with a reason,"
                + " signed by the member of staff", problem.message());
    }

    @Test
    void aMarkTakenBeforeTheCloseIsAnOriginalEvenWhenItArrivesInTheAfternoon() {
        // The tablet was offline all morning: the mark's trusted time is 08:52, the server sees it at 14:00.
        assertNull(check(mark(TODAY, AM, AttendanceCode.PRESENT_AM, today("08:52")), today("14:00")));
        // ... and on Monday, Friday's register.
        assertNull(check(mark(LocalDate.parse("2026-12-04"), AM, AttendanceCode.N, at("2026-12-04", "08:51")),
                at("2026-12-07", "08:00")));
    }

    @Test
    void theCloseIsThePupilsOwnYearGroupsRegister() {
        RecordingRules basildon = new RecordingRules(SchoolPresets.basildonLower(), CALENDAR);
        Pupil year9 = new Pupil("p9", "9", null);
        Pupil year7 = new Pupil("p7", "7", null);
        // Y9 AM closes 08:45, Y7 AM 09:15.
        assertEquals(today("08:45"), basildon.registerClosesAt("9", TODAY, AM));
        assertEquals(today("09:15"), basildon.registerClosesAt("7", TODAY, AM));
        assertRefused(ProblemCode.REGISTER_CLOSED, basildon.check(
                ProposedFact.registerMark(year9, TODAY, AM, AttendanceCode.PRESENT_AM, today("09:00")), today("09:00")));
        assertNull(basildon.check(
                ProposedFact.registerMark(year7, TODAY, AM, AttendanceCode.PRESENT_AM, today("09:00")), today("09:00")));
        assertTrue(basildon.isRegisterClosed("9", TODAY, AM, today("09:00")));
        assertFalse(basildon.isRegisterClosed("7", TODAY, AM, today("09:00")));
    }

    @Test
    void anAmendmentNeedsItsReasonAndTheNameAndPositionOfWhoMadeIt() {
        RecordingProblem noReason = check(ProposedFact.amendment(Recorder.OFFICE, PUPIL, TODAY, AM, AttendanceCode.I,
                today("10:00"), "  ", SIGNATURE), today("10:00"));
        assertRefused(ProblemCode.AMENDMENT_REASON_MISSING, noReason);
        assertEquals("reason", noReason.field());
        for (String by : new String[] {null, "", "R Anand", "R Anand, ", ", Senior Attendance Officer"}) {
            RecordingProblem unsigned = check(ProposedFact.amendment(Recorder.OFFICE, PUPIL, TODAY, AM, AttendanceCode.I,
                    today("10:00"), "parent rang", by), today("10:00"));
            assertRefused(ProblemCode.AMENDMENT_SIGNATURE_MISSING, unsigned);
            assertEquals("by", unsigned.field());
        }
    }

    @Test
    void aMarkForADayNotYetComeIsRefused() {
        LocalDate tomorrow = TODAY.plusDays(1);
        RecordingProblem problem = check(mark(tomorrow, AM, AttendanceCode.PRESENT_AM, today("16:00")), today("16:00"));
        assertRefused(ProblemCode.DATE_IN_FUTURE, problem);
        assertEquals("2026-12-04 is in the future at the school (today is 2026-12-03)", problem.message());
        // The office may record a reason ahead (a medical appointment tomorrow morning).
        assertNull(check(ProposedFact.reason(PUPIL, tomorrow, AM, AttendanceCode.M, today("16:00")), today("16:00")));
    }

    @Test
    void onlySchoolSessionsTakeFacts() {
        RecordingProblem saturday = check(mark(LocalDate.parse("2026-11-28"), AM, AttendanceCode.PRESENT_AM,
                today("08:50")), today("08:50"));
        assertRefused(ProblemCode.NOT_SCHOOL_SESSION, saturday);
        assertEquals("2026-11-28 AM is not a school session (a weekend or outside term)", saturday.message());
        RecordingProblem inset = check(ProposedFact.reason(PUPIL, LocalDate.parse("2026-09-01"), PM, AttendanceCode.I,
                today("08:50")), today("08:50"));
        assertRefused(ProblemCode.SCHOOL_CLOSED, inset);
        assertEquals("2026-09-01 PM is a closed session (#: Planned whole-school closure (holidays, INSET))",
                inset.message());
    }

    @Test
    void arrivalsGoToTheSessionTheRegistersGiveThemAndNotAfterTheLastOne() {
        assertNull(check(ProposedFact.arrival(PUPIL, today("09:20")), today("09:20")), "a U, but recorded");
        assertNull(check(ProposedFact.arrival(PUPIL, today("13:50")), today("13:50")), "the PM session");
        RecordingProblem late = check(ProposedFact.arrival(PUPIL, today("15:30")), today("15:30"));
        assertRefused(ProblemCode.AFTER_LAST_SESSION, late);
        assertEquals("at", late.field());
        assertRefused(ProblemCode.NOT_SCHOOL_SESSION,
                check(ProposedFact.arrival(PUPIL, at("2026-11-28", "09:00")), today("09:00")));
        assertRefused(ProblemCode.DATE_IN_FUTURE,
                check(ProposedFact.arrival(PUPIL, at("2026-12-04", "08:30")), today("23:59")));
    }

    @Test
    void factsOnlyWhileThePupilIsOnRoll() {
        Pupil joined = new Pupil("p2", "5", null, LocalDate.parse("2026-11-02"), LocalDate.parse("2026-12-10"));
        assertRefused(ProblemCode.NOT_ON_ROLL, RULES.check(ProposedFact.reason(joined, LocalDate.parse("2026-10-30"), AM,
                AttendanceCode.I, today("10:00")), today("10:00")));
        assertNull(RULES.check(ProposedFact.reason(joined, LocalDate.parse("2026-11-02"), AM, AttendanceCode.I,
                today("10:00")), today("10:00")));
        assertRefused(ProblemCode.NOT_ON_ROLL, RULES.check(ProposedFact.reason(joined, LocalDate.parse("2026-12-11"), AM,
                AttendanceCode.I, today("10:00")), today("10:00")));
    }

    @Test
    void xIsRefusedAtCompulsorySchoolAge() {
        RecordingProblem problem = check(mark(TODAY, AM, AttendanceCode.X, today("08:50")), today("08:50"));
        assertRefused(ProblemCode.CODE_NOT_FOR_AGE, problem);
        assertEquals("code", problem.field());
    }

    @Test
    void aGateDoesNotRecordReasons() {
        RecordingProblem problem = check(ProposedFact.builder(FactType.REASON, Recorder.GATE, PUPIL, today("09:00"))
                .session(TODAY, AM).code(AttendanceCode.M).build(), today("09:00"));
        assertRefused(ProblemCode.RECORDER_NOT_ALLOWED, problem);
        assertTrue(problem.isForbidden());
        assertEquals("the late gate does not record REASON (the office does)", problem.message());
        assertRefused(ProblemCode.RECORDER_NOT_ALLOWED, check(ProposedFact.builder(FactType.REGISTER_MARK,
                Recorder.OFFICE, PUPIL, today("08:50")).session(TODAY, AM).code(AttendanceCode.N).build(), today("08:50")));
    }

    @Test
    void theGateWithdrawsOnlyItsOwnArrivalOfThatDay() {
        AttendanceFact arrival = AttendanceFact.arrival("a1", PUPIL.id(), today("09:05"));
        List<AttendanceFact> facts = Collections.singletonList(arrival);
        List<LeaveDecision> none = Collections.emptyList();
        assertNull(RULES.check(ProposedFact.arrivalWithdrawn(PUPIL, "a1", today("09:06")), today("09:06"), none, facts));
        assertRefused(ProblemCode.ARRIVAL_UNKNOWN, RULES.check(ProposedFact.arrivalWithdrawn(PUPIL, "a2", today("09:06")),
                today("09:06"), none, facts));
        Pupil other = new Pupil("p3", "5", null);
        assertRefused(ProblemCode.ARRIVAL_UNKNOWN, RULES.check(ProposedFact.arrivalWithdrawn(other, "a1", today("09:06")),
                today("09:06"), none, facts));
        RecordingProblem nextDay = RULES.check(ProposedFact.arrivalWithdrawn(PUPIL, "a1", at("2026-12-04", "08:00")),
                at("2026-12-04", "08:00"), none, facts);
        assertRefused(ProblemCode.WITHDRAWAL_NOT_SAME_DAY, nextDay);
    }

    @Test
    void aProposedFactBecomesTheFactRecorded() {
        ProposedFact amendment = ProposedFact.amendment(Recorder.OFFICE, PUPIL, TODAY, AM, AttendanceCode.O, today("10:00"),
                "left site", SIGNATURE);
        AttendanceFact fact = amendment.toFact("e1");
        assertEquals(AttendanceFact.amendment("e1", "p1", TODAY, AM, AttendanceCode.O, today("10:00"), "left site",
                SIGNATURE), fact);
        assertEquals(AttendanceFact.arrival("e2", "p1", today("09:20")),
                ProposedFact.arrival(PUPIL, today("09:20")).toFact("e2"));
        assertThrows(IllegalArgumentException.class, () -> ProposedFact.amendment(Recorder.OFFICE, PUPIL, TODAY, AM,
                AttendanceCode.O, today("10:00"), null, SIGNATURE).toFact("e3"));
    }

    @Test
    void theErrorCodesAreTheDocumentedOnes() {
        List<String> codes = new ArrayList<>();
        for (ProblemCode code : ProblemCode.values()) {
            codes.add(code.errorCode());
            assertSame(code, ProblemCode.fromErrorCode(code.errorCode()));
        }
        assertEquals(Arrays.asList("recorder_not_allowed", "amendment_reason_missing", "amendment_signature_missing",
                "after_last_session", "date_in_future", "not_school_session", "school_closed", "not_on_roll",
                "code_not_for_age", "leave_refusal_final", "leave_refused", "register_closed", "arrival_unknown",
                "withdrawal_not_same_day"), codes);
        assertNull(ProblemCode.fromErrorCode("bogus"));
    }

    static LeaveDecision refusedLeave(Pupil pupil, String from, String to) {
        LeaveRequest request = new LeaveRequest(pupil.id(), LocalDate.parse("2026-10-01"), LocalDate.parse(from),
                LocalDate.parse(to), false, "family holiday");
        return new LeaveOfAbsenceRules(AutumnTerm.POLICY).refuse(request, "P Shah, Headteacher", LocalDate.parse("2026-10-02"));
    }

    @Test
    void anAuthorisedCodeOnRefusedLeaveNeedsAnOfficeAmendmentWithItsReason() {
        List<LeaveDecision> refused = Collections.singletonList(refusedLeave(PUPIL, "2026-11-30", "2026-12-04"));
        List<AttendanceFact> none = Collections.emptyList();
        LocalDateTime now = today("08:55");
        RecordingProblem byTeacher = RULES.check(mark(TODAY, AM, AttendanceCode.I, today("08:55")), now, refused, none);
        assertRefused(ProblemCode.LEAVE_REFUSED, byTeacher);
        assertEquals("leave for 2026-11-30 to 2026-12-04 was refused, so an absence then is G; I (Illness (physical or"
                + " mental health)) for 2026-12-03 AM needs an office amendment with its reason", byTeacher.message());
        assertRefused(ProblemCode.LEAVE_REFUSED, RULES.check(
                ProposedFact.reason(PUPIL, TODAY, AM, AttendanceCode.M, now), now, refused, none));
        assertRefused(ProblemCode.LEAVE_REFUSED, RULES.check(ProposedFact.amendment(Recorder.TEACHER, PUPIL, TODAY, AM,
                AttendanceCode.I, now, "was ill", SIGNATURE), now, refused, none));
        assertNull(RULES.check(ProposedFact.amendment(Recorder.OFFICE, PUPIL, TODAY, AM, AttendanceCode.I, now,
                "GP's note: admitted to hospital on the first day of the holiday", SIGNATURE), now, refused, none));
        // G, N and present marks are what refused leave allows.
        for (AttendanceCode allowed : new AttendanceCode[] {AttendanceCode.G, AttendanceCode.N, AttendanceCode.PRESENT_AM}) {
            assertNull(RULES.check(mark(TODAY, AM, allowed, today("08:55")), now, refused, none), allowed.symbol());
        }
        // Outside the refused dates, or another pupil's refusal: no problem.
        assertNull(RULES.check(mark(LocalDate.parse("2026-11-27"), AM, AttendanceCode.I, at("2026-11-27", "08:55")),
                now, refused, none));
        Pupil sibling = new Pupil("p4", "3", null);
        assertNull(RULES.check(ProposedFact.reason(sibling, TODAY, AM, AttendanceCode.I, now), now, refused, none));
    }

    @Test
    void cForRefusedLeaveIsRefusedEvenAsAnOfficeAmendmentBecauseARefusalIsFinal() {
        List<LeaveDecision> refused = Collections.singletonList(refusedLeave(PUPIL, "2026-12-03", "2026-12-03"));
        LocalDateTime now = today("10:00");
        RecordingProblem problem = RULES.check(ProposedFact.amendment(Recorder.OFFICE, PUPIL, TODAY, AM, AttendanceCode.C,
                now, "head changed her mind", SIGNATURE), now, refused, Collections.<AttendanceFact>emptyList());
        assertRefused(ProblemCode.LEAVE_REFUSAL_FINAL, problem);
        assertEquals("leave for 2026-12-03 was refused, and a refusal is final: an absence on those dates is G (another"
                + " reason is an office amendment)", problem.message());
    }
}
