package uk.registerly.app.di;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import android.content.Context;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;
import androidx.work.ListenableWorker;
import androidx.work.testing.TestListenableWorkerBuilder;

import java.io.IOException;

import javax.inject.Inject;

import okhttp3.mockwebserver.MockWebServer;

import org.junit.After;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import dagger.hilt.android.testing.HiltAndroidRule;
import dagger.hilt.android.testing.HiltAndroidTest;
import dagger.hilt.android.testing.HiltTestApplication;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.sync.DaggerWorkerFactory;
import uk.registerly.app.sync.SyncStatusRepository;
import uk.registerly.app.sync.SyncWorker;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.testing.EnrolledDevice;
import uk.registerly.app.testing.FixedClockModule;


/** The Hilt graph the app runs on (with the test database and clock): singletons are single, and workers get their dependencies. */
@HiltAndroidTest
@RunWith(AndroidJUnit4.class)
@Config(application = HiltTestApplication.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class AppGraphTest {
    @Rule
    public final HiltAndroidRule hilt = new HiltAndroidRule(this);

    @Inject
    RegisterlyDatabase database;

    @Inject
    RegisterlyDatabase sameDatabase;

    @Inject
    DaggerWorkerFactory workerFactory;

    @Inject
    SyncStatusRepository status;

    @Inject
    DeviceIdentityStore identities;

    private final Context context = ApplicationProvider.getApplicationContext();
    private MockWebServer server;

    @Before
    public void inject() throws IOException {
        hilt.inject();
        server = EnrolledDevice.teacherOn(identities);
    }

    @After
    public void stopServer() throws IOException {
        server.shutdown();
    }

    @Test
    public void theDatabaseIsASingleton() {
        assertSame(database, sameDatabase);
    }

    @Test
    public void theWorkerFactoryBuildsSyncWorkersFromTheGraph() {
        ListenableWorker worker = TestListenableWorkerBuilder.from(context, SyncWorker.class)
                .setWorkerFactory(workerFactory)
                .build();
        assertTrue(worker instanceof SyncWorker);

        ((SyncWorker) worker).doWork();

        assertEquals(FixedClockModule.NOW, status.lastSyncCompleted());
        assertEquals("the pass pulled from the enrolled server", 1, server.getRequestCount());
    }
}
