package uk.registerly.app.sync;

import android.content.Context;

import androidx.annotation.NonNull;
import androidx.work.ListenableWorker;
import androidx.work.WorkerParameters;

/** Builds one kind of worker; each worker's factory is injected with what that worker needs. */
public interface ChildWorkerFactory {
    @NonNull
    ListenableWorker create(@NonNull Context appContext, @NonNull WorkerParameters parameters);
}
