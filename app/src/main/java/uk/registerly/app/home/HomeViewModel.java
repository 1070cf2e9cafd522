package uk.registerly.app.home;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.ViewModel;

import java.time.Instant;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;

import uk.registerly.app.sync.SyncScheduler;
import uk.registerly.app.sync.SyncStatusRepository;

/** State and actions of the home screen: the sync status every role sees. */
@HiltViewModel
public class HomeViewModel extends ViewModel {
    private final SyncStatusRepository status;
    private final SyncScheduler scheduler;

    @Inject
    public HomeViewModel(SyncStatusRepository status, SyncScheduler scheduler) {
        this.status = status;
        this.scheduler = scheduler;
    }

    /** When the last sync completed, or null before the first. */
    public LiveData<Instant> lastSync() {
        return status.observeLastSyncCompleted();
    }

    public LiveData<Integer> pending() {
        return status.observePendingCount();
    }

    public LiveData<SyncStatusRepository.SyncError> lastError() {
        return status.observeLastError();
    }

    public LiveData<Long> clockOffsetMs() {
        return status.observeClockOffsetMs();
    }

    public LiveData<Integer> rejectedCount() {
        return status.observeRejectedCount();
    }

    public void syncNow() {
        scheduler.syncNow();
    }
}
