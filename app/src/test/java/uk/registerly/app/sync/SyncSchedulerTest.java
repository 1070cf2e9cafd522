package uk.registerly.app.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import android.app.Application;
import android.content.Context;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;
import androidx.work.BackoffPolicy;
import androidx.work.NetworkType;
import androidx.work.WorkInfo;
import androidx.work.WorkManager;
import androidx.work.impl.WorkManagerImpl;
import androidx.work.impl.model.WorkSpec;
import androidx.work.testing.WorkManagerTestInitHelper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

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

/** Sync requests through WorkManager's test driver: network constraint, KEEP, backoff, periodic, follow-up. */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class SyncSchedulerTest {
    private static final Instant NOW = Instant.parse("2026-09-07T07:52:00Z");

    @Rule
    public final MockServerDevice device = new MockServerDevice(Role.TEACHER, NOW, NetworkTimeouts.DEFAULT);

    private final Context context = ApplicationProvider.getApplicationContext();
    private MockWebServer server;
    private RegisterlyDatabase database;
    private TestDataLayer data;
    private SyncScheduler scheduler;

    @Before
    public void setUp() {
        server = device.server;
        database = device.database;
        data = device.data;
        scheduler = data.scheduler(context);
    }

    @Test
    public void aRequestedSyncWaitsForTheNetworkThenRuns() throws Exception {
        server.setDispatcher(new AcceptingServer());
        UUID id = scheduler.syncNow();

        assertEquals(WorkInfo.State.ENQUEUED, WorkManager.getInstance(context).getWorkInfoById(id).get().getState());
        assertNull(data.status.lastSyncCompleted());

        WorkManagerTestInitHelper.getTestDriver(context).setAllConstraintsMet(id);

        assertEquals(WorkInfo.State.SUCCEEDED, WorkManager.getInstance(context).getWorkInfoById(id).get().getState());
        assertEquals(NOW, data.status.lastSyncCompleted());
    }

    @Test
    public void askingTwiceWhileWaitingKeepsOnePendingSync() throws Exception {
        UUID first = scheduler.syncNow();
        scheduler.syncNow();

        List<WorkInfo> infos = WorkManager.getInstance(context).getWorkInfosForUniqueWork(SyncScheduler.UNIQUE_SYNC).get();
        assertEquals(1, infos.size());
        assertEquals(first, infos.get(0).getId());
    }

    @Test
    public void aSyncAfterAWriteIsExpeditedNeedsANetworkAndBacksOffExponentially() {
        UUID id = scheduler.syncNow();

        WorkSpec spec = workSpec(id);
        assertTrue(spec.expedited);
        assertEquals(NetworkType.CONNECTED, spec.constraints.getRequiredNetworkType());
        assertEquals(BackoffPolicy.EXPONENTIAL, spec.backoffPolicy);
        assertEquals(TimeUnit.SECONDS.toMillis(30), spec.backoffDelayDuration);
    }

    @Test
    public void thePeriodicPassRunsEveryFifteenMinutesWithANetworkAndTheUnsentCheckWithout() throws Exception {
        scheduler.schedulePeriodic();
        scheduler.schedulePeriodic();

        List<WorkInfo> periodic = WorkManager.getInstance(context).getWorkInfosForUniqueWork(SyncScheduler.PERIODIC).get();
        assertEquals(1, periodic.size());
        WorkSpec spec = workSpec(periodic.get(0).getId());
        assertEquals(TimeUnit.MINUTES.toMillis(15), spec.intervalDuration);
        assertEquals(NetworkType.CONNECTED, spec.constraints.getRequiredNetworkType());
        WorkSpec check = workSpec(WorkManager.getInstance(context)
                .getWorkInfosForUniqueWork(SyncScheduler.UNSENT_CHECK).get().get(0).getId());
        assertEquals(NetworkType.NOT_REQUIRED, check.constraints.getRequiredNetworkType());
    }

    @Test
    public void aWriteWhileAPassIsRunningQueuesAFollowUpThatKeepCannotDrop() throws Exception {
        data.onWrite = scheduler;
        AcceptingServer accepting = new AcceptingServer() {
            private boolean wrote;

            @Override
            protected void onPush(RecordedRequest request) {
                if (!wrote) {
                    wrote = true;
                    data.register.recordMark(TestSchool.AMARA, LocalDate.of(2026, 9, 7), Session.AM,
                            AttendanceCode.PRESENT_AM);
                }
            }
        };
        server.setDispatcher(accepting);
        data.register.recordMark(TestSchool.DANIEL, LocalDate.of(2026, 9, 7), Session.AM, AttendanceCode.N);
        UUID pass = WorkManager.getInstance(context).getWorkInfosForUniqueWork(SyncScheduler.UNIQUE_SYNC).get()
                .get(0).getId();

        WorkManagerTestInitHelper.getTestDriver(context).setAllConstraintsMet(pass);

        List<WorkInfo> followUp = WorkManager.getInstance(context).getWorkInfosForUniqueWork(SyncScheduler.FOLLOW_UP).get();
        assertEquals("the write during the pass also queued a follow-up", 1, followUp.size());
        assertEquals(0, database.journal().countPending());
    }

    private WorkSpec workSpec(UUID id) {
        return WorkManagerImpl.getInstance(context).getWorkDatabase().workSpecDao().getWorkSpec(id.toString());
    }
}
