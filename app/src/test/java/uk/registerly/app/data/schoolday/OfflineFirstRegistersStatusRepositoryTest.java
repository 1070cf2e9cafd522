package uk.registerly.app.data.schoolday;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import android.app.Application;

import androidx.lifecycle.MutableLiveData;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

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

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.testing.LiveDataValues;
import uk.registerly.app.testing.PulledEvents;
import uk.registerly.app.testing.TestDataLayer;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.registers.RegisterState;

/**
 * Issue 15 item 1 on the office tablet, offline: Millbrook's morning register closes at 09:15. The status of each
 * class comes from the tablet's own journal by the rules (not started, partly taken, taken; the last 5 minutes
 * before the close flagged), and the office takes 3A's register on Alice Patel's behalf, recorded as such; what the
 * server would refuse (a teacher who does not teach the class, a register already closed) writes nothing.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class OfflineFirstRegistersStatusRepositoryTest {
    /** Monday 7 September 2026, 09:11 at the school (BST): four minutes to the morning's close. */
    private static final Instant FOUR_TO_CLOSE = Instant.parse("2026-09-07T08:11:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    private RegisterlyDatabase database;
    private TestDataLayer office;
    private OfflineFirstRegistersStatusRepository registers;
    private final MutableLiveData<Long> ticks = new MutableLiveData<>(0L);

    @Before
    public void setUp() {
        database = TestDatabases.inMemory(ApplicationProvider.getApplicationContext());
        office = new TestDataLayer(database, FOUR_TO_CLOSE).enrolledAs(DeviceIdentity.Role.OFFICE).withTestSchool();
        registers = new OfflineFirstRegistersStatusRepository(database, office.schools, office.readModels,
                office.register, office.clock);
    }

    @After
    public void close() {
        database.close();
    }

    private RegistersToday now(Session session) {
        return LiveDataValues.latest(registers.status(session, ticks));
    }

    private static ClassRegister classOf(RegistersToday today, String classId) {
        for (ClassRegister c : today.classes) {
            if (c.classId.equals(classId)) {
                return c;
            }
        }
        throw new AssertionError("no class " + classId);
    }

    @Test
    public void registersNotTakenFourMinutesBeforeTheCloseAreDueForChasing() {
        RegistersToday today = now(Session.AM);
        assertTrue(today.schoolSession);
        assertEquals(MONDAY, today.date);
        assertEquals(2, today.classes.size());
        ClassRegister threeA = classOf(today, TestSchool.CLASS_3A);
        assertEquals("3A", threeA.className);
        assertEquals("Alice Patel", threeA.teachers.get(0).name);
        assertEquals(RegisterState.NOT_STARTED, threeA.status.state());
        assertEquals(3, threeA.status.pupils());
        assertEquals(0, threeA.status.marked());
        assertEquals(Long.valueOf(4), threeA.status.minutesToClose());
        assertTrue("4 minutes to the close, not taken", threeA.status.reminderDue());
        assertEquals("by name: Brown, Okafor, Singh", Arrays.asList("Elsie", "Amara", "Daniel"),
                Arrays.asList(threeA.unmarked.get(0).firstName, threeA.unmarked.get(1).firstName,
                        threeA.unmarked.get(2).firstName));
        assertTrue("4A has no teacher on the roster", classOf(today, TestSchool.CLASS_4A).teachers.isEmpty());
    }

    @Test
    public void aTeachersMarksMakeTheRegisterPartlyTakenThenTaken() {
        PulledEvents pulled = new PulledEvents(database);
        pulled.mark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
        pulled.mark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);
        ClassRegister partly = classOf(now(Session.AM), TestSchool.CLASS_3A);
        assertEquals(RegisterState.PARTIAL, partly.status.state());
        assertEquals(2, partly.status.marked());
        assertEquals(1, partly.unmarked.size());
        assertEquals(TestSchool.ELSIE, partly.unmarked.get(0).id);

        pulled.mark(TestSchool.ELSIE, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
        ClassRegister taken = classOf(now(Session.AM), TestSchool.CLASS_3A);
        assertEquals(RegisterState.TAKEN, taken.status.state());
        assertEquals(LocalDateTime.of(2026, 9, 7, 8, 55), taken.status.takenAt());
        assertFalse(taken.status.reminderDue());
        assertFalse(taken.status.takenOnBehalf());
        assertTrue(taken.unmarked.isEmpty());
        assertEquals("the afternoon is another register", RegisterState.NOT_STARTED,
                classOf(now(Session.PM), TestSchool.CLASS_3A).status.state());
    }

    @Test
    public void theOfficeTakesARegisterOnTheTeachersBehalfRecordedAsSuch() {
        List<JournalEventEntity> written = registers.takeOnBehalf(TestSchool.CLASS_3A, Session.AM, TestSchool.TEACHER,
                Arrays.asList(TestSchool.AMARA, TestSchool.DANIEL), Collections.singletonList(TestSchool.ELSIE));
        assertEquals(3, written.size());
        for (JournalEventEntity row : written) {
            assertEquals(EventType.REGISTER_MARK.name(), row.type);
            JsonObject payload = JsonParser.parseString(row.payload).getAsJsonObject();
            assertEquals("named for the teacher", TestSchool.TEACHER, payload.get("onBehalfOf").getAsString());
            assertEquals(row.pupilId.equals(TestSchool.ELSIE) ? "N" : "/", payload.get("code").getAsString());
            assertEquals("AM", payload.get("session").getAsString());
        }
        assertEquals("waiting for the push", 3, database.journal().countPending());
        ClassRegister taken = classOf(now(Session.AM), TestSchool.CLASS_3A);
        assertEquals(RegisterState.TAKEN, taken.status.state());
        assertTrue(taken.status.takenOnBehalf());
    }

    @Test
    public void nothingIsWrittenForATeacherWhoDoesNotTeachTheClass() {
        try {
            registers.takeOnBehalf(TestSchool.CLASS_4A, Session.AM, TestSchool.TEACHER,
                    Collections.singletonList(TestSchool.FINN), Collections.<String>emptyList());
            fail("Alice Patel does not teach 4A");
        } catch (NotRecordableException refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("does not teach"));
        }
        try {
            registers.takeOnBehalf(TestSchool.CLASS_3A, Session.AM, TestSchool.TEACHER,
                    Collections.singletonList(TestSchool.FINN), Collections.<String>emptyList());
            fail("Finn is not in 3A");
        } catch (NotRecordableException refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("not in this class"));
        }
        assertEquals(0, database.journal().countPending());
    }

    @Test
    public void aClosedRegisterIsNotTakenOnBehalfItIsAmended() {
        office.clock.set(Instant.parse("2026-09-07T08:20:00Z")); // 09:20, five minutes after the close
        ClassRegister closed = classOf(now(Session.AM), TestSchool.CLASS_3A);
        assertEquals(Long.valueOf(0), closed.status.minutesToClose());
        assertFalse("closed: no longer chased", closed.status.reminderDue());
        try {
            registers.takeOnBehalf(TestSchool.CLASS_3A, Session.AM, TestSchool.TEACHER,
                    Arrays.asList(TestSchool.AMARA, TestSchool.DANIEL, TestSchool.ELSIE),
                    Collections.<String>emptyList());
            fail("the register has closed");
        } catch (NotRecordableException refused) {
            assertEquals("nothing written", 0, database.journal().countPending());
        }
    }

    @Test
    public void theSessionUnderWayIsTheAfternoonOnceTheMorningHasEnded() {
        assertEquals(Session.AM, now(null).session);
        office.clock.set(Instant.parse("2026-09-07T11:30:00Z")); // 12:30
        ticks.setValue(1L);
        RegistersToday afternoon = now(null);
        assertEquals(Session.PM, afternoon.session);
        assertEquals(Long.valueOf(50), classOf(afternoon, TestSchool.CLASS_3A).status.minutesToClose());
    }

    @Test
    public void aWeekendHasNoRegisters() {
        office.clock.set(Instant.parse("2026-09-12T09:00:00Z")); // Saturday
        RegistersToday saturday = now(Session.AM);
        assertFalse(saturday.schoolSession);
        assertTrue(saturday.classes.isEmpty());
    }

    @Test
    public void aRegisterTheServerRejectedIsNotCounted() {
        JournalEventEntity mark = new PulledEvents(database).mark(TestSchool.AMARA, MONDAY, Session.AM,
                AttendanceCode.PRESENT_AM);
        assertEquals(1, classOf(now(Session.AM), TestSchool.CLASS_3A).status.marked());
        database.deliveries().rejected(Collections.singletonList(new uk.registerly.app.data.db.entity
                .RejectedEventEntity(mark.id, "the register had closed", FOUR_TO_CLOSE.toEpochMilli())));
        ClassRegister after = classOf(now(Session.AM), TestSchool.CLASS_3A);
        assertEquals(0, after.status.marked());
        assertNull(after.status.takenAt());
    }
}
