package uk.registerly.app.sync;

import android.content.Context;

import androidx.annotation.NonNull;
import androidx.work.ListenableWorker;
import androidx.work.Worker;
import androidx.work.WorkerParameters;

import javax.inject.Inject;

/**
 * Checks for records waiting too long every 15 minutes, with no network constraint: the warning
 * matters most exactly when the tablet is offline and sync passes cannot run.
 */
public class UnsentEventsCheckWorker extends Worker {
    private final UnsentEventsNotifier notifier;

    UnsentEventsCheckWorker(@NonNull Context context, @NonNull WorkerParameters parameters,
                            UnsentEventsNotifier notifier) {
        super(context, parameters);
        this.notifier = notifier;
    }

    @NonNull
    @Override
    public Result doWork() {
        notifier.check();
        return Result.success();
    }

    /** Gives WorkManager the worker with its notifier from Dagger. */
    public static final class Factory implements ChildWorkerFactory {
        private final UnsentEventsNotifier notifier;

        @Inject
        public Factory(UnsentEventsNotifier notifier) {
            this.notifier = notifier;
        }

        @NonNull
        @Override
        public ListenableWorker create(@NonNull Context appContext, @NonNull WorkerParameters parameters) {
            return new UnsentEventsCheckWorker(appContext, parameters, notifier);
        }
    }
}
