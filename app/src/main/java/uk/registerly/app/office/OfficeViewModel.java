package uk.registerly.app.office;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.ViewModel;

import java.time.Instant;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.sync.SyncScheduler;
import uk.registerly.app.sync.SyncStatusRepository;

/** The office screen's frame: what waits to be sent and when the device last synced. */
@HiltViewModel
public class OfficeViewModel extends ViewModel {
    private final SyncStatusRepository status;
    private final SyncScheduler scheduler;

    @Inject
    public OfficeViewModel(SyncStatusRepository status, SyncScheduler scheduler) {
        this.status = status;
        this.scheduler = scheduler;
    }

    public LiveData<Integer> pending() {
        return status.observePendingCount();
    }

    public LiveData<Instant> lastSync() {
        return status.observeLastSyncCompleted();
    }

    public void syncNow() {
        scheduler.syncNow();
    }
}
