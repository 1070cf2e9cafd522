package uk.registerly.app.office;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.sync.SyncAwareViewModel;
import uk.registerly.app.sync.SyncIndicator;

/** The office screen's frame: its toolbar's sync badge (what waits to be sent, the last sync, errors). */
@HiltViewModel
public class OfficeViewModel extends SyncAwareViewModel {
    @Inject
    public OfficeViewModel(SyncIndicator sync) {
        super(sync);
    }
}
