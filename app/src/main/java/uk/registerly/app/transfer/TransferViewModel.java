package uk.registerly.app.transfer;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.SavedStateHandle;
import androidx.lifecycle.ViewModel;

import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.RosterRepository;
import uk.registerly.app.data.transfer.TransferRecord;
import uk.registerly.app.data.transfer.TransferRepository;
import uk.registerly.app.network.NetworkExecutor;
import uk.registerly.app.office.record.RecordPanel;

/**
 * A pupil's earlier schools and UPN (issue 17), fetched when the screen opens and on "Try again"; a typed UPN is
 * checked on the device and stored by the server, then the record is fetched again. Calls run on the
 * {@link NetworkExecutor}.
 */
@HiltViewModel
public class TransferViewModel extends ViewModel {
    private final TransferRepository transfer;
    private final Executor network;
    private final String pupilId;
    private final LiveData<RosterPupil> pupil;
    private final MutableLiveData<TransferUiState> state = new MutableLiveData<>(TransferUiState.loading(null));

    @Inject
    public TransferViewModel(SavedStateHandle saved, TransferRepository transfer, RosterRepository roster,
                             @NetworkExecutor Executor network) {
        this.transfer = transfer;
        this.network = network;
        this.pupilId = saved.get(RecordPanel.PUPIL);
        this.pupil = roster.pupil(pupilId);
        refresh();
    }

    public LiveData<TransferUiState> uiState() {
        return state;
    }

    public LiveData<RosterPupil> pupil() {
        return pupil;
    }

    public void refresh() {
        TransferRecord previous = state.getValue() == null ? null : state.getValue().record;
        state.setValue(TransferUiState.loading(previous));
        network.execute(() -> {
            try {
                state.postValue(new TransferUiState(false, transfer.record(pupilId), null, false, null, null));
            } catch (TransferRepository.TransferException e) {
                state.postValue(new TransferUiState(false, previous, e.getMessage(), false, null, null));
            }
        });
    }

    public void saveUpn(String typed) {
        TransferUiState now = state.getValue();
        if (now == null || now.saving) {
            return;
        }
        state.setValue(new TransferUiState(now.loading, now.record, now.loadProblem, true, null, null));
        network.execute(() -> {
            String stored;
            try {
                stored = transfer.saveUpn(pupilId, typed);
            } catch (TransferRepository.TransferException e) {
                state.postValue(new TransferUiState(false, now.record, now.loadProblem, false, e.getMessage(), null));
                return;
            }
            TransferRecord record;
            try {
                record = transfer.record(pupilId);
            } catch (TransferRepository.TransferException e) {
                // Stored; only the re-read failed: show the stored UPN beside the years already on screen.
                record = new TransferRecord(stored, now.record == null ? java.util.List.of() : now.record.years);
            }
            state.postValue(new TransferUiState(false, record, null, false, null, stored));
        });
    }
}
