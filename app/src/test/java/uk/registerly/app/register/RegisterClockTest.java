package uk.registerly.app.register;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.Test;

import uk.registerly.app.register.RegisterClock.Edit;
import uk.registerly.app.register.RegisterClock.Phase;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.schedule.RegisterWindow;

/** Where a register stands through the morning (opens 08:40, late after 08:50, closes 09:15, ends 12:00). */
public class RegisterClockTest {
    private static final RegisterWindow AM = RegisterWindow.forAll(Session.AM, "08:40", "08:50", "09:15", "12:00");
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    private static RegisterClock at(String time) {
        return RegisterClock.of(AM, MONDAY, LocalDateTime.of(MONDAY, LocalTime.parse(time)));
    }

    @Test
    public void beforeOpeningItCountsDownToTheOpening() {
        RegisterClock clock = at("08:35:30");

        assertEquals(Phase.NOT_OPEN, clock.phase());
        assertEquals(LocalTime.of(8, 40), clock.nextChange());
        assertEquals(Duration.ofSeconds(270), clock.untilNextChange());
    }

    @Test
    public void onTimeUpToAndIncludingTheLateFromTime() {
        assertEquals(Phase.ON_TIME, at("08:42").phase());
        assertEquals(Phase.ON_TIME, at("08:50:00").phase());
        assertEquals(Duration.ofMinutes(8), at("08:42").untilNextChange());
    }

    @Test
    public void lateUpToAndIncludingTheCloseThenClosed() {
        assertEquals(Phase.LATE, at("08:50:01").phase());
        assertEquals(LocalTime.of(9, 15), at("09:00").nextChange());
        assertEquals(Phase.LATE, at("09:15:00").phase());
        RegisterClock closed = at("09:15:01");
        assertEquals(Phase.CLOSED, closed.phase());
        assertTrue(closed.isClosed());
        assertNull(closed.nextChange());
    }

    @Test
    public void anEarlierDayIsClosedAndALaterDayCannotBeMarked() {
        LocalDateTime mondayMorning = LocalDateTime.of(MONDAY, LocalTime.of(8, 42));
        assertEquals(Phase.CLOSED, RegisterClock.of(AM, MONDAY.minusDays(3), mondayMorning).phase());
        RegisterClock tomorrow = RegisterClock.of(AM, MONDAY.plusDays(1), mondayMorning);
        assertEquals(Phase.FUTURE_DAY, tomorrow.phase());
        assertEquals(Edit.NONE, tomorrow.edit(false));
        assertFalse(tomorrow.allowsMarkAll());
    }

    @Test
    public void afterCloseAMarkChangesOnlyByAmendmentButAnUnmarkedPupilGetsAnOriginalMark() {
        RegisterClock closed = at("09:30");

        assertEquals(Edit.AMEND, closed.edit(true));
        assertEquals(Edit.MARK, closed.edit(false));
        assertFalse("no bulk marking after close", closed.allowsMarkAll());
    }

    @Test
    public void whileOpenEveryTapRecordsAMark() {
        for (String time : new String[] {"08:30", "08:45", "09:00"}) {
            RegisterClock open = at(time);
            assertEquals(time, Edit.MARK, open.edit(true));
            assertEquals(time, Edit.MARK, open.edit(false));
            assertTrue(time, open.allowsMarkAll());
        }
    }

    @Test
    public void theScreenOpensOnTheAfternoonOnceTheMorningSessionHasEnded() {
        assertEquals(Session.AM, RegisterClock.sessionAt(AM, LocalTime.of(8, 42)));
        assertEquals(Session.AM, RegisterClock.sessionAt(AM, LocalTime.of(11, 59)));
        assertEquals(Session.PM, RegisterClock.sessionAt(AM, LocalTime.of(12, 0)));
        assertEquals("no times known yet", Session.AM, RegisterClock.sessionAt(null, LocalTime.of(14, 0)));
    }

    @Test
    public void countdownsRoundUpToTheNextWholeSecond() {
        assertEquals("8:00", RegisterClock.countdown(Duration.ofMinutes(8)));
        assertEquals("0:01", RegisterClock.countdown(Duration.ofMillis(200)));
        assertEquals("1:05:09", RegisterClock.countdown(Duration.ofSeconds(3909)));
        assertEquals("0:00", RegisterClock.countdown(Duration.ofSeconds(-5)));
    }
}
