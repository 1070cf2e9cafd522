package uk.registerly.app.sync;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.ViewModel;

/** A screen's view model whose toolbar shows the sync badge, and whose badge, tapped, syncs now. */
public abstract class SyncAwareViewModel extends ViewModel {
    private final LiveData<SyncBadge> syncBadge;
    private final SyncIndicator indicator;

    protected SyncAwareViewModel(SyncIndicator indicator) {
        this.syncBadge = indicator.badge();
        this.indicator = indicator;
    }

    public LiveData<SyncBadge> syncBadge() {
        return syncBadge;
    }

    public void syncNow() {
        indicator.syncNow();
    }
}
