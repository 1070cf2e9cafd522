package uk.registerly.app.testing;

import android.content.Context;

import androidx.test.core.app.ApplicationProvider;
import androidx.work.Configuration;
import androidx.work.WorkInfo;
import androidx.work.WorkManager;
import androidx.work.testing.SynchronousExecutor;
import androidx.work.testing.TestDriver;
import androidx.work.testing.WorkManagerTestInitHelper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ExecutionException;

import dagger.hilt.EntryPoint;
import dagger.hilt.EntryPoints;
import dagger.hilt.InstallIn;
import dagger.hilt.components.SingletonComponent;
import okhttp3.mockwebserver.MockWebServer;

import org.junit.rules.ExternalResource;

import uk.registerly.app.data.attendance.ArrivalsRepository;
import uk.registerly.app.data.attendance.RegisterRepository;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.roster.RosterChangeApplier;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.sync.DaggerWorkerFactory;

/**
 * For Hilt tests of screens: the device enrolled with a role (or a parent's phone) on a server that
 * accepts everything, the {@link TestSchool} on its roster, London time, and a test WorkManager in
 * which sync passes wait for a network until the test brings it back ({@link #networkBack()}), as on
 * a tablet that is offline all morning.
 */
public final class ScreenTestDevice extends ExternalResource {
    /** Every unique one-off sync request the scheduler makes. */
    private static final String[] SYNC_WORK = {"sync-now", "sync-follow-up", "sync-again"};

    /** What a screen test reaches into: the same singletons the screens use. */
    @EntryPoint
    @InstallIn(SingletonComponent.class)
    public interface Graph {
        DeviceIdentityStore identities();

        RosterChangeApplier rosterChanges();

        DaggerWorkerFactory workerFactory();

        RegisterlyDatabase database();

        RegisterRepository register();

        ArrivalsRepository arrivals();

        TestDataLayer.MutableClock mutableClock();
    }

    private final DeviceIdentity.Role role;
    /** A parent's children and their schools (a PARENT device only). */
    private final Map<String, String> children;
    private final TimeZone originalZone = TimeZone.getDefault();
    private MockWebServer web;
    /** The server the device syncs with: accepts every push, counts them. */
    public AcceptingServer server;
    public Context context;
    public RegisterlyDatabase database;
    /** The register and the gate as the screens reach them. */
    public RegisterRepository register;
    public ArrivalsRepository arrivals;
    public RosterChangeApplier roster;
    /** The app's clock: set it to the moment the test needs (08:42 London until then). */
    public TestDataLayer.MutableClock clock;

    /**
     * {@code @Rule(order = 1) public final ScreenTestDevice device = new ScreenTestDevice(Role.GATE);}
     * beside {@code @Rule(order = 0) HiltAndroidRule}: the test's component must be up first.
     */
    public ScreenTestDevice(DeviceIdentity.Role role) {
        this(role, Collections.<String, String>emptyMap());
    }

    /** A parent's phone signed in for {@code children} (each child's id and school). */
    public static ScreenTestDevice parentOf(Map<String, String> children) {
        return new ScreenTestDevice(DeviceIdentity.Role.PARENT, children);
    }

    private ScreenTestDevice(DeviceIdentity.Role role, Map<String, String> children) {
        this.role = role;
        this.children = children;
    }

    @Override
    protected void before() throws IOException {
        context = ApplicationProvider.getApplicationContext();
        Graph graph = EntryPoints.get(context, Graph.class);
        WorkManagerTestInitHelper.initializeTestWorkManager(context, new Configuration.Builder()
                .setExecutor(new SynchronousExecutor())
                .setWorkerFactory(graph.workerFactory())
                .build());
        // Times on screen are the school's (London); the badge's last-sync time is the device's.
        TimeZone.setDefault(TimeZone.getTimeZone("Europe/London"));
        server = new AcceptingServer();
        web = role == DeviceIdentity.Role.PARENT ? EnrolledDevice.parentOn(children, graph.identities(), server)
                : EnrolledDevice.on(role, graph.identities(), server);
        database = graph.database();
        register = graph.register();
        arrivals = graph.arrivals();
        roster = graph.rosterChanges();
        clock = graph.mutableClock();
        TestSchool.seed(roster);
    }

    /** Pending own events of one type, oldest first. */
    public List<JournalEventEntity> pending(String type) {
        List<JournalEventEntity> matching = new ArrayList<>();
        for (JournalEventEntity event : database.journal().pending()) {
            if (event.type.equals(type)) {
                matching.add(event);
            }
        }
        return matching;
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
    protected void after() {
        TimeZone.setDefault(originalZone);
        try {
            web.shutdown();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
