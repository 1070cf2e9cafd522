package uk.registerly.app.sync;

import android.content.Context;

import androidx.work.Constraints;
import androidx.work.ExistingWorkPolicy;
import androidx.work.NetworkType;
import androidx.work.OneTimeWorkRequest;
import androidx.work.WorkManager;

import java.util.UUID;

import javax.inject.Inject;
import javax.inject.Singleton;

import dagger.hilt.android.qualifiers.ApplicationContext;

/**
 * Asks WorkManager for a sync pass. The pass waits for a network, and survives the app being
 * closed or the tablet restarting, so a request made offline is never lost.
 */
@Singleton
public class SyncScheduler implements uk.registerly.app.data.journal.LocalWriteListener {
    static final String UNIQUE_SYNC = "sync-now";

    private final Context context;

    @Inject
    public SyncScheduler(@ApplicationContext Context context) {
        this.context = context;
    }

    /** A pass already waiting is kept rather than queued twice. Returns the id of the request made. */
    public UUID syncNow() {
        OneTimeWorkRequest request = new OneTimeWorkRequest.Builder(SyncWorker.class)
                .setConstraints(new Constraints.Builder().setRequiredNetworkType(NetworkType.CONNECTED).build())
                .build();
        WorkManager.getInstance(context).enqueueUniqueWork(UNIQUE_SYNC, ExistingWorkPolicy.KEEP, request);
        return request.getId();
    }

    @Override
    public void onLocalWrite() {
        syncNow();
    }
}
