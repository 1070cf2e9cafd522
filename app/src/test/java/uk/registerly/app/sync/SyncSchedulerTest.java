package uk.registerly.app.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static uk.registerly.app.testing.FixedClockModule.NOW;

import android.app.Application;
import android.content.Context;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;
import androidx.work.Configuration;
import androidx.work.WorkInfo;
import androidx.work.WorkManager;
import androidx.work.testing.SynchronousExecutor;
import androidx.work.testing.WorkManagerTestInitHelper;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.testing.TestDatabases;

/** A sync asked for offline waits for the network, then runs through WorkManager and Dagger's factory. */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class SyncSchedulerTest {
    private final Context context = ApplicationProvider.getApplicationContext();
    private RegisterlyDatabase database;
    private SyncStatusRepository status;

    @Before
    public void setUp() {
        database = TestDatabases.inMemory(context);
        status = new SyncStatusRepository(database.deviceSettings());
        DaggerWorkerFactory factory = new DaggerWorkerFactory(Map.of(SyncWorker.class,
                () -> new SyncWorker.Factory(status, Clock.fixed(NOW, ZoneOffset.UTC))));
        WorkManagerTestInitHelper.initializeTestWorkManager(context, new Configuration.Builder()
                .setExecutor(new SynchronousExecutor())
                .setWorkerFactory(factory)
                .build());
    }

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void aRequestedSyncWaitsForTheNetworkThenRuns() throws Exception {
        UUID id = new SyncScheduler(context).syncNow();

        assertEquals(WorkInfo.State.ENQUEUED, WorkManager.getInstance(context).getWorkInfoById(id).get().getState());
        assertNull(status.lastSyncCompleted());

        WorkManagerTestInitHelper.getTestDriver(context).setAllConstraintsMet(id);

        assertEquals(WorkInfo.State.SUCCEEDED, WorkManager.getInstance(context).getWorkInfoById(id).get().getState());
        assertEquals(NOW, status.lastSyncCompleted());
    }

    @Test
    public void askingTwiceWhileWaitingKeepsOnePendingSync() throws Exception {
        SyncScheduler scheduler = new SyncScheduler(context);
        UUID first = scheduler.syncNow();
        scheduler.syncNow();

        assertEquals(1, WorkManager.getInstance(context)
                .getWorkInfosForUniqueWork(SyncScheduler.UNIQUE_SYNC).get().size());
        assertEquals(first, WorkManager.getInstance(context)
                .getWorkInfosForUniqueWork(SyncScheduler.UNIQUE_SYNC).get().get(0).getId());
    }
}
