package uk.registerly.rules.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.registerly.rules.calendar.Session.AM;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.AutumnTerm;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.Evaluator;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.time.ClockCheck;
import uk.registerly.rules.time.TrustedTime;

/**
 * Devices whose clocks are wrong, taken through what the server does with an event: its trusted time
 * (device time + measured offset, or the receipt), in the school's own time (Europe/London), judged by the
 * recording rules and the evaluator. AM register: late after 08:50, closes 09:15.
 */
class TrustedTimeAtTheRegisterTest {
    static final SchoolCalendar CALENDAR = SchoolCalendar.builder()
            .term(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-04-02"))
            .term(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-12-18"))
            .build();
    static final RecordingRules RULES = new RecordingRules(AutumnTerm.POLICY, CALENDAR);
    static final Pupil PUPIL = AutumnTerm.PUPIL;
    static final long TEN_MINUTES = Duration.ofMinutes(10).toMillis();
    static final long ONE_DAY = Duration.ofDays(1).toMillis();

    /**
     * What the server decides for a teacher's AM mark really made at {@code trueTime} on a tablet {@code aheadMs}
     * fast (offset measured or not), received 3 seconds later. The mark's date is the tablet's own today.
     */
    static RecordingProblem teachersMark(Instant trueTime, long aheadMs, boolean offsetKnown) {
        Instant device = trueTime.plusMillis(aheadMs);
        Instant received = trueTime.plusSeconds(3);
        TrustedTime trusted = TrustedTime.of(device, offsetKnown ? -aheadMs : null, received);
        LocalDate tabletsToday = LocalDateTime.ofInstant(device, TrustedTime.ENGLAND).toLocalDate();
        ProposedFact mark = ProposedFact.registerMark(PUPIL, tabletsToday, AM, AttendanceCode.PRESENT_AM,
                trusted.localTime(TrustedTime.ENGLAND));
        return RULES.check(mark, LocalDateTime.ofInstant(received, TrustedTime.ENGLAND));
    }

    @Test
    void aTabletTenMinutesSlowCannotSlipAMarkInAfterTheClose() {
        // Really 09:18 GMT; the tablet says 09:08.
        Instant really = Instant.parse("2026-12-03T09:18:00Z");
        assertSame(ProblemCode.REGISTER_CLOSED, teachersMark(really, -TEN_MINUTES, true).code());
        // Really 09:12; a tablet 10 minutes fast says 09:22 but its mark is an original.
        assertNull(teachersMark(Instant.parse("2026-12-03T09:12:00Z"), TEN_MINUTES, true));
    }

    @Test
    void aNeverSyncedTabletTenMinutesFastIsHeldToTheTimeTheServerReceivedIt() {
        assertNull(teachersMark(Instant.parse("2026-12-03T09:12:00Z"), TEN_MINUTES, false));
    }

    @Test
    void aTabletADayAheadCannotWriteTomorrowsRegister() {
        Instant really = Instant.parse("2026-12-03T08:45:00Z");
        assertSame(ProblemCode.DATE_IN_FUTURE, teachersMark(really, ONE_DAY, true).code());
        assertSame(ProblemCode.DATE_IN_FUTURE, teachersMark(really, ONE_DAY, false).code());
    }

    @Test
    void aTabletADayBehindCannotRewriteYesterdaysRegister() {
        Instant really = Instant.parse("2026-12-03T08:45:00Z");
        assertSame(ProblemCode.REGISTER_CLOSED, teachersMark(really, -ONE_DAY, true).code());
        // Never synced: a time more than a day before its receipt is not believed; the receipt time is taken.
        assertSame(ProblemCode.REGISTER_CLOSED, teachersMark(really, -ONE_DAY, false).code());
    }

    @Test
    void aGateTabletTwentyMinutesSlowStillGivesU() {
        // The pupil really arrives at 09:25 (after the 09:15 close); the gate's clock says 09:05 (L).
        Instant really = Instant.parse("2026-12-03T09:25:00Z");
        long slow = Duration.ofMinutes(20).toMillis();
        TrustedTime trusted = TrustedTime.of(really.minusMillis(slow), slow, really.plusSeconds(1));
        assertFalse(trusted.isClockVerified());
        LocalDateTime at = trusted.localTime(TrustedTime.ENGLAND);
        assertNull(RULES.check(ProposedFact.arrival(PUPIL, at), at));
        EffectiveMark mark = markOf(AttendanceFact.arrival("a1", PUPIL.id(), at), LocalDate.parse("2026-12-03"));
        assertSame(AttendanceCode.U, mark.code());
        assertEquals(Integer.valueOf(35), mark.minutesLate());
    }

    @Test
    void aTabletThatNeverSyncedIsJudgedByItsOwnClockOnTheDeviceAndFlagged() {
        Instant deviceNow = Instant.parse("2026-12-03T09:10:00Z");
        TrustedTime onDevice = TrustedTime.of(deviceNow, null, null);
        assertSame(ClockCheck.OFFSET_UNKNOWN, onDevice.clockCheck());
        LocalDateTime at = onDevice.localTime(TrustedTime.ENGLAND);
        assertNull(RULES.check(ProposedFact.registerMark(PUPIL, at.toLocalDate(), AM, AttendanceCode.PRESENT_AM, at), at));
    }

    /** A register either side of a clock change: the last school day before it and the first after it. */
    @Test
    void theRegisterClosesAt0915SchoolTimeEitherSideOfTheSpringChange() {
        // Friday 27 March 2026, GMT: 09:15 local is 09:15 UTC.
        assertRegister("2026-03-27T09:14:00Z", true);
        assertRegister("2026-03-27T09:16:00Z", false);
        // Monday 30 March 2026, BST: 09:15 local is 08:15 UTC.
        assertRegister("2026-03-30T08:14:00Z", true);
        assertRegister("2026-03-30T08:16:00Z", false);
    }

    @Test
    void theRegisterClosesAt0915SchoolTimeEitherSideOfTheAutumnChange() {
        // Friday 23 October 2026, BST.
        assertRegister("2026-10-23T08:14:00Z", true);
        assertRegister("2026-10-23T08:16:00Z", false);
        // Monday 26 October 2026, GMT.
        assertRegister("2026-10-26T09:14:00Z", true);
        assertRegister("2026-10-26T09:16:00Z", false);
    }

    @Test
    void gateArrivalsAreLOrUBySchoolTimeEitherSideOfBothChanges() {
        assertArrival("2026-03-27T09:10:00Z", AttendanceCode.L);
        assertArrival("2026-03-27T09:20:00Z", AttendanceCode.U);
        assertArrival("2026-03-30T08:10:00Z", AttendanceCode.L);
        assertArrival("2026-03-30T08:20:00Z", AttendanceCode.U);
        assertArrival("2026-10-23T08:10:00Z", AttendanceCode.L);
        assertArrival("2026-10-23T08:20:00Z", AttendanceCode.U);
        assertArrival("2026-10-26T09:10:00Z", AttendanceCode.L);
        assertArrival("2026-10-26T09:20:00Z", AttendanceCode.U);
    }

    private static void assertRegister(String trueTime, boolean open) {
        Instant really = Instant.parse(trueTime);
        TrustedTime trusted = TrustedTime.of(really.minusSeconds(40), 40_000L, really.plusSeconds(2));
        assertTrue(trusted.isClockVerified());
        LocalDateTime at = trusted.localTime(TrustedTime.ENGLAND);
        RecordingProblem problem = RULES.check(ProposedFact.registerMark(PUPIL, at.toLocalDate(), AM,
                AttendanceCode.PRESENT_AM, at), at);
        if (open) {
            assertNull(problem, trueTime);
        } else {
            assertSame(ProblemCode.REGISTER_CLOSED, problem.code(), trueTime);
        }
    }

    private static void assertArrival(String trueTime, AttendanceCode expected) {
        TrustedTime trusted = TrustedTime.of(Instant.parse(trueTime), 0L, Instant.parse(trueTime).plusSeconds(1));
        LocalDateTime at = trusted.localTime(TrustedTime.ENGLAND);
        assertSame(expected, markOf(AttendanceFact.arrival("a-" + trueTime, PUPIL.id(), at), at.toLocalDate()).code(),
                trueTime);
    }

    private static EffectiveMark markOf(AttendanceFact fact, LocalDate date) {
        for (EffectiveMark mark : new Evaluator(AutumnTerm.POLICY, CALENDAR)
                .evaluatePupil(PUPIL, Collections.singletonList(fact), date).marks()) {
            if (mark.session().equals(SchoolSession.of(date, Session.AM))) {
                return mark;
            }
        }
        throw new AssertionError("no AM mark on " + date + " from " + Arrays.asList(fact));
    }
}
