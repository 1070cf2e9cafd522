package uk.registerly.app.sync;

import android.content.Context;

import androidx.annotation.NonNull;
import androidx.work.ForegroundInfo;
import androidx.work.ListenableWorker;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import java.time.Clock;
import java.time.Duration;

import javax.inject.Inject;

import uk.registerly.app.security.DeviceIdentityStore;

/**
 * One sync pass run by WorkManager: the {@link SyncEngine} pushes and pulls until nothing is left,
 * then the worker decides what comes next — nothing, a retry with backoff (network or server
 * failure), another pass (writes kept arriving), or a pass when held arrivals may go.
 */
public class SyncWorker extends Worker {
    private final SyncEngine engine;
    private final DeviceIdentityStore identities;
    private final UnsentEventsNotifier notifier;
    private final SyncScheduler scheduler;
    private final Clock clock;

    SyncWorker(@NonNull Context context, @NonNull WorkerParameters parameters, SyncEngine engine,
               DeviceIdentityStore identities, UnsentEventsNotifier notifier, SyncScheduler scheduler, Clock clock) {
        super(context, parameters);
        this.engine = engine;
        this.identities = identities;
        this.notifier = notifier;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @NonNull
    @Override
    public Result doWork() {
        if (identities.current() == null) {
            return Result.success(); // not enrolled (or just revoked): nothing to sync with
        }
        SyncResult result;
        scheduler.passStarted();
        try {
            result = engine.syncUntilIdle();
        } finally {
            scheduler.passEnded();
        }
        notifier.check();
        switch (result.status) {
            case RETRY:
                return Result.retry();
            case MORE_TO_DO:
                scheduler.syncAfter(Duration.ZERO);
                return Result.success();
            case IDLE:
                if (result.heldArrivalsSendableAt != null) {
                    scheduler.syncAfter(Duration.between(clock.instant(), result.heldArrivalsSendableAt));
                }
                return Result.success();
            default:
                return Result.success();
        }
    }

    /** Expedited work runs as a foreground service before Android 12: it needs a notification. */
    @NonNull
    @Override
    public ForegroundInfo getForegroundInfo() {
        return notifier.foregroundInfo();
    }

    /** Gives WorkManager a SyncWorker with its dependencies from Dagger. */
    public static final class Factory implements ChildWorkerFactory {
        private final SyncEngine engine;
        private final DeviceIdentityStore identities;
        private final UnsentEventsNotifier notifier;
        private final SyncScheduler scheduler;
        private final Clock clock;

        @Inject
        public Factory(SyncEngine engine, DeviceIdentityStore identities, UnsentEventsNotifier notifier,
                       SyncScheduler scheduler, Clock clock) {
            this.engine = engine;
            this.identities = identities;
            this.notifier = notifier;
            this.scheduler = scheduler;
            this.clock = clock;
        }

        @NonNull
        @Override
        public ListenableWorker create(@NonNull Context appContext, @NonNull WorkerParameters parameters) {
            return new SyncWorker(appContext, parameters, engine, identities, notifier, scheduler, clock);
        }
    }
}
