package uk.registerly.app.data.attendance;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.entity.DeliveredEventEntity;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.RejectedEventEntity;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.LiveDataValues;
import uk.registerly.app.testing.TestDataLayer;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.MarkSource;
import uk.registerly.rules.marks.RegisterEntry;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * Marks, arrivals and records computed by the rules over the local journal: right on the device
 * before any sync. Monday 7 September 2026 at Millbrook-style registers (late after 08:50, closed 09:15).
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class OfflineFirstAttendanceRepositoryTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    /** 08:52 in London (BST). */
    private static final Instant AT_0852 = Instant.parse("2026-09-07T07:52:00Z");

    private RegisterlyDatabase database;
    private TestDataLayer data;

    @Before
    public void setUp() {
        database = TestDatabases.inMemory(ApplicationProvider.getApplicationContext());
        data = new TestDataLayer(database, AT_0852).withTestSchool();
    }

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void theRegisterListsTheClassWithEffectiveMarksAndWhatIsUnsent() {
        data.enrolledAs(Role.TEACHER);
        data.attendance.recordMark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
        data.attendance.recordMark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);

        List<RegisterRow> register = LiveDataValues.latest(
                data.attendance.register(TestSchool.CLASS_3A, MONDAY, Session.AM));

        assertEquals(3, register.size());
        // Sorted by last name: Brown, Okafor, Singh.
        assertEquals("Elsie", register.get(0).pupil.firstName);
        assertEquals(AttendanceCode.PRESENT_AM, register.get(1).mark.code());
        assertEquals(AttendanceCode.N, register.get(2).mark.code());
        assertTrue(register.get(2).unsent);
        assertNull("Elsie has no mark yet", register.get(0).mark);
        assertFalse(register.get(0).unsent);
    }

    @Test
    public void aTeachersNAndALaterGateArrivalMakeLWithMinutesLateWhileOffline() {
        data.enrolledAs(Role.TEACHER);
        data.attendance.recordMark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);
        // The gate's arrival at 09:05 reached this tablet through an earlier pull.
        database.journal().insertIfAbsent(new JournalEventEntity("7c1d0000-0000-4000-8000-00000000a905",
                JournalEventEntity.REMOTE, 4, "ARRIVAL", TestSchool.DANIEL, "2026-09-07", null,
                EventPayloads.arrival(TestSchool.DANIEL, LocalDateTime.of(2026, 9, 7, 9, 5)).toString(),
                "2026-09-07T08:05:00Z", 0L, "12-1", 1L));

        EffectiveMark mark = LiveDataValues.latest(
                data.attendance.register(TestSchool.CLASS_3A, MONDAY, Session.AM)).get(2).mark;

        assertEquals(AttendanceCode.L, mark.code());
        assertEquals(Integer.valueOf(15), mark.minutesLate());
        assertEquals(MarkSource.ARRIVAL, mark.source());
    }

    @Test
    public void theGateLearnsAtOnceWhetherAnArrivalIsLateOrAfterTheRegisterClosed() {
        data.enrolledAs(Role.GATE);
        data.clock.set(Instant.parse("2026-09-07T08:05:00Z"));
        ArrivalRecorded late = data.attendance.recordArrival(TestSchool.DANIEL);
        data.clock.set(Instant.parse("2026-09-07T08:20:00Z"));
        ArrivalRecorded afterClose = data.attendance.recordArrival(TestSchool.AMARA);

        assertEquals(AttendanceCode.L, late.outcome.code());
        assertEquals(15, late.outcome.minutesLate());
        assertEquals(Session.AM, late.session);
        assertEquals(AttendanceCode.U, afterClose.outcome.code());
        assertEquals(30, afterClose.outcome.minutesLate());
        assertEquals(Instant.parse("2026-09-07T08:20:10Z"), afterClose.undoableUntil);

        List<ArrivalRow> today = LiveDataValues.latest(data.attendance.arrivalsOn(MONDAY));
        assertEquals(2, today.size());
        assertEquals("newest first", TestSchool.AMARA, today.get(0).pupil.id);
        assertEquals(AttendanceCode.U, today.get(0).outcome.code());
        assertTrue(today.get(0).unsent);
    }

    @Test
    public void anArrivalUndoneWithinTenSecondsIsWithdrawnKeptAndDecidesNothingAndLaterUndoIsRefused() {
        data.enrolledAs(Role.GATE);
        data.clock.set(Instant.parse("2026-09-07T08:05:00Z"));
        ArrivalRecorded wrongCard = data.attendance.recordArrival(TestSchool.AMARA);
        ArrivalRecorded kept = data.attendance.recordArrival(TestSchool.DANIEL);
        data.clock.advanceSeconds(9);

        assertTrue(data.attendance.undoArrival(wrongCard.eventId));
        assertFalse("a second undo changes nothing", data.attendance.undoArrival(wrongCard.eventId));
        data.clock.advanceSeconds(2);
        assertFalse("11 s later it is too late", data.attendance.undoArrival(kept.eventId));

        List<ArrivalRow> today = LiveDataValues.latest(data.attendance.arrivalsOn(MONDAY));
        assertEquals(2, today.size());
        for (ArrivalRow row : today) {
            assertEquals(row.eventId.equals(wrongCard.eventId), row.undone);
        }
        List<JournalEventEntity> pending = database.journal().pending();
        assertEquals("both arrivals and the withdrawal go to the server", 3, pending.size());
        assertEquals("ARRIVAL_WITHDRAWN", pending.get(2).type);
        assertEquals(wrongCard.eventId, pending.get(2).refId);
        List<RegisterRow> register = LiveDataValues.latest(
                data.attendance.register(TestSchool.CLASS_3A, MONDAY, Session.AM));
        assertNull("the withdrawn arrival decides no mark", register.get(1).mark);
        assertEquals(AttendanceCode.L, register.get(2).mark.code());
    }

    /**
     * The gate's list and the marks apply the rules' one test for a withdrawal (the same pupil's,
     * naming the arrival): one naming another pupil's arrival (the server refuses it) undoes
     * nothing on either.
     */
    @Test
    public void aWithdrawalNamingAnotherPupilsArrivalUndoesItNeitherOnTheGateNorOnTheRegister() {
        data.enrolledAs(Role.GATE);
        data.clock.set(Instant.parse("2026-09-07T08:05:00Z"));
        ArrivalRecorded daniel = data.attendance.recordArrival(TestSchool.DANIEL);
        database.journal().insertIfAbsent(new JournalEventEntity("7c1d0000-0000-4000-8000-00000000b905",
                JournalEventEntity.REMOTE, 9, "ARRIVAL_WITHDRAWN", TestSchool.AMARA, "2026-09-07", daniel.eventId,
                EventPayloads.arrivalWithdrawn(TestSchool.AMARA, daniel.eventId, LocalDateTime.of(2026, 9, 7, 9, 6),
                        "wrong card").toString(), "2026-09-07T08:06:00Z", 0L, "13-1", 2L));

        assertFalse(LiveDataValues.latest(data.attendance.arrivalsOn(MONDAY)).get(0).undone);
        assertEquals(AttendanceCode.L, LiveDataValues.latest(
                data.attendance.register(TestSchool.CLASS_3A, MONDAY, Session.AM)).get(2).mark.code());
        assertTrue("the gate may still undo its own arrival", data.attendance.undoArrival(daniel.eventId));
    }

    /** A withdrawal pulled from another gate takes back that gate's arrival here too. */
    @Test
    public void anotherGatesWithdrawalReachingThisTabletUnmarksTheSession() {
        data.enrolledAs(Role.TEACHER);
        database.journal().insertIfAbsent(new JournalEventEntity("7c1d0000-0000-4000-8000-00000000a905",
                JournalEventEntity.REMOTE, 4, "ARRIVAL", TestSchool.DANIEL, "2026-09-07", null,
                EventPayloads.arrival(TestSchool.DANIEL, LocalDateTime.of(2026, 9, 7, 9, 5)).toString(),
                "2026-09-07T08:05:00Z", 0L, "12-1", 1L));
        assertEquals(AttendanceCode.L, LiveDataValues.latest(
                data.attendance.register(TestSchool.CLASS_3A, MONDAY, Session.AM)).get(2).mark.code());

        database.journal().insertIfAbsent(new JournalEventEntity("7c1d0000-0000-4000-8000-00000000a906",
                JournalEventEntity.REMOTE, 5, "ARRIVAL_WITHDRAWN", TestSchool.DANIEL, "2026-09-07",
                "7c1d0000-0000-4000-8000-00000000a905", EventPayloads.arrivalWithdrawn(TestSchool.DANIEL,
                        "7c1d0000-0000-4000-8000-00000000a905", LocalDateTime.of(2026, 9, 7, 9, 5, 6), "wrong card")
                        .toString(), "2026-09-07T08:05:06Z", 0L, "12-2", 2L));

        assertNull(LiveDataValues.latest(data.attendance.register(TestSchool.CLASS_3A, MONDAY, Session.AM)).get(2).mark);
    }

    @Test
    public void eachRoleWritesOnlyWhatTheServerAcceptsFromIt() {
        data.enrolledAs(Role.TEACHER);
        NotRecordableException gateOnly = assertThrows(NotRecordableException.class,
                () -> data.attendance.recordArrival(TestSchool.AMARA));
        assertEquals("The late gate records this, not a teacher's device (ARRIVAL).", gateOnly.getMessage());
        NotRecordableException notTheirs = assertThrows(NotRecordableException.class,
                () -> data.attendance.recordMark(TestSchool.FINN, MONDAY, Session.AM, AttendanceCode.N));
        assertTrue(notTheirs.getMessage(), notTheirs.getMessage().startsWith("Only this pupil's class teacher"));
        assertThrows(NotRecordableException.class, () -> data.attendance.recordAmendment(TestSchool.FINN, MONDAY,
                Session.AM, AttendanceCode.PRESENT_AM, "was in the hall"));
        assertEquals(0, database.journal().countPending());

        data.enrolledAs(Role.GATE);
        assertThrows(NotRecordableException.class, () -> data.attendance.recordAmendment(TestSchool.AMARA, MONDAY,
                Session.AM, AttendanceCode.PRESENT_AM, "was in the hall"));
    }

    /** Teachers amend their own class's register after it closed, signed with their "Name, Position". */
    @Test
    public void aTeacherAmendsAMarkOfTheirOwnClassSignedWithTheirNameAndPosition() {
        data.enrolledAs(Role.TEACHER);
        data.attendance.recordMark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.N);
        data.clock.set(Instant.parse("2026-09-07T08:30:00Z"));

        JournalEventEntity amendment = data.attendance.recordAmendment(TestSchool.AMARA, MONDAY, Session.AM,
                AttendanceCode.PRESENT_AM, "was in the music room at registration");

        assertTrue(amendment.payload, amendment.payload.contains("\"by\":\"" + TestSchool.TEACHER_SIGNATURE + "\""));
        EffectiveMark mark = LiveDataValues.latest(
                data.attendance.register(TestSchool.CLASS_3A, MONDAY, Session.AM)).get(1).mark;
        assertEquals(AttendanceCode.PRESENT_AM, mark.code());
        assertEquals(MarkSource.AMENDMENT, mark.source());
    }

    @Test
    public void anAmendmentIsSignedByTheEnrolledStaffAndShowsInTheMarksHistory() {
        data.enrolledAs(Role.OFFICE);
        database.journal().insertIfAbsent(new JournalEventEntity("5a000000-0000-4000-8000-000000000001",
                JournalEventEntity.REMOTE, 1, "REGISTER_MARK", TestSchool.ELSIE, "2026-09-07", null,
                EventPayloads.registerMark(TestSchool.ELSIE, MONDAY, Session.AM, AttendanceCode.N,
                        LocalDateTime.of(2026, 9, 7, 8, 49)).toString(), "2026-09-07T07:49:00Z", 0L, "9-1", 1L));
        data.clock.set(Instant.parse("2026-09-07T09:30:00Z"));

        JournalEventEntity amendment = data.attendance.recordAmendment(TestSchool.ELSIE, MONDAY, Session.AM,
                AttendanceCode.M, "dental appointment letter seen");

        assertTrue(amendment.payload, amendment.payload.contains("\"by\":\"" + TestSchool.OFFICE_SIGNATURE + "\""));
        PupilEvaluation record = LiveDataValues.latest(data.attendance.pupilRecord(TestSchool.ELSIE));
        EffectiveMark monday = record.marks().get(record.marks().size() - 1);
        assertEquals(AttendanceCode.M, monday.code());
        List<RegisterEntry> history = monday.history();
        assertEquals(RegisterEntry.Kind.ORIGINAL, history.get(0).kind());
        assertEquals(AttendanceCode.N, history.get(0).codeAfter());
        assertEquals(RegisterEntry.Kind.AMENDMENT, history.get(1).kind());
        assertEquals("dental appointment letter seen", history.get(1).fact().reason());
    }

    @Test
    public void severalMarksAreWrittenInOneBatchAndAskForOneSync() {
        data.enrolledAs(Role.TEACHER);
        int before = data.syncRequests.get();

        List<JournalEventEntity> marks = data.attendance.recordMarks(
                Arrays.asList(TestSchool.AMARA, TestSchool.ELSIE), MONDAY, Session.AM, AttendanceCode.PRESENT_AM);

        assertEquals(2, marks.size());
        assertEquals("consecutive sequence numbers", marks.get(0).deviceSeq + 1, marks.get(1).deviceSeq);
        assertEquals(1, data.syncRequests.get() - before);
        List<RegisterRow> register = LiveDataValues.latest(
                data.attendance.register(TestSchool.CLASS_3A, MONDAY, Session.AM));
        assertEquals(AttendanceCode.PRESENT_AM, register.get(0).mark.code());
        assertEquals(AttendanceCode.PRESENT_AM, register.get(1).mark.code());
        assertNull(register.get(2).mark);
    }

    @Test
    public void aRegisterOnScreenStopsSayingUnsentOnceTheMarkIsDelivered() {
        data.enrolledAs(Role.TEACHER);
        JournalEventEntity mark = data.attendance.recordMark(TestSchool.AMARA, MONDAY, Session.AM,
                AttendanceCode.PRESENT_AM);
        androidx.lifecycle.LiveData<List<RegisterRow>> register =
                data.attendance.register(TestSchool.CLASS_3A, MONDAY, Session.AM);
        List<List<RegisterRow>> seen = new java.util.ArrayList<>();
        androidx.lifecycle.Observer<List<RegisterRow>> screen = seen::add;
        register.observeForever(screen);
        org.robolectric.shadows.ShadowLooper.idleMainLooper();
        assertTrue(seen.get(seen.size() - 1).get(1).unsent);

        database.deliveries().delivered(Collections.singletonList(new DeliveredEventEntity(mark.id, "ACCEPTED", 1L)));
        org.robolectric.shadows.ShadowLooper.idleMainLooper();

        register.removeObserver(screen);
        assertFalse("the same LiveData recomputed on delivery", seen.get(seen.size() - 1).get(1).unsent);
    }

    @Test
    public void aBatchWithOnePupilThatCannotBeMarkedWritesNothing() {
        data.enrolledAs(Role.TEACHER);

        assertThrows(NotRecordableException.class, () -> data.attendance.recordMarks(
                Arrays.asList(TestSchool.AMARA, "99999999-0000-4000-8000-000000000099"), MONDAY, Session.AM,
                AttendanceCode.PRESENT_AM));

        assertEquals(0, database.journal().countPending());
    }

    @Test
    public void anArrivalCarriesWhatTheGateWasToldAboutIt() {
        data.enrolledAs(Role.GATE);
        data.clock.set(Instant.parse("2026-09-07T08:05:00Z"));

        data.attendance.recordArrival(TestSchool.DANIEL, "With a parent");

        ArrivalRow row = LiveDataValues.latest(data.attendance.arrivalsOn(MONDAY)).get(0);
        assertEquals("With a parent", row.reason);
        assertEquals(AttendanceCode.L, row.outcome.code());
    }

    @Test
    public void marksOnAClosedSessionAreRefusedWithTheReason() {
        data.enrolledAs(Role.TEACHER);

        NotRecordableException inset = assertThrows(NotRecordableException.class, () -> data.attendance.recordMark(
                TestSchool.AMARA, LocalDate.of(2026, 9, 1), Session.AM, AttendanceCode.PRESENT_AM));

        assertTrue(inset.getMessage(), inset.getMessage().contains("closed session (#"));
    }

    @Test
    public void anEventTheServerRejectedDecidesNoMark() {
        data.enrolledAs(Role.TEACHER);
        JournalEventEntity mark = data.attendance.recordMark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.N);
        database.deliveries().rejected(Collections.singletonList(
                new RejectedEventEntity(mark.id, "you do not teach this class", 1L)));

        assertNull(LiveDataValues.latest(data.attendance.register(TestSchool.CLASS_3A, MONDAY, Session.AM)).get(1).mark);
    }

    @Test
    public void theRegisterWindowFollowsTheClasssYearGroup() {
        RegisterWindow am = data.attendance.registerWindow(TestSchool.CLASS_3A, Session.AM);

        assertEquals("08:50", am.lateAfter().toString());
        assertEquals("09:15", am.closes().toString());
    }

    @Test
    public void theFirstDayCallingListHasTheDaysUnexplainedAbsences() {
        data.enrolledAs(Role.TEACHER);
        data.attendance.recordMark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);
        data.attendance.recordMark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);

        List<MarkedPupil> calls = LiveDataValues.latest(data.attendance.unexplainedAbsences(MONDAY));

        assertEquals(1, calls.size());
        assertEquals(TestSchool.DANIEL, calls.get(0).pupil.id);
    }
}
