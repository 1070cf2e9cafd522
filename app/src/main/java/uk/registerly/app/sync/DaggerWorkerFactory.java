package uk.registerly.app.sync;

import android.content.Context;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.work.ListenableWorker;
import androidx.work.WorkerFactory;
import androidx.work.WorkerParameters;

import java.util.Map;

import javax.inject.Inject;
import javax.inject.Provider;
import javax.inject.Singleton;

/**
 * WorkManager's entry into the Dagger graph (androidx.hilt's hilt-work is not available here):
 * looks the requested worker class up in a multibound map of factories. Register a new worker
 * with {@code @Binds @IntoMap @WorkerKey(MyWorker.class)} in {@code di.WorkerModule}.
 */
@Singleton
public final class DaggerWorkerFactory extends WorkerFactory {
    private final Map<Class<? extends ListenableWorker>, Provider<ChildWorkerFactory>> factories;

    @Inject
    public DaggerWorkerFactory(Map<Class<? extends ListenableWorker>, Provider<ChildWorkerFactory>> factories) {
        this.factories = factories;
    }

    /** Returns null for unknown classes, so WorkManager falls back to its reflective default. */
    @Nullable
    @Override
    public ListenableWorker createWorker(@NonNull Context appContext, @NonNull String workerClassName,
                                         @NonNull WorkerParameters parameters) {
        for (Map.Entry<Class<? extends ListenableWorker>, Provider<ChildWorkerFactory>> entry : factories.entrySet()) {
            if (entry.getKey().getName().equals(workerClassName)) {
                return entry.getValue().get().create(appContext, parameters);
            }
        }
        return null;
    }
}
