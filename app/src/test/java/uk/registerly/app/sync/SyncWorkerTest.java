package uk.registerly.app.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import android.app.Application;
import android.content.Context;

import androidx.annotation.NonNull;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;
import androidx.work.ListenableWorker;
import androidx.work.Worker;
import androidx.work.WorkerParameters;
import androidx.work.testing.TestListenableWorkerBuilder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicBoolean;

import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.AcceptingServer;
import uk.registerly.app.testing.MockServerDevice;
import uk.registerly.app.testing.TestDataLayer;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/** The worker WorkManager runs: what it sends, when it asks for a retry, and writes that land mid-pass. */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class SyncWorkerTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    @Rule
    public final MockServerDevice device = new MockServerDevice(Role.TEACHER, Instant.parse("2026-09-07T07:52:00Z"),
            NetworkTimeouts.DEFAULT);

    private final Context context = ApplicationProvider.getApplicationContext();
    private MockWebServer server;
    private RegisterlyDatabase database;
    private TestDataLayer data;
    private DaggerWorkerFactory factory;

    @Before
    public void setUp() {
        server = device.server;
        database = device.database;
        data = device.data;
        factory = data.workerFactory(context, NetworkTimeouts.DEFAULT);
    }

    @Test
    public void aPassSendsWhatIsWaitingAndRecordsTheTime() {
        server.setDispatcher(new AcceptingServer());
        data.register.recordMark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);

        assertEquals(ListenableWorker.Result.success(), worker().doWork());

        assertEquals(0, database.journal().countPending());
        assertEquals(Instant.parse("2026-09-07T07:52:00Z"), data.status.lastSyncCompleted());
    }

    @Test
    public void aServerFailureAsksWorkManagerToRetryWithBackoff() {
        server.enqueue(AcceptingServer.json("{\"error\":\"internal_error\"}").setResponseCode(500));
        data.register.recordMark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);

        assertEquals(ListenableWorker.Result.retry(), worker().doWork());
        assertEquals(1, database.journal().countPending());
    }

    @Test
    public void aWriteThatLandsWhileAPassIsRunningIsSentBeforeThePassEnds() {
        AtomicBoolean wroteDuringPass = new AtomicBoolean();
        AcceptingServer accepting = new AcceptingServer() {
            @Override
            protected void onPush(RecordedRequest request) {
                // The teacher marks another pupil while the first batch is on the wire.
                if (wroteDuringPass.compareAndSet(false, true)) {
                    data.register.recordMark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
                }
            }
        };
        server.setDispatcher(accepting);
        data.register.recordMark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);

        assertEquals(ListenableWorker.Result.success(), worker().doWork());

        assertTrue(wroteDuringPass.get());
        assertEquals("both writes went, in two pushes", 2, accepting.pushes.get());
        assertEquals(0, database.journal().countPending());
    }

    @Test
    public void anUnenrolledDeviceHasNothingToSync() {
        data.identities.forget();

        assertEquals(ListenableWorker.Result.success(), worker().doWork());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    public void workersTheFactoryDoesNotKnowFallBackToWorkManagersDefault() {
        ListenableWorker worker = TestListenableWorkerBuilder.from(context, PlainWorker.class)
                .setWorkerFactory(factory)
                .build();

        assertTrue(worker instanceof PlainWorker);
    }

    private SyncWorker worker() {
        return (SyncWorker) TestListenableWorkerBuilder.from(context, SyncWorker.class).setWorkerFactory(factory).build();
    }

    /** A worker without injected dependencies, which WorkManager builds by reflection. */
    public static class PlainWorker extends Worker {
        public PlainWorker(@NonNull Context context, @NonNull WorkerParameters parameters) {
            super(context, parameters);
        }

        @NonNull
        @Override
        public Result doWork() {
            return Result.success();
        }
    }
}
