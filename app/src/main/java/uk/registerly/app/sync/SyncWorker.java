package uk.registerly.app.sync;

import android.content.Context;

import androidx.annotation.NonNull;
import androidx.work.ListenableWorker;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import java.time.Clock;

import javax.inject.Inject;

/**
 * One sync pass between this device and the server. For now a pass has nothing to send (the
 * register data layer and the sync protocol arrive with their own issues), so it records that
 * the pass completed, which the home screen shows.
 */
public class SyncWorker extends Worker {
    private final SyncStatusRepository status;
    private final Clock clock;

    SyncWorker(@NonNull Context context, @NonNull WorkerParameters parameters, SyncStatusRepository status,
               Clock clock) {
        super(context, parameters);
        this.status = status;
        this.clock = clock;
    }

    @NonNull
    @Override
    public Result doWork() {
        status.recordSyncCompleted(clock.instant());
        return Result.success();
    }

    /** Gives WorkManager a SyncWorker with its dependencies from Dagger. */
    public static final class Factory implements ChildWorkerFactory {
        private final SyncStatusRepository status;
        private final Clock clock;

        @Inject
        public Factory(SyncStatusRepository status, Clock clock) {
            this.status = status;
            this.clock = clock;
        }

        @NonNull
        @Override
        public ListenableWorker create(@NonNull Context appContext, @NonNull WorkerParameters parameters) {
            return new SyncWorker(appContext, parameters, status, clock);
        }
    }
}
