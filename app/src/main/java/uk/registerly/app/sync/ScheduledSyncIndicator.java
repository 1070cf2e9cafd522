package uk.registerly.app.sync;

import androidx.lifecycle.LiveData;

import javax.inject.Inject;

/** {@link SyncIndicator} from the sync status in Room; a tap asks WorkManager for a pass now. */
public class ScheduledSyncIndicator implements SyncIndicator {
    private final SyncStatusRepository status;
    private final SyncScheduler scheduler;

    @Inject
    public ScheduledSyncIndicator(SyncStatusRepository status, SyncScheduler scheduler) {
        this.status = status;
        this.scheduler = scheduler;
    }

    @Override
    public LiveData<SyncBadge> badge() {
        return SyncBadge.observe(status);
    }

    @Override
    public void syncNow() {
        scheduler.syncNow();
    }
}
