package uk.registerly.app.data.attendance;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.LiveDataValues;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The late gate's arrivals, classified at once by the pupil's register, and their undo: the
 * withdrawal is a fact of its own that the rules, the gate's list and every register apply alike.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class OfflineFirstArrivalsRepositoryTest extends OnTheDevice {
    @Test
    public void theGateLearnsAtOnceWhetherAnArrivalIsLateOrAfterTheRegisterClosed() {
        data.enrolledAs(Role.GATE);
        data.clock.set(Instant.parse("2026-09-07T08:05:00Z"));
        ArrivalRecorded late = data.arrivals.recordArrival(TestSchool.DANIEL);
        data.clock.set(Instant.parse("2026-09-07T08:20:00Z"));
        ArrivalRecorded afterClose = data.arrivals.recordArrival(TestSchool.AMARA);

        assertEquals(AttendanceCode.L, late.outcome.code());
        assertEquals(15, late.outcome.minutesLate());
        assertEquals(Session.AM, late.session);
        assertEquals(AttendanceCode.U, afterClose.outcome.code());
        assertEquals(30, afterClose.outcome.minutesLate());
        assertEquals(Instant.parse("2026-09-07T08:20:10Z"), afterClose.undoableUntil);

        List<ArrivalRow> today = LiveDataValues.latest(data.arrivals.arrivalsOn(MONDAY));
        assertEquals(2, today.size());
        assertEquals("newest first", TestSchool.AMARA, today.get(0).pupil.id);
        assertEquals(AttendanceCode.U, today.get(0).outcome.code());
        assertTrue(today.get(0).unsent);
    }

    @Test
    public void anArrivalUndoneWithinTenSecondsIsWithdrawnKeptAndDecidesNothingAndLaterUndoIsRefused() {
        data.enrolledAs(Role.GATE);
        data.clock.set(Instant.parse("2026-09-07T08:05:00Z"));
        ArrivalRecorded wrongCard = data.arrivals.recordArrival(TestSchool.AMARA);
        ArrivalRecorded kept = data.arrivals.recordArrival(TestSchool.DANIEL);
        data.clock.advanceSeconds(9);

        assertTrue(data.arrivals.undoArrival(wrongCard.eventId));
        assertFalse("a second undo changes nothing", data.arrivals.undoArrival(wrongCard.eventId));
        data.clock.advanceSeconds(2);
        assertFalse("11 s later it is too late", data.arrivals.undoArrival(kept.eventId));

        List<ArrivalRow> today = LiveDataValues.latest(data.arrivals.arrivalsOn(MONDAY));
        assertEquals(2, today.size());
        for (ArrivalRow row : today) {
            assertEquals(row.eventId.equals(wrongCard.eventId), row.undone);
        }
        List<JournalEventEntity> pending = database.journal().pending();
        assertEquals("both arrivals and the withdrawal go to the server", 3, pending.size());
        assertEquals("ARRIVAL_WITHDRAWN", pending.get(2).type);
        assertEquals(wrongCard.eventId, pending.get(2).refId);
        List<RegisterRow> register = LiveDataValues.latest(
                data.register.register(TestSchool.CLASS_3A, MONDAY, Session.AM));
        assertNull("the withdrawn arrival decides no mark", register.get(1).mark);
        assertEquals(AttendanceCode.L, register.get(2).mark.code());
    }

    @Test
    public void aWithdrawalNamingAnotherPupilsArrivalUndoesItNeitherOnTheGateNorOnTheRegister() {
        data.enrolledAs(Role.GATE);
        data.clock.set(Instant.parse("2026-09-07T08:05:00Z"));
        ArrivalRecorded daniel = data.arrivals.recordArrival(TestSchool.DANIEL);
        database.journal().insertIfAbsent(new JournalEventEntity("7c1d0000-0000-4000-8000-00000000b905",
                JournalEventEntity.REMOTE, 9, "ARRIVAL_WITHDRAWN", TestSchool.AMARA, "2026-09-07", daniel.eventId,
                EventPayloads.arrivalWithdrawn(TestSchool.AMARA, daniel.eventId, LocalDateTime.of(2026, 9, 7, 9, 6),
                        "wrong card").toString(), "2026-09-07T08:06:00Z", 0L, "13-1", 2L));

        assertFalse(LiveDataValues.latest(data.arrivals.arrivalsOn(MONDAY)).get(0).undone);
        assertEquals(AttendanceCode.L, LiveDataValues.latest(
                data.register.register(TestSchool.CLASS_3A, MONDAY, Session.AM)).get(2).mark.code());
        assertTrue("the gate may still undo its own arrival", data.arrivals.undoArrival(daniel.eventId));
    }

    @Test
    public void anotherGatesWithdrawalReachingThisTabletUnmarksTheSession() {
        data.enrolledAs(Role.TEACHER);
        database.journal().insertIfAbsent(new JournalEventEntity("7c1d0000-0000-4000-8000-00000000a905",
                JournalEventEntity.REMOTE, 4, "ARRIVAL", TestSchool.DANIEL, "2026-09-07", null,
                EventPayloads.arrival(TestSchool.DANIEL, LocalDateTime.of(2026, 9, 7, 9, 5)).toString(),
                "2026-09-07T08:05:00Z", 0L, "12-1", 1L));
        assertEquals(AttendanceCode.L, LiveDataValues.latest(
                data.register.register(TestSchool.CLASS_3A, MONDAY, Session.AM)).get(2).mark.code());

        database.journal().insertIfAbsent(new JournalEventEntity("7c1d0000-0000-4000-8000-00000000a906",
                JournalEventEntity.REMOTE, 5, "ARRIVAL_WITHDRAWN", TestSchool.DANIEL, "2026-09-07",
                "7c1d0000-0000-4000-8000-00000000a905", EventPayloads.arrivalWithdrawn(TestSchool.DANIEL,
                        "7c1d0000-0000-4000-8000-00000000a905", LocalDateTime.of(2026, 9, 7, 9, 5, 6), "wrong card")
                        .toString(), "2026-09-07T08:05:06Z", 0L, "12-2", 2L));

        assertNull(LiveDataValues.latest(data.register.register(TestSchool.CLASS_3A, MONDAY, Session.AM)).get(2).mark);
    }

    @Test
    public void anArrivalCarriesWhatTheGateWasToldAboutIt() {
        data.enrolledAs(Role.GATE);
        data.clock.set(Instant.parse("2026-09-07T08:05:00Z"));

        data.arrivals.recordArrival(TestSchool.DANIEL, "With a parent");

        ArrivalRow row = LiveDataValues.latest(data.arrivals.arrivalsOn(MONDAY)).get(0);
        assertEquals("With a parent", row.reason);
        assertEquals(AttendanceCode.L, row.outcome.code());
    }
}
