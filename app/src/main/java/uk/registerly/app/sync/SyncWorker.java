package uk.registerly.app.sync;

import android.content.Context;

import androidx.annotation.NonNull;
import androidx.work.ForegroundInfo;
import androidx.work.ListenableWorker;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import javax.inject.Inject;

import uk.registerly.app.security.DeviceIdentityStore;

/**
 * One sync pass run by WorkManager: the {@link SyncEngine} pushes and pulls until nothing is left,
 * then the worker decides what comes next — nothing, a retry with backoff (network or server
 * failure), or another pass (writes kept arriving).
 */
public class SyncWorker extends Worker {
    private final SyncEngine engine;
    private final DeviceIdentityStore identities;
    private final UnsentEventsNotifier notifier;
    private final SyncScheduler scheduler;

    SyncWorker(@NonNull Context context, @NonNull WorkerParameters parameters, SyncEngine engine,
               DeviceIdentityStore identities, UnsentEventsNotifier notifier, SyncScheduler scheduler) {
        super(context, parameters);
        this.engine = engine;
        this.identities = identities;
        this.notifier = notifier;
        this.scheduler = scheduler;
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
                scheduler.syncAgain();
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

        @Inject
        public Factory(SyncEngine engine, DeviceIdentityStore identities, UnsentEventsNotifier notifier,
                       SyncScheduler scheduler) {
            this.engine = engine;
            this.identities = identities;
            this.notifier = notifier;
            this.scheduler = scheduler;
        }

        @NonNull
        @Override
        public ListenableWorker create(@NonNull Context appContext, @NonNull WorkerParameters parameters) {
            return new SyncWorker(appContext, parameters, engine, identities, notifier, scheduler);
        }
    }
}
