package uk.registerly.app.home;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.ViewModel;

import java.time.Instant;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;

import uk.registerly.app.sync.SyncIndicator;
import uk.registerly.app.sync.SyncStatusRepository;

/** State and actions of the home screen: the sync status every role sees. */
@HiltViewModel
public class HomeViewModel extends ViewModel {
    private final SyncStatusRepository status;
    private final SyncIndicator sync;

    @Inject
    public HomeViewModel(SyncStatusRepository status, SyncIndicator sync) {
        this.status = status;
        this.sync = sync;
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
        sync.syncNow();
    }
}
