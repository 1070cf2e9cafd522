package uk.registerly.rules.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.registerly.rules.Facts.amendment;
import static uk.registerly.rules.Facts.arrival;
import static uk.registerly.rules.Facts.mark;
import static uk.registerly.rules.Facts.reason;
import static uk.registerly.rules.Facts.withdrawal;
import static uk.registerly.rules.calendar.Session.AM;
import static uk.registerly.rules.calendar.Session.PM;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.registerly.rules.Facts;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.schedule.RegisterWindow;

class SessionMarkResolverTest {
    private static final String DAY = "2026-09-07";
    private static final RegisterWindow AM_REGISTER =
            RegisterWindow.forAll(AM, "08:40", "08:40", "09:15", "12:30");
    private static final RegisterWindow PM_REGISTER =
            RegisterWindow.forAll(PM, "13:30", "13:30", "13:45", "15:30");

    private static EffectiveMark resolve(AttendanceFact... facts) {
        return resolve(AM, facts);
    }

    private static EffectiveMark resolve(Session session, AttendanceFact... facts) {
        return SessionMarkResolver.resolve("p1", SchoolSession.of(LocalDate.parse(DAY), session),
                session == AM ? AM_REGISTER : PM_REGISTER, Arrays.asList(facts));
    }

    @Test
    void noFactsGiveNoMark() {
        assertNull(resolve());
    }

    @Test
    void theTeachersLatestMarkWins() {
        EffectiveMark mark = resolve(mark("p1", DAY, AM, "/", "08:45"), mark("p1", DAY, AM, "N", "08:41"));
        assertSame(AttendanceCode.PRESENT_AM, mark.code());
        assertSame(MarkSource.REGISTER_MARK, mark.source());
    }

    @Test
    void aTieOnAtGoesToTheGreaterIdComparedAsStrings() {
        LocalDateTime at = LocalDateTime.parse(DAY + "T08:41:00");
        AttendanceFact b = AttendanceFact.registerMark("b", "p1", LocalDate.parse(DAY), AM, AttendanceCode.N, at);
        AttendanceFact a10 = AttendanceFact.registerMark("a10", "p1", LocalDate.parse(DAY), AM, AttendanceCode.O, at);
        assertSame(AttendanceCode.N, resolve(a10, b).code());
        assertSame(AttendanceCode.N, resolve(b, a10).code());
    }

    @Test
    void theFormatExampleArrivalAfterCloseTurnsNIntoUWithMinutesFromLateAfter() {
        RegisterWindow closesAt0845 = RegisterWindow.forAll(AM, "08:30", "08:30", "08:45", "12:30");
        EffectiveMark mark = SessionMarkResolver.resolve("p1", SchoolSession.of(LocalDate.parse(DAY), AM),
                closesAt0845, Arrays.asList(mark("p1", DAY, AM, "N", "08:41"), arrival("p1", DAY, "08:50")));
        assertSame(AttendanceCode.U, mark.code());
        assertEquals(20, mark.minutesLate());
    }

    @Test
    void anArrivalBeforeCloseTurnsTheTeachersNIntoL() {
        EffectiveMark mark = resolve(mark("p1", DAY, AM, "N", "08:52"), arrival("p1", DAY, "09:05"));
        assertSame(AttendanceCode.L, mark.code());
        assertEquals(25, mark.minutesLate());
        assertSame(MarkSource.ARRIVAL, mark.source());
    }

    @Test
    void anArrivalAfterCloseTurnsTheTeachersNIntoU() {
        EffectiveMark mark = resolve(mark("p1", DAY, AM, "N", "08:52"), arrival("p1", DAY, "09:20"));
        assertSame(AttendanceCode.U, mark.code());
        assertEquals(40, mark.minutesLate());
    }

    @Test
    void anOnTimeArrivalReplacesAnAbsenceMarkWithPresent() {
        assertSame(AttendanceCode.PRESENT_AM,
                resolve(mark("p1", DAY, AM, "N", "08:41"), arrival("p1", DAY, "08:39")).code());
        assertSame(AttendanceCode.PRESENT_PM,
                resolve(PM, mark("p1", DAY, PM, "O", "13:31"), arrival("p1", DAY, "13:30")).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "L"})
    void aTeachersPresentMarkStandsAgainstALaterArrival(String present) {
        assertSame(AttendanceCode.parse(present),
                resolve(mark("p1", DAY, AM, present, "08:41"), arrival("p1", DAY, "09:30")).code());
    }

    @Test
    void aTeachersAfternoonPresentMarkStandsAgainstALateArrival() {
        assertSame(AttendanceCode.PRESENT_PM,
                resolve(PM, mark("p1", DAY, PM, "\\", "13:31"), arrival("p1", DAY, "14:00")).code());
    }

    @Test
    void anArrivalWithNoTeacherMarkGivesTheMark() {
        EffectiveMark mark = resolve(arrival("p1", DAY, "09:00"));
        assertSame(AttendanceCode.L, mark.code());
        assertEquals(20, mark.minutesLate());
    }

    @Test
    void anArrivalAfterTheSessionEndedChangesNothing() {
        assertSame(AttendanceCode.N, resolve(mark("p1", DAY, AM, "N", "08:41"), arrival("p1", DAY, "12:30")).code());
    }

    @Test
    void theEarliestArrivalOfTheSessionCounts() {
        EffectiveMark mark = resolve(arrival("p1", DAY, "09:20"), arrival("p1", DAY, "09:05"));
        assertSame(AttendanceCode.L, mark.code());
        assertEquals(25, mark.minutesLate());
    }

    @Test
    void anArrivalAlsoReplacesANonPresentTeacherCodeSuchAsAVisit() {
        assertSame(AttendanceCode.L, resolve(mark("p1", DAY, AM, "V", "08:41"), arrival("p1", DAY, "09:00")).code());
    }

    @Test
    void aReasonReplacesN() {
        EffectiveMark mark = resolve(mark("p1", DAY, AM, "N", "08:41"), reason("p1", DAY, AM, "I", DAY + "T10:00"));
        assertSame(AttendanceCode.I, mark.code());
        assertSame(MarkSource.REASON, mark.source());
    }

    @Test
    void aReasonReplacesUAndTheMinutesGoWithTheU() {
        EffectiveMark mark = resolve(mark("p1", DAY, AM, "N", "08:41"), arrival("p1", DAY, "10:00"),
                reason("p1", DAY, AM, "M", DAY + "T10:05"));
        assertSame(AttendanceCode.M, mark.code());
        assertNull(mark.minutesLate());
    }

    @ParameterizedTest
    @ValueSource(strings = {"O", "G", "I", "/", "L", "V", "D", "C"})
    void aReasonNeverOverridesAnyOtherCode(String teacherCode) {
        assertSame(AttendanceCode.parse(teacherCode),
                resolve(mark("p1", DAY, AM, teacherCode, "08:41"), reason("p1", DAY, AM, "I", DAY + "T10:00")).code());
    }

    @Test
    void aReasonDoesNotOverrideAnOnTimeArrival() {
        assertSame(AttendanceCode.PRESENT_AM,
                resolve(arrival("p1", DAY, "08:35"), reason("p1", DAY, AM, "I", DAY + "T07:30")).code());
    }

    @Test
    void aReasonOnASessionWithNoOtherMarkBecomesTheMark() {
        assertSame(AttendanceCode.M, resolve(reason("p1", DAY, AM, "M", "2026-09-04T16:00")).code());
    }

    @Test
    void theLatestReasonWins() {
        assertSame(AttendanceCode.I, resolve(mark("p1", DAY, AM, "N", "08:41"),
                reason("p1", DAY, AM, "I", DAY + "T11:00"), reason("p1", DAY, AM, "M", DAY + "T10:00")).code());
    }

    @Test
    void anAmendmentBeatsEverything() {
        EffectiveMark mark = resolve(mark("p1", DAY, AM, "/", "08:41"), arrival("p1", DAY, "08:30"),
                reason("p1", DAY, AM, "I", DAY + "T10:00"), amendment("p1", DAY, AM, "O", "2026-09-08T09:00"));
        assertSame(AttendanceCode.O, mark.code());
        assertSame(MarkSource.AMENDMENT, mark.source());
    }

    @Test
    void theLatestAmendmentWinsEvenOverAnEarlierAmendmentRecordedLast() {
        AttendanceFact later = amendment("p1", DAY, AM, "C", "2026-09-09T09:00");
        AttendanceFact earlier = amendment("p1", DAY, AM, "G", "2026-09-08T09:00");
        assertSame(AttendanceCode.C, resolve(mark("p1", DAY, AM, "N", "08:41"), later, earlier).code());
    }

    @Test
    void minutesLateAppearOnlyOnLAndU() {
        assertNull(resolve(mark("p1", DAY, AM, "/", "08:41")).minutesLate());
        assertNull(resolve(mark("p1", DAY, AM, "N", "08:41")).minutesLate());
    }

    @Test
    void aTeachersLMarkTakesItsMinutesFromWhenItWasEntered() {
        assertEquals(12, resolve(mark("p1", DAY, AM, "L", "08:52")).minutesLate());
    }

    @Test
    void aLateMarkEnteredAnotherDayHasNoMinutes() {
        assertNull(resolve(amendment("p1", DAY, AM, "L", "2026-09-08T09:00")).minutesLate());
    }

    @Test
    void theMarkAsRecordedBeforeATimeIgnoresLaterFacts() {
        EffectiveMark mark = resolve(mark("p1", DAY, AM, "N", "08:41"), reason("p1", DAY, AM, "I", "2026-09-14T10:00"));
        assertSame(AttendanceCode.I, mark.code());
        assertSame(AttendanceCode.N, mark.asRecordedBefore(LocalDateTime.parse("2026-09-14T10:00")).code());
        assertNull(mark.asRecordedBefore(LocalDateTime.parse(DAY + "T08:00")));
    }

    @Test
    void theHistoryKeepsTheOriginalEntryEveryLaterEntryAndTheAmendment() {
        AttendanceFact teacher = mark("p1", DAY, AM, "N", "08:41");
        AttendanceFact gate = arrival("p1", DAY, "09:05");
        AttendanceFact office = reason("p1", DAY, AM, "I", DAY + "T10:00");
        AttendanceFact correction = AttendanceFact.amendment("z-amend", "p1", LocalDate.parse(DAY), AM,
                AttendanceCode.M, LocalDateTime.parse("2026-09-10T09:00"), "dental appointment letter received",
                "R Anand, Senior Attendance Officer");
        List<RegisterEntry> history = resolve(correction, office, gate, teacher).history();

        assertEquals(4, history.size());
        assertEquals(RegisterEntry.Kind.ORIGINAL, history.get(0).kind());
        assertSame(teacher, history.get(0).fact());
        assertSame(AttendanceCode.N, history.get(0).codeAfter());
        assertEquals(RegisterEntry.Kind.CHANGED, history.get(1).kind());
        assertSame(AttendanceCode.L, history.get(1).codeAfter());
        assertEquals(25, history.get(1).minutesLateAfter());
        assertEquals(RegisterEntry.Kind.NO_CHANGE, history.get(2).kind(), "a reason does not override L");
        assertEquals(RegisterEntry.Kind.AMENDMENT, history.get(3).kind());
        assertSame(AttendanceCode.L, history.get(3).codeBefore());
        assertSame(AttendanceCode.M, history.get(3).codeAfter());
        assertEquals("dental appointment letter received", history.get(3).fact().reason());
        assertEquals("R Anand, Senior Attendance Officer", history.get(3).fact().by());
    }

    @Test
    void aResentFactAppearsOnceInTheHistory() {
        AttendanceFact teacher = mark("p1", DAY, AM, "N", "08:41");
        assertEquals(1, resolve(teacher, teacher).history().size());
    }

    @Test
    void aWithdrawnArrivalNoLongerTurnsTheTeachersNIntoL() {
        AttendanceFact teacher = mark("p1", DAY, AM, "N", "08:52");
        AttendanceFact wrongCard = arrival("p1", DAY, "09:05");
        EffectiveMark mark = resolve(teacher, wrongCard, withdrawal(wrongCard, "09:06"));
        assertSame(AttendanceCode.N, mark.code());
        assertSame(teacher, mark.decidedBy());
        assertNull(mark.minutesLate());
    }

    @Test
    void aWithdrawalSeenBeforeItsArrivalStillTakesItOut() {
        AttendanceFact wrongCard = arrival("p1", DAY, "09:05");
        AttendanceFact undo = withdrawal(wrongCard, "09:06");
        assertSame(AttendanceCode.N, resolve(undo, mark("p1", DAY, AM, "N", "08:52"), wrongCard).code());
    }

    @Test
    void theEarliestArrivalThatWasNotWithdrawnCounts() {
        AttendanceFact wrongCard = arrival("p1", DAY, "09:05");
        EffectiveMark mark = resolve(mark("p1", DAY, AM, "N", "08:52"), wrongCard, withdrawal(wrongCard, "09:06"),
                arrival("p1", DAY, "09:20"));
        assertSame(AttendanceCode.U, mark.code());
        assertEquals(40, mark.minutesLate());
    }

    @Test
    void aSessionWhoseOnlyFactWasAWithdrawnArrivalHasNoMark() {
        AttendanceFact wrongCard = arrival("p1", DAY, "09:05");
        assertNull(resolve(wrongCard, withdrawal(wrongCard, "09:06")));
    }

    @Test
    void aSecondWithdrawalOfTheSameArrivalChangesNothing() {
        AttendanceFact wrongCard = arrival("p1", DAY, "09:05");
        AttendanceFact teacher = mark("p1", DAY, AM, "N", "08:52");
        AttendanceFact first = withdrawal(wrongCard, "09:06");
        AttendanceFact second = withdrawal(wrongCard, "09:07");
        assertSame(AttendanceCode.N, resolve(teacher, wrongCard, first, second).code());
        List<RegisterEntry> history = resolve(teacher, wrongCard, second, first).history();
        assertSame(first, history.get(1).withdrawnBy(), "the first recorded withdrawal is the one shown");
        assertEquals(RegisterEntry.Kind.WITHDRAWAL, history.get(3).kind());
        assertSame(AttendanceCode.N, history.get(3).codeBefore());
        assertSame(AttendanceCode.N, history.get(3).codeAfter());
    }

    @Test
    void aWithdrawalOnlyTakesOutTheArrivalItNames() {
        AttendanceFact wrongCard = arrival("p1", DAY, "09:05");
        AttendanceFact otherArrival = arrival("p1", DAY, "09:10");
        EffectiveMark mark = resolve(mark("p1", DAY, AM, "N", "08:52"), wrongCard, otherArrival,
                withdrawal(wrongCard, "09:12"));
        assertSame(AttendanceCode.L, mark.code());
        assertEquals(30, mark.minutesLate(), "09:10, late after 08:40");
        assertSame(otherArrival, mark.decidedBy());
    }

    @Test
    void anotherPupilsWithdrawalDoesNotTakeOutThisPupilsArrival() {
        AttendanceFact arrival = arrival("p1", DAY, "09:05");
        AttendanceFact foreign = AttendanceFact.arrivalWithdrawn("w-other", "p2", arrival.id(), Facts.at(DAY, "09:06"));
        assertSame(AttendanceCode.L, resolve(arrival, foreign).code());
    }

    @Test
    void anAmendmentStillBeatsEverythingWhateverWasWithdrawn() {
        AttendanceFact wrongCard = arrival("p1", DAY, "09:05");
        assertSame(AttendanceCode.I, resolve(wrongCard, withdrawal(wrongCard, "09:06"),
                amendment("p1", DAY, AM, "I", "2026-09-08T09:00")).code());
    }

    @Test
    void theMarkAsRecordedBeforeTheWithdrawalStillHasTheArrival() {
        AttendanceFact wrongCard = arrival("p1", DAY, "09:05");
        EffectiveMark mark = resolve(mark("p1", DAY, AM, "N", "08:52"), wrongCard, withdrawal(wrongCard, "09:30"));
        assertSame(AttendanceCode.N, mark.code());
        assertSame(AttendanceCode.L, mark.asRecordedBefore(LocalDateTime.parse(DAY + "T09:30")).code());
        assertSame(AttendanceCode.N, mark.asRecordedBefore(LocalDateTime.parse(DAY + "T09:31")).code());
    }

    @Test
    void theHistoryShowsTheWithdrawnArrivalAsWithdrawnAndTheWithdrawalAsAnEntry() {
        AttendanceFact teacher = mark("p1", DAY, AM, "N", "08:52");
        AttendanceFact wrongCard = arrival("p1", DAY, "09:05");
        AttendanceFact undo = withdrawal(wrongCard, "09:06");
        List<RegisterEntry> history = resolve(undo, wrongCard, teacher).history();

        assertEquals(3, history.size());
        assertSame(teacher, history.get(0).fact());
        assertEquals(RegisterEntry.Kind.ORIGINAL, history.get(0).kind());
        assertFalse(history.get(0).isWithdrawn());

        RegisterEntry arrivalEntry = history.get(1);
        assertSame(wrongCard, arrivalEntry.fact());
        assertEquals(RegisterEntry.Kind.CHANGED, arrivalEntry.kind(), "what the arrival did when it was recorded");
        assertSame(AttendanceCode.L, arrivalEntry.codeAfter());
        assertTrue(arrivalEntry.isWithdrawn());
        assertSame(undo, arrivalEntry.withdrawnBy());

        RegisterEntry withdrawalEntry = history.get(2);
        assertSame(undo, withdrawalEntry.fact());
        assertEquals(RegisterEntry.Kind.WITHDRAWAL, withdrawalEntry.kind());
        assertSame(AttendanceCode.L, withdrawalEntry.codeBefore());
        assertSame(AttendanceCode.N, withdrawalEntry.codeAfter());
        assertEquals(wrongCard.id(), withdrawalEntry.fact().withdrawnArrival());
        assertEquals("wrong card scanned", withdrawalEntry.fact().reason());
    }

    @Test
    void aWithdrawalNeedsTheArrivalItTakesBack() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> AttendanceFact.arrivalWithdrawn("w1", "p1", " ", Facts.at(DAY, "09:06")));
        assertEquals("arrival is required", e.getMessage());
    }
}
