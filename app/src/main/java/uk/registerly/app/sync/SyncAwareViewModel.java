package uk.registerly.app.sync;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.ViewModel;

/** A screen's view model whose toolbar shows the sync badge, and whose badge, tapped, syncs now. */
public abstract class SyncAwareViewModel extends ViewModel {
    private final LiveData<SyncBadge> syncBadge;
    private final SyncScheduler scheduler;

    protected SyncAwareViewModel(SyncStatusRepository status, SyncScheduler scheduler) {
        this.syncBadge = SyncBadge.observe(status);
        this.scheduler = scheduler;
    }

    public LiveData<SyncBadge> syncBadge() {
        return syncBadge;
    }

    public void syncNow() {
        scheduler.syncNow();
    }
}
