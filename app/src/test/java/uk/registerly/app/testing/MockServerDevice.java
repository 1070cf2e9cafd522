package uk.registerly.app.testing;

import android.content.Context;

import androidx.annotation.Nullable;
import androidx.test.core.app.ApplicationProvider;
import androidx.work.Configuration;
import androidx.work.testing.SynchronousExecutor;
import androidx.work.testing.WorkManagerTestInitHelper;

import java.time.Instant;

import okhttp3.mockwebserver.MockWebServer;

import org.junit.rules.ExternalResource;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.security.DeviceIdentity;

/**
 * One device of the {@link TestSchool} and a MockWebServer standing for the sync server, for each
 * test: an in-memory database, the data layer wired by hand ({@link #data}), the device enrolled
 * on the server with a role (or not enrolled), and WorkManager's test driver running this device's
 * workers synchronously. Everything is torn down after the test.
 */
public final class MockServerDevice extends ExternalResource {
    public final MockWebServer server = new MockWebServer();
    public final Context context = ApplicationProvider.getApplicationContext();
    public RegisterlyDatabase database;
    public TestDataLayer data;

    @Nullable
    private final DeviceIdentity.Role role;
    private final Instant now;
    private final NetworkTimeouts timeouts;

    /** @param role null: a device not enrolled yet (enrolment tests) */
    public MockServerDevice(@Nullable DeviceIdentity.Role role, Instant now, NetworkTimeouts timeouts) {
        this.role = role;
        this.now = now;
        this.timeouts = timeouts;
    }

    @Override
    protected void before() throws Throwable {
        server.start();
        database = TestDatabases.inMemory(context);
        data = new TestDataLayer(database, now);
        if (role != null) {
            data.enrolledAs(role, url());
            data.withTestSchool();
        }
        WorkManagerTestInitHelper.initializeTestWorkManager(context, new Configuration.Builder()
                .setExecutor(new SynchronousExecutor())
                .setWorkerFactory(data.workerFactory(context, timeouts))
                .build());
    }

    @Override
    protected void after() {
        try {
            server.shutdown();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            database.close();
        }
    }

    /** The server's base URL (plain HTTP, as for a local demo server). */
    public String url() {
        return server.url("/").toString();
    }
}
