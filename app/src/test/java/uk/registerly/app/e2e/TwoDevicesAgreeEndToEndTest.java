package uk.registerly.app.e2e;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.assertNull;

import android.app.Application;
import android.content.Context;

import androidx.test.core.app.ApplicationProvider;
import androidx.work.Configuration;
import androidx.work.testing.SynchronousExecutor;
import androidx.work.testing.WorkManagerTestInitHelper;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.attendance.ArrivalRecorded;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.DeliveredEventEntity;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.e2e.outside.InProcessServer;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.MarkSource;

/**
 * The app's own sync code against the real server (in this JVM, embedded PostgreSQL, real HTTP on
 * localhost): a teacher marks N at 08:52, the gate records the pupil's arrival at 09:05; whichever
 * reaches the server first, both tablets and the office end up with L, 15 minutes late (the
 * register went late after 08:50 and closed at 09:15). And a resend after the process died between
 * the server's acknowledgement and the local record is a DUPLICATE, not a second copy.
 */
@RunWith(ServerOutsideSandboxRunner.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class TwoDevicesAgreeEndToEndTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 18);
    private static final Instant AT_0852 = Instant.parse("2026-11-18T08:52:00Z");
    private static final Instant AT_0905 = Instant.parse("2026-11-18T09:05:00Z");

    private final Context context = ApplicationProvider.getApplicationContext();
    private final List<RegisterlyDatabase> databases = new ArrayList<>();
    private InProcessServer.School school;
    private String pupil;

    @Before
    public void setUp() {
        WorkManagerTestInitHelper.initializeTestWorkManager(context,
                new Configuration.Builder().setExecutor(new SynchronousExecutor()).build());
        school = InProcessServer.newSchool();
        pupil = school.pupils.get(1);
    }

    @After
    public void closeDatabases() {
        for (RegisterlyDatabase database : databases) {
            database.close();
        }
    }

    @Test
    public void theServerRunsOutsideRobolectricsSandboxAndTheAppInsideIt() {
        assertFalse(InProcessServer.class.getClassLoader().getClass().getName().contains("Sandbox"));
        assertTrue(E2eDevice.class.getClassLoader().getClass().getName().contains("Sandbox"));
    }

    @Test
    public void theTeachersNThenTheGatesArrivalGiveLFifteenMinutesLateEverywhere() throws Exception {
        E2eDevice teacher = device(AT_0852).enrol(school.teacherCode);
        E2eDevice gate = device(AT_0905).enrol(school.gateCode);
        syncAll(teacher, gate);

        teacher.data.register.recordMark(pupil, WEDNESDAY, Session.AM, AttendanceCode.N);
        teacher.sync();
        // What the gate was told travels in the arrival's payload; the server keeps it for the office.
        ArrivalRecorded arrival = gate.data.arrivals.recordArrival(pupil, "With a parent or carer");
        gate.sync();
        teacher.sync();

        assertEquals(AttendanceCode.L, arrival.outcome.code());
        assertTrue(gate.data.database.deliveries().rejected().isEmpty());
        assertTrue(teacher.data.database.journal().find(arrival.eventId).payload
                .contains("\"reason\":\"With a parent or carer\""));
        assertLateEverywhere(teacher, gate);
    }

    @Test
    public void theGatesArrivalReachingTheServerFirstChangesNothing() throws Exception {
        E2eDevice teacher = device(AT_0852).enrol(school.teacherCode);
        E2eDevice gate = device(AT_0905).enrol(school.gateCode);
        syncAll(teacher, gate);
        // The teacher's tablet is offline all morning; its N waits on the device.
        teacher.data.register.recordMark(pupil, WEDNESDAY, Session.AM, AttendanceCode.N);
        gate.data.arrivals.recordArrival(pupil);
        gate.sync();

        teacher.sync();
        gate.sync();

        assertLateEverywhere(teacher, gate);
    }

    /** A wrong card undone at the gate after the arrival already reached the server: N again everywhere. */
    @Test
    public void aWithdrawnArrivalLeavesTheTeachersMarkOnEveryDevice() throws Exception {
        E2eDevice teacher = device(AT_0852).enrol(school.teacherCode);
        E2eDevice gate = device(AT_0905).enrol(school.gateCode);
        syncAll(teacher, gate);
        teacher.data.register.recordMark(pupil, WEDNESDAY, Session.AM, AttendanceCode.N);
        teacher.sync();
        ArrivalRecorded wrongCard = gate.data.arrivals.recordArrival(pupil);
        gate.sync();

        gate.data.clock.advanceSeconds(5);
        assertTrue(gate.data.arrivals.undoArrival(wrongCard.eventId));
        gate.sync();
        teacher.sync();

        for (E2eDevice device : new E2eDevice[] {teacher, gate}) {
            EffectiveMark mark = device.markOf(school.classId, WEDNESDAY, Session.AM, pupil);
            assertEquals(AttendanceCode.N, mark.code());
            assertEquals(MarkSource.REGISTER_MARK, mark.source());
            assertEquals(0, device.data.database.journal().countPending());
            assertTrue(device.data.database.deliveries().rejected().isEmpty());
        }
    }

    /** After the register closed, the teacher corrects their own class's mark; the server takes it, signed. */
    @Test
    public void aTeachersAmendmentOfTheirOwnClassIsAcceptedByTheServer() throws Exception {
        E2eDevice teacher = device(AT_0852).enrol(school.teacherCode);
        teacher.sync();
        teacher.data.register.recordMark(pupil, WEDNESDAY, Session.AM, AttendanceCode.N);
        teacher.data.clock.set(Instant.parse("2026-11-18T09:40:00Z"));

        JournalEventEntity amendment = teacher.data.register.recordAmendment(pupil, WEDNESDAY, Session.AM,
                AttendanceCode.PRESENT_AM, "was in the music room at registration");
        teacher.sync();

        assertEquals(DeliveredEventEntity.ACCEPTED,
                teacher.data.database.deliveries().deliveryOf(amendment.id).result);
        EffectiveMark mark = teacher.markOf(school.classId, WEDNESDAY, Session.AM, pupil);
        assertEquals(AttendanceCode.PRESENT_AM, mark.code());
        assertEquals(MarkSource.AMENDMENT, mark.source());
    }

    @Test
    public void aResendAfterTheProcessDiedBeforeRecordingTheAcknowledgementIsADuplicate() throws Exception {
        String file = "teacher-" + System.nanoTime() + ".db";
        E2eDevice teacher = new E2eDevice(context, TestDatabases.onDisk(context, file), AT_0852).enrol(school.teacherCode);
        teacher.sync();
        JournalEventEntity mark = teacher.data.register.recordMark(pupil, WEDNESDAY, Session.AM, AttendanceCode.N);
        // What the disk holds at the moment the server acknowledges: SQLite commits atomically, so a
        // process killed before the "delivered" transaction commits leaves exactly this file.
        teacher.data.database.close();
        File onDisk = context.getDatabasePath(file);
        File beforeAck = new File(onDisk.getPath() + ".before-ack");
        Files.copy(onDisk.toPath(), beforeAck.toPath(), StandardCopyOption.REPLACE_EXISTING);
        E2eDevice running = reopen(teacher, file, AT_0852);
        running.sync();
        assertEquals(DeliveredEventEntity.ACCEPTED, running.data.database.deliveries().deliveryOf(mark.id).result);
        running.data.database.close();

        Files.copy(beforeAck.toPath(), onDisk.toPath(), StandardCopyOption.REPLACE_EXISTING);
        E2eDevice restarted = reopen(teacher, file, AT_0852);
        assertEquals("after the restart the mark looks unsent", 1, restarted.data.database.journal().countPending());
        restarted.sync();

        assertEquals(DeliveredEventEntity.DUPLICATE, restarted.data.database.deliveries().deliveryOf(mark.id).result);
        assertEquals(0, restarted.data.database.journal().countPending());
        assertEquals("the server holds one copy", 1, InProcessServer.storedCopies(mark.id));
        restarted.data.database.close();
    }

    private void assertLateEverywhere(E2eDevice teacher, E2eDevice gate) throws Exception {
        E2eDevice office = device(Instant.parse("2026-11-18T10:30:00Z")).enrol(school.officeCode);
        office.sync();
        for (E2eDevice device : new E2eDevice[] {teacher, gate, office}) {
            EffectiveMark mark = device.markOf(school.classId, WEDNESDAY, Session.AM, pupil);
            String who = device.identity().role().name();
            assertEquals(who, AttendanceCode.L, mark.code());
            assertEquals(who, Integer.valueOf(15), mark.minutesLate());
            assertEquals(who, MarkSource.ARRIVAL, mark.source());
            assertEquals(who, 0, device.data.database.journal().countPending());
        }
        assertEquals(DeviceIdentity.Role.OFFICE, office.identity().role());
        assertNull(office.data.database.deliveries().rejected().isEmpty() ? null : "rejections");
    }

    private static void syncAll(E2eDevice... devices) throws Exception {
        for (E2eDevice device : devices) {
            device.sync();
        }
    }

    private E2eDevice device(Instant now) {
        RegisterlyDatabase database = TestDatabases.inMemory(context);
        databases.add(database);
        return new E2eDevice(context, database, now);
    }

    /** The same tablet after its process restarted: the same secrets, a fresh connection to its file. */
    private E2eDevice reopen(E2eDevice before, String file, Instant now) throws IOException {
        E2eDevice after = new E2eDevice(context, TestDatabases.onDisk(context, file), now);
        DeviceIdentity identity = before.identity();
        after.data.identities.save(identity, before.data.identities.token());
        return after.resume();
    }
}
