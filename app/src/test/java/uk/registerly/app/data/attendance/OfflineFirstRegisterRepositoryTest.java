package uk.registerly.app.data.attendance;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.entity.DeliveredEventEntity;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.RejectedEventEntity;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.LiveDataValues;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.MarkSource;
import uk.registerly.rules.marks.RegisterEntry;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * Register rows with the marks the rules compute over the local journal, and the marks and
 * amendments written on them: right on the device before any sync.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class OfflineFirstRegisterRepositoryTest extends OnTheDevice {
    @Test
    public void theRegisterListsTheClassWithEffectiveMarksAndWhatIsUnsent() {
        data.enrolledAs(Role.TEACHER);
        data.register.recordMark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
        data.register.recordMark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);

        List<RegisterRow> register = LiveDataValues.latest(
                data.register.register(TestSchool.CLASS_3A, MONDAY, Session.AM));

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
        data.register.recordMark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);
        // The gate's arrival at 09:05 reached this tablet through an earlier pull.
        database.journal().insertIfAbsent(new JournalEventEntity("7c1d0000-0000-4000-8000-00000000a905",
                JournalEventEntity.REMOTE, 4, "ARRIVAL", TestSchool.DANIEL, "2026-09-07", null,
                EventPayloads.arrival(TestSchool.DANIEL, LocalDateTime.of(2026, 9, 7, 9, 5)).toString(),
                "2026-09-07T08:05:00Z", 0L, "12-1", 1L));

        EffectiveMark mark = LiveDataValues.latest(
                data.register.register(TestSchool.CLASS_3A, MONDAY, Session.AM)).get(2).mark;

        assertEquals(AttendanceCode.L, mark.code());
        assertEquals(Integer.valueOf(15), mark.minutesLate());
        assertEquals(MarkSource.ARRIVAL, mark.source());
    }

    @Test
    public void eachRoleWritesOnlyWhatTheServerAcceptsFromIt() {
        data.enrolledAs(Role.TEACHER);
        NotRecordableException gateOnly = assertThrows(NotRecordableException.class,
                () -> data.arrivals.recordArrival(TestSchool.AMARA));
        assertEquals("The late gate records this, not a teacher's device (ARRIVAL).", gateOnly.getMessage());
        NotRecordableException notTheirs = assertThrows(NotRecordableException.class,
                () -> data.register.recordMark(TestSchool.FINN, MONDAY, Session.AM, AttendanceCode.N));
        assertTrue(notTheirs.getMessage(), notTheirs.getMessage().startsWith("Only this pupil's class teacher"));
        assertThrows(NotRecordableException.class, () -> data.register.recordAmendment(TestSchool.FINN, MONDAY,
                Session.AM, AttendanceCode.PRESENT_AM, "was in the hall"));
        assertEquals(0, database.journal().countPending());

        data.enrolledAs(Role.GATE);
        assertThrows(NotRecordableException.class, () -> data.register.recordAmendment(TestSchool.AMARA, MONDAY,
                Session.AM, AttendanceCode.PRESENT_AM, "was in the hall"));
    }

    @Test
    public void aTeacherAmendsAMarkOfTheirOwnClassSignedWithTheirNameAndPosition() {
        data.enrolledAs(Role.TEACHER);
        data.register.recordMark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.N);
        data.clock.set(Instant.parse("2026-09-07T08:30:00Z"));

        JournalEventEntity amendment = data.register.recordAmendment(TestSchool.AMARA, MONDAY, Session.AM,
                AttendanceCode.PRESENT_AM, "was in the music room at registration");

        assertTrue(amendment.payload, amendment.payload.contains("\"by\":\"" + TestSchool.TEACHER_SIGNATURE + "\""));
        EffectiveMark mark = LiveDataValues.latest(
                data.register.register(TestSchool.CLASS_3A, MONDAY, Session.AM)).get(1).mark;
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

        JournalEventEntity amendment = data.register.recordAmendment(TestSchool.ELSIE, MONDAY, Session.AM,
                AttendanceCode.M, "dental appointment letter seen");

        assertTrue(amendment.payload, amendment.payload.contains("\"by\":\"" + TestSchool.OFFICE_SIGNATURE + "\""));
        PupilEvaluation record = LiveDataValues.latest(data.records.pupilRecord(TestSchool.ELSIE));
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

        List<JournalEventEntity> marks = data.register.recordMarks(
                Arrays.asList(TestSchool.AMARA, TestSchool.ELSIE), MONDAY, Session.AM, AttendanceCode.PRESENT_AM);

        assertEquals(2, marks.size());
        assertEquals("consecutive sequence numbers", marks.get(0).deviceSeq + 1, marks.get(1).deviceSeq);
        assertEquals(1, data.syncRequests.get() - before);
        List<RegisterRow> register = LiveDataValues.latest(
                data.register.register(TestSchool.CLASS_3A, MONDAY, Session.AM));
        assertEquals(AttendanceCode.PRESENT_AM, register.get(0).mark.code());
        assertEquals(AttendanceCode.PRESENT_AM, register.get(1).mark.code());
        assertNull(register.get(2).mark);
    }

    @Test
    public void aRegisterOnScreenStopsSayingUnsentOnceTheMarkIsDelivered() {
        data.enrolledAs(Role.TEACHER);
        JournalEventEntity mark = data.register.recordMark(TestSchool.AMARA, MONDAY, Session.AM,
                AttendanceCode.PRESENT_AM);
        androidx.lifecycle.LiveData<List<RegisterRow>> register =
                data.register.register(TestSchool.CLASS_3A, MONDAY, Session.AM);
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

        assertThrows(NotRecordableException.class, () -> data.register.recordMarks(
                Arrays.asList(TestSchool.AMARA, "99999999-0000-4000-8000-000000000099"), MONDAY, Session.AM,
                AttendanceCode.PRESENT_AM));

        assertEquals(0, database.journal().countPending());
    }

    @Test
    public void marksOnAClosedSessionAreRefusedWithTheReason() {
        data.enrolledAs(Role.TEACHER);

        NotRecordableException inset = assertThrows(NotRecordableException.class, () -> data.register.recordMark(
                TestSchool.AMARA, LocalDate.of(2026, 9, 1), Session.AM, AttendanceCode.PRESENT_AM));

        assertTrue(inset.getMessage(), inset.getMessage().contains("closed session (#"));
    }

    @Test
    public void anEventTheServerRejectedDecidesNoMark() {
        data.enrolledAs(Role.TEACHER);
        JournalEventEntity mark = data.register.recordMark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.N);
        database.deliveries().rejected(Collections.singletonList(
                new RejectedEventEntity(mark.id, "you do not teach this class", 1L)));

        assertNull(LiveDataValues.latest(data.register.register(TestSchool.CLASS_3A, MONDAY, Session.AM)).get(1).mark);
    }

    @Test
    public void theRegisterWindowFollowsTheClasssYearGroup() {
        RegisterWindow am = data.register.registerWindow(TestSchool.CLASS_3A, Session.AM);

        assertEquals("08:50", am.lateAfter().toString());
        assertEquals("09:15", am.closes().toString());
    }
}
