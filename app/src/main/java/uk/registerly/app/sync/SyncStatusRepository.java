package uk.registerly.app.sync;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.Transformations;

import java.time.Instant;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.dao.DeliveryDao;
import uk.registerly.app.data.db.dao.DeviceSettingDao;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.entity.DeviceSettingEntity;
import uk.registerly.app.data.db.entity.RejectedEvent;
import uk.registerly.app.network.ServerClock;

/**
 * What every screen shows about sync: how many facts wait to be sent, when the last sync succeeded,
 * the last error, the device clock's offset (a warning beyond 2 minutes) and the events the server
 * refused, for review. All from Room.
 */
@Singleton
public class SyncStatusRepository {
    static final String LAST_SYNC_KEY = "sync.last_completed";
    static final String LAST_ERROR_KEY = "sync.last_error";
    static final String REVOKED_KEY = "device.revoked_kept_events";

    private final DeviceSettingDao settings;
    private final JournalDao journal;
    private final DeliveryDao deliveries;
    private final ServerClock serverClock;

    @Inject
    public SyncStatusRepository(DeviceSettingDao settings, JournalDao journal, DeliveryDao deliveries,
                                ServerClock serverClock) {
        this.settings = settings;
        this.journal = journal;
        this.deliveries = deliveries;
        this.serverClock = serverClock;
    }

    public void recordSyncCompleted(Instant at) {
        settings.put(new DeviceSettingEntity(LAST_SYNC_KEY, at.toString(), at.toEpochMilli()));
    }

    /** A failed pass: why, and the details (which name the failure, never a pupil). */
    public void recordSyncFailed(Instant at, SyncProblem problem, String message) {
        settings.put(new DeviceSettingEntity(LAST_ERROR_KEY, SyncError.encode(problem, message), at.toEpochMilli()));
    }

    @Nullable
    public Instant lastSyncCompleted() {
        return parse(settings.get(LAST_SYNC_KEY));
    }

    /** Emits null until the first sync completes. */
    public LiveData<Instant> observeLastSyncCompleted() {
        return Transformations.map(settings.observe(LAST_SYNC_KEY), SyncStatusRepository::parse);
    }

    /** The last failure, or null; screens show it only when it is newer than the last success. */
    public LiveData<SyncError> observeLastError() {
        return Transformations.map(settings.observe(LAST_ERROR_KEY), SyncError::of);
    }

    @Nullable
    public SyncError lastError() {
        return SyncError.of(settings.get(LAST_ERROR_KEY));
    }

    /** Own facts not yet on the server. */
    public LiveData<Integer> observePendingCount() {
        return journal.observePendingCount();
    }

    public int pendingCount() {
        return journal.countPending();
    }

    /** Server minus device clock in ms (null before the first response); see {@link ServerClock#isLarge}. */
    public LiveData<Long> observeClockOffsetMs() {
        return serverClock.observeOffsetMs();
    }

    /** How many own events the server refused (each kept, with the reason, for review). */
    public LiveData<Integer> observeRejectedCount() {
        return Transformations.map(deliveries.observeRejected(), List::size);
    }

    /** After a revocation: how many unsent facts were kept for re-enrolment; null otherwise. */
    @Nullable
    public Integer revokedWithKeptEvents() {
        DeviceSettingEntity s = settings.get(REVOKED_KEY);
        return s == null ? null : Integer.valueOf(s.value);
    }

    /** Re-enrolled: the revocation notice is over. */
    public void clearRevoked() {
        settings.remove(REVOKED_KEY);
    }

    public void recordRevoked(int keptEvents, Instant at) {
        settings.put(new DeviceSettingEntity(REVOKED_KEY, Integer.toString(keptEvents), at.toEpochMilli()));
    }

    @Nullable
    private static Instant parse(@Nullable DeviceSettingEntity setting) {
        return setting == null ? null : Instant.parse(setting.value);
    }

    /** A sync failure as the status line shows it. */
    public static final class SyncError {
        public final SyncProblem problem;
        /** The details, in English (the staff home screen shows them). */
        public final String message;
        public final Instant at;

        public SyncError(SyncProblem problem, String message, Instant at) {
            this.problem = problem;
            this.message = message;
            this.at = at;
        }

        /** One setting holds both, so they never disagree: the problem's name, a line break, the details. */
        static String encode(SyncProblem problem, String message) {
            return problem.name() + '\n' + message;
        }

        @Nullable
        static SyncError of(@Nullable DeviceSettingEntity setting) {
            if (setting == null) {
                return null;
            }
            Instant at = Instant.ofEpochMilli(setting.updatedAtEpochMillis);
            int end = setting.value.indexOf('\n');
            if (end > 0) {
                for (SyncProblem problem : SyncProblem.values()) {
                    if (problem.name().equals(setting.value.substring(0, end))) {
                        return new SyncError(problem, setting.value.substring(end + 1), at);
                    }
                }
            }
            return new SyncError(SyncProblem.UNKNOWN, setting.value, at); // written before problems were recorded
        }
    }
}
