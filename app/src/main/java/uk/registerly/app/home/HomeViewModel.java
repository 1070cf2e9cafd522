package uk.registerly.app.home;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.ViewModel;

import java.time.Instant;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.sync.SyncScheduler;
import uk.registerly.app.sync.SyncStatusRepository;

/** State and actions of the home screen. */
@HiltViewModel
public class HomeViewModel extends ViewModel {
    private final LiveData<Instant> lastSync;
    private final SyncScheduler scheduler;

    @Inject
    public HomeViewModel(SyncStatusRepository status, SyncScheduler scheduler) {
        this.lastSync = status.observeLastSyncCompleted();
        this.scheduler = scheduler;
    }

    /** When the last sync completed, or null before the first. */
    public LiveData<Instant> lastSync() {
        return lastSync;
    }

    public void syncNow() {
        scheduler.syncNow();
    }
}
