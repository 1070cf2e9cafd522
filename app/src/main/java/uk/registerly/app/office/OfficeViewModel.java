package uk.registerly.app.office;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.sync.SyncAwareViewModel;
import uk.registerly.app.sync.SyncScheduler;
import uk.registerly.app.sync.SyncStatusRepository;

/** The office screen's frame: its toolbar's sync badge (what waits to be sent, the last sync, errors). */
@HiltViewModel
public class OfficeViewModel extends SyncAwareViewModel {
    @Inject
    public OfficeViewModel(SyncStatusRepository status, SyncScheduler scheduler) {
        super(status, scheduler);
    }
}
