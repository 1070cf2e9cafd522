package uk.registerly.app.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.concurrent.atomic.AtomicInteger;

import androidx.test.core.app.ApplicationProvider;

import uk.registerly.app.data.attendance.OfflineFirstArrivalsRepository;
import uk.registerly.app.data.attendance.OfflineFirstAttendanceRecordsRepository;
import uk.registerly.app.data.attendance.OfflineFirstRegisterRepository;
import uk.registerly.app.data.db.LocalDataWipe;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.evidence.EvidenceStore;
import uk.registerly.app.data.evidence.NetworkViewedEvidenceRepository;
import uk.registerly.app.data.evidence.ViewedEvidenceRepository;
import uk.registerly.app.data.journal.EventJournal;
import uk.registerly.app.data.journal.LocalWriteListener;
import uk.registerly.app.data.readmodel.ReadModels;
import uk.registerly.app.data.roster.OfflineFirstRosterRepository;
import uk.registerly.app.data.roster.RosterChangeApplier;
import uk.registerly.app.data.scope.DeviceScopeStore;
import uk.registerly.app.data.scope.ScopeNoticeApplier;
import uk.registerly.app.data.roster.SchoolRulesLookup;
import uk.registerly.app.enrolment.DeviceRevocation;
import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.network.RegisterlyNetwork;
import uk.registerly.app.network.ServerClock;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.security.StaffSession;
import uk.registerly.app.sync.ChildWorkerFactory;
import uk.registerly.app.sync.DaggerWorkerFactory;
import uk.registerly.app.sync.EvidenceUploader;
import uk.registerly.app.sync.SyncEngine;
import uk.registerly.app.sync.SyncScheduler;
import uk.registerly.app.sync.SyncStatusRepository;
import uk.registerly.app.sync.SyncWorker;
import uk.registerly.app.sync.UnsentEventsCheckWorker;
import uk.registerly.app.sync.UnsentEventsNotifier;

/**
 * The data layer wired by hand over one database, for tests without Hilt: a settable clock, an
 * in-memory secret store, read models recomputed on the calling thread, and a count of the
 * "sync soon" signals the journal sent.
 */
public final class TestDataLayer {
    public final RegisterlyDatabase database;
    public final MutableClock clock;
    public final InMemorySecretStore secrets = new InMemorySecretStore();
    public final DeviceIdentityStore identities = new DeviceIdentityStore(secrets);
    /** Who has unlocked this device with their staff PIN (nobody until a test signs someone in). */
    public final StaffSession staff = new StaffSession();
    public final ServerClock serverClock;
    public final AtomicInteger syncRequests = new AtomicInteger();
    /** Also told of each local write when set (e.g. the real {@code SyncScheduler}). */
    public volatile LocalWriteListener onWrite;
    public final EventJournal journal;
    public final RosterChangeApplier rosterChanges;
    /** The last SCOPE notice the pull obeyed. */
    public final DeviceScopeStore scopes;
    public final SchoolRulesLookup schools;
    public final OfflineFirstRosterRepository roster;
    /** Read models recomputed on the calling thread. */
    public final ReadModels readModels;
    public final OfflineFirstRegisterRepository register;
    public final OfflineFirstArrivalsRepository arrivals;
    public final OfflineFirstAttendanceRecordsRepository records;
    public final uk.registerly.app.data.worklists.OfflineFirstWorklistsRepository worklists;
    public final SyncStatusRepository status;
    /** Photo evidence waiting for upload; a directory of its own, as each simulated device is a phone of its own. */
    public final EvidenceStore evidence;
    /** Where this device keeps the photos its office viewed (one folder per test). */
    public final java.io.File viewedEvidenceDirectory = new java.io.File(ApplicationProvider.getApplicationContext()
            .getNoBackupFilesDir(), "evidence-viewed-" + java.util.UUID.randomUUID());

    public TestDataLayer(RegisterlyDatabase database, Instant now) {
        this.database = database;
        this.clock = new MutableClock(now);
        this.serverClock = new ServerClock(database.deviceSettings());
        this.journal = new EventJournal(database, clock, serverClock, identities, () -> {
            syncRequests.incrementAndGet();
            LocalWriteListener listener = onWrite;
            if (listener != null) {
                listener.onLocalWrite();
            }
        }, staff);
        this.scopes = new DeviceScopeStore(database.deviceSettings());
        this.rosterChanges = new RosterChangeApplier(database.roster(), identities,
                new ScopeNoticeApplier(database, scopes, clock));
        this.schools = new SchoolRulesLookup(database.roster(), identities);
        this.roster = new OfflineFirstRosterRepository(database.roster(), identities, schools, scopes, clock);
        this.readModels = new ReadModels(database, Runnable::run);
        this.register = new OfflineFirstRegisterRepository(database, schools, journal, readModels,
                new uk.registerly.app.data.attendance.DeviceRecordingTime(clock));
        this.arrivals = new OfflineFirstArrivalsRepository(database, schools, journal, readModels, clock);
        this.records = new OfflineFirstAttendanceRecordsRepository(database, schools, readModels, clock);
        this.worklists = new uk.registerly.app.data.worklists.OfflineFirstWorklistsRepository(database, schools,
                readModels, clock);
        this.status = new SyncStatusRepository(database.deviceSettings(), database.journal(), database.deliveries(),
                serverClock);
        this.evidence = new EvidenceStore(new java.io.File(ApplicationProvider.getApplicationContext()
                .getNoBackupFilesDir(), "evidence-" + java.util.UUID.randomUUID()), secrets);
    }

    /**
     * The sync engine over this device's data, with the app's revocation handling (WorkManager must be
     * initialised for its scheduler) and the given network timeouts.
     */
    public SyncEngine syncEngine(android.content.Context context, NetworkTimeouts timeouts) {
        RegisterlyNetwork network = new RegisterlyNetwork(identities, serverClock, clock, timeouts);
        DeviceRevocation revocation = new DeviceRevocation(new LocalDataWipe(database), viewedEvidence(timeouts),
                identities, scheduler(context), status, clock);
        return new SyncEngine(database, network, rosterChanges, status, revocation, new EvidenceUploader(evidence),
                clock);
    }

    /** The office's photos of reports, fetched with the given network timeouts and kept in {@link #viewedEvidenceDirectory}. */
    public ViewedEvidenceRepository viewedEvidence(NetworkTimeouts timeouts) {
        return new NetworkViewedEvidenceRepository(viewedEvidenceDirectory, secrets,
                new RegisterlyNetwork(identities, serverClock, clock, timeouts));
    }

    /** The office's case histories from the journal (issue 16): the ladder, the history, recording an action. */
    public uk.registerly.app.data.casework.OfflineFirstCaseHistoryRepository caseHistory() {
        return new uk.registerly.app.data.casework.OfflineFirstCaseHistoryRepository(database, journal, schools, records,
                readModels, clock);
    }

    /** The office's casework over the network (issue 16), its letters kept in {@code directory}. */
    public uk.registerly.app.data.casework.CaseworkRepository casework(java.io.File directory, NetworkTimeouts timeouts) {
        return new uk.registerly.app.data.casework.NetworkCaseworkRepository(directory,
                new RegisterlyNetwork(identities, serverClock, clock, timeouts));
    }

    private SyncScheduler scheduler;

    /** The device's one scheduler (a singleton in the app), whose pass tracking the workers share. */
    public synchronized SyncScheduler scheduler(android.content.Context context) {
        if (scheduler == null) {
            scheduler = new SyncScheduler(context);
        }
        return scheduler;
    }

    /** WorkManager's factory for this device's workers, as the app's Dagger graph builds it. */
    public DaggerWorkerFactory workerFactory(android.content.Context context, NetworkTimeouts timeouts) {
        SyncEngine engine = syncEngine(context, timeouts);
        UnsentEventsNotifier notifier = new UnsentEventsNotifier(context, database.journal(), roster, clock);
        java.util.Map<Class<? extends androidx.work.ListenableWorker>, javax.inject.Provider<ChildWorkerFactory>> factories =
                new java.util.HashMap<>();
        factories.put(SyncWorker.class, () -> new SyncWorker.Factory(engine, identities, notifier,
                scheduler(context)));
        factories.put(UnsentEventsCheckWorker.class, () -> new UnsentEventsCheckWorker.Factory(notifier));
        return new DaggerWorkerFactory(factories);
    }

    /** Enrols the device (no server involved) with a role of the {@link TestSchool}. */
    public TestDataLayer enrolledAs(DeviceIdentity.Role role) {
        return enrolledAs(role, "https://registerly.test/");
    }

    /** Enrolled with a server at {@code serverUrl} (a MockWebServer: plain HTTP allowed, as for a local demo server). */
    public TestDataLayer enrolledAs(DeviceIdentity.Role role, String serverUrl) {
        identities.save(identity(role, serverUrl), "rgd_test-token");
        return this;
    }

    /** A staff device of the {@link TestSchool} (the office signs as Rita Anand, Attendance Officer). */
    public static DeviceIdentity identity(DeviceIdentity.Role role, String serverUrl) {
        String staffId = role == DeviceIdentity.Role.TEACHER ? TestSchool.TEACHER
                : role == DeviceIdentity.Role.OFFICE ? "0ff1ce00-0000-4000-8000-000000000009" : null;
        String signature = role == DeviceIdentity.Role.TEACHER ? TestSchool.TEACHER_SIGNATURE
                : role == DeviceIdentity.Role.OFFICE ? TestSchool.OFFICE_SIGNATURE : null;
        return new DeviceIdentity(serverUrl, serverUrl.startsWith("http:"), role,
                "de71ce00-0000-4000-8000-0000000000" + (10 + role.ordinal()), TestSchool.SCHOOL,
                "Registerly Test Primary", staffId, signature, Collections.emptyMap());
    }

    /** A parent's phone whose linked children (and their schools) are {@code childSchools}. */
    public static DeviceIdentity parentIdentity(java.util.Map<String, String> childSchools, String serverUrl) {
        return new DeviceIdentity(serverUrl, serverUrl.startsWith("http:"), DeviceIdentity.Role.PARENT,
                "9a7e0000-0000-4000-8000-000000000077", null, null, null, null, childSchools);
    }

    public TestDataLayer withTestSchool() {
        TestSchool.seed(rosterChanges);
        return this;
    }

    /** A clock tests move forward by hand. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;

        public MutableClock(Instant now) {
            this.now = now;
        }

        public void set(Instant instant) {
            now = instant;
        }

        public void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            MutableClock parent = this;
            return new Clock() {
                @Override
                public java.time.ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(java.time.ZoneId other) {
                    return parent.withZone(other);
                }

                @Override
                public Instant instant() {
                    return parent.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
