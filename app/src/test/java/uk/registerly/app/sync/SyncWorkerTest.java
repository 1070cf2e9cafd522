package uk.registerly.app.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static uk.registerly.app.testing.FixedClockModule.NOW;

import android.app.Application;
import android.content.Context;

import androidx.annotation.NonNull;
import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;
import androidx.work.ListenableWorker;
import androidx.work.Worker;
import androidx.work.WorkerParameters;
import androidx.work.testing.TestListenableWorkerBuilder;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;

import javax.inject.Provider;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.testing.TestDatabases;

@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class SyncWorkerTest {
    private final Context context = ApplicationProvider.getApplicationContext();
    private RegisterlyDatabase database;
    private SyncStatusRepository status;
    private DaggerWorkerFactory factory;

    @Before
    public void setUp() {
        database = TestDatabases.inMemory(context);
        status = new SyncStatusRepository(database.deviceSettings());
        Provider<ChildWorkerFactory> syncWorker =
                () -> new SyncWorker.Factory(status, Clock.fixed(NOW, ZoneOffset.UTC));
        factory = new DaggerWorkerFactory(Map.of(SyncWorker.class, syncWorker));
    }

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void aCompletedPassIsRecordedWithTheClocksTime() {
        SyncWorker worker = TestListenableWorkerBuilder.from(context, SyncWorker.class)
                .setWorkerFactory(factory)
                .build();

        ListenableWorker.Result result = worker.doWork();

        assertEquals(ListenableWorker.Result.success(), result);
        assertEquals(NOW, status.lastSyncCompleted());
    }

    @Test
    public void theFactoryBuildsRegisteredWorkersWithTheirDependencies() {
        ListenableWorker worker = TestListenableWorkerBuilder.from(context, SyncWorker.class)
                .setWorkerFactory(factory)
                .build();

        assertTrue(worker instanceof SyncWorker);
    }

    @Test
    public void workersTheFactoryDoesNotKnowFallBackToWorkManagersDefault() {
        ListenableWorker worker = TestListenableWorkerBuilder.from(context, PlainWorker.class)
                .setWorkerFactory(factory)
                .build();

        assertTrue(worker instanceof PlainWorker);
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
