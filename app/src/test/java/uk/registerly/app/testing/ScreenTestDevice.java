package uk.registerly.app.testing;

import android.content.Context;

import androidx.work.Configuration;
import androidx.work.WorkInfo;
import androidx.work.WorkManager;
import androidx.work.testing.SynchronousExecutor;
import androidx.work.testing.TestDriver;
import androidx.work.testing.WorkManagerTestInitHelper;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.ExecutionException;

import okhttp3.mockwebserver.MockWebServer;
import uk.registerly.app.data.roster.RosterChangeApplier;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.sync.DaggerWorkerFactory;

/**
 * For Hilt tests of the register and gate screens: the device enrolled with a role on a server that
 * accepts everything, the {@link TestSchool} on its roster, London time, and a test WorkManager in
 * which sync passes wait for a network until the test brings it back ({@link #networkBack()}), as on
 * a tablet that is offline all morning.
 */
public final class ScreenTestDevice implements Closeable {
    /** Every unique one-off sync request the scheduler makes. */
    private static final String[] SYNC_WORK = {"sync-now", "sync-follow-up", "sync-again"};

    /** The server the device syncs with: accepts every push, counts them. */
    public final AcceptingServer server;
    private final MockWebServer web;
    private final Context context;
    private final TimeZone originalZone = TimeZone.getDefault();

    private ScreenTestDevice(AcceptingServer server, MockWebServer web, Context context) {
        this.server = server;
        this.web = web;
        this.context = context;
    }

    public static ScreenTestDevice enrol(DeviceIdentity.Role role, Context context, DeviceIdentityStore identities,
                                         RosterChangeApplier roster, DaggerWorkerFactory workers) throws IOException {
        WorkManagerTestInitHelper.initializeTestWorkManager(context, new Configuration.Builder()
                .setExecutor(new SynchronousExecutor())
                .setWorkerFactory(workers)
                .build());
        // Times on screen are the school's (London); the badge's last-sync time is the device's.
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
        AcceptingServer server = new AcceptingServer();
        ScreenTestDevice device = new ScreenTestDevice(server, EnrolledDevice.on(role, identities, server), context);
        TestSchool.seed(roster);
        return device;
    }

    /** The network is back: every sync pass waiting for it runs now. */
    public void networkBack() throws ExecutionException, InterruptedException {
        TestDriver driver = WorkManagerTestInitHelper.getTestDriver(context);
        for (String name : SYNC_WORK) {
            List<WorkInfo> infos = WorkManager.getInstance(context).getWorkInfosForUniqueWork(name).get();
            for (WorkInfo info : infos) {
                if (info.getState() == WorkInfo.State.ENQUEUED) {
                    driver.setAllConstraintsMet(info.getId());
                }
            }
        }
    }

    /** Sync requests waiting for a network. */
    public int waitingSyncRequests() throws ExecutionException, InterruptedException {
        int waiting = 0;
        for (String name : SYNC_WORK) {
            for (WorkInfo info : WorkManager.getInstance(context).getWorkInfosForUniqueWork(name).get()) {
                waiting += info.getState() == WorkInfo.State.ENQUEUED ? 1 : 0;
            }
        }
        return waiting;
    }

    @Override
    public void close() throws IOException {
        TimeZone.setDefault(originalZone);
        web.shutdown();
    }
}
