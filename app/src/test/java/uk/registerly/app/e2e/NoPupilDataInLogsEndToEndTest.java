package uk.registerly.app.e2e;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import android.app.Application;
import android.content.Context;
import android.database.Cursor;
import android.util.Log;

import androidx.test.core.app.ApplicationProvider;
import androidx.work.Configuration;
import androidx.work.testing.SynchronousExecutor;
import androidx.work.testing.WorkManagerTestInitHelper;

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
import org.robolectric.shadows.ShadowLog;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.e2e.outside.InProcessServer;
import uk.registerly.app.security.SignedInStaff;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * No pupil data in logs (issue 13, section 3; MASVS-STORAGE-2): a whole morning through the app's
 * own code against the real server — enrolment of a teacher, the gate and the office, a mark, an
 * arrival with the gate's reason, an amendment signed by the teacher who unlocked the tablet, syncs
 * both ways — and then every line the app and its libraries logged (Robolectric's ShadowLog
 * captures android.util.Log) is searched for every pupil's name, the reason and the amendment.
 */
@RunWith(ServerOutsideSandboxRunner.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class NoPupilDataInLogsEndToEndTest {
    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 18);
    private static final String GATE_REASON = "Dentist appointment for a broken tooth";
    private static final String AMENDMENT_REASON = "Was at the dentist with her mother";

    private final Context context = ApplicationProvider.getApplicationContext();
    private final List<RegisterlyDatabase> databases = new ArrayList<>();

    @Before
    public void setUp() {
        ShadowLog.clear();
        WorkManagerTestInitHelper.initializeTestWorkManager(context,
                new Configuration.Builder().setExecutor(new SynchronousExecutor()).build());
    }

    @After
    public void closeDatabases() {
        for (RegisterlyDatabase database : databases) {
            database.close();
        }
    }

    @Test
    public void aWholeMorningLogsNoPupilsNameNoReasonAndNoNote() throws Exception {
        InProcessServer.School school = InProcessServer.newSchool();
        E2eDevice teacher = device(Instant.parse("2026-11-18T08:52:00Z")).enrol(school.teacherCode);
        E2eDevice gate = device(Instant.parse("2026-11-18T09:05:00Z")).enrol(school.gateCode);
        E2eDevice office = device(InProcessServer.NOW).enrol(school.officeCode);
        teacher.sync();
        gate.sync();
        office.sync();
        String pupil = school.pupils.get(0);
        teacher.data.staff.signIn(new SignedInStaff(teacher.identity().staffId(),
                teacher.identity().staffSignature().split(", ")[0], teacher.identity().staffSignature().split(", ")[1]),
                teacher.data.clock.millis());

        teacher.data.register.recordMark(pupil, WEDNESDAY, Session.AM, AttendanceCode.N);
        teacher.sync();
        gate.data.arrivals.recordArrival(pupil, GATE_REASON);
        gate.sync();
        teacher.data.clock.set(InProcessServer.NOW);
        teacher.data.register.recordAmendment(pupil, WEDNESDAY, Session.AM, AttendanceCode.L, AMENDMENT_REASON);
        teacher.sync();
        office.sync();

        List<String> secrets = new ArrayList<>(names(office.data.database));
        assertTrue("the office holds the school's pupils", secrets.size() >= 8);
        secrets.add(GATE_REASON);
        secrets.add(AMENDMENT_REASON);
        List<ShadowLog.LogItem> logs = ShadowLog.getLogs();
        assertFalse("logging was captured", logs.isEmpty());
        assertNoneIn(logs, secrets);

        // The search itself works: a line naming a pupil is caught.
        Log.i("Registerly", "marked " + secrets.get(0));
        assertThrows(AssertionError.class, () -> assertNoneIn(ShadowLog.getLogs(), secrets));
    }

    private static void assertNoneIn(List<ShadowLog.LogItem> logs, List<String> secrets) {
        for (ShadowLog.LogItem item : logs) {
            String line = item.tag + " " + item.msg + " " + (item.throwable == null ? ""
                    : android.util.Log.getStackTraceString(item.throwable));
            for (String secret : secrets) {
                if (line.contains(secret)) {
                    throw new AssertionError("pupil data in the log: " + line);
                }
            }
        }
    }

    /** Every pupil's full name, from the office's roster. */
    private static List<String> names(RegisterlyDatabase database) {
        List<String> names = new ArrayList<>();
        try (Cursor rows = database.getOpenHelper().getReadableDatabase()
                .query("SELECT first_name, last_name FROM pupils")) {
            while (rows.moveToNext()) {
                // Full names: a short surname alone could be part of any word a library logs.
                names.add(rows.getString(0) + " " + rows.getString(1));
            }
        }
        return names;
    }

    private E2eDevice device(Instant now) {
        RegisterlyDatabase database = TestDatabases.inMemory(context);
        databases.add(database);
        return new E2eDevice(context, database, now);
    }
}
