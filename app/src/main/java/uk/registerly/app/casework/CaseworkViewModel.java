package uk.registerly.app.casework;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.ViewModel;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.casework.CaseworkLine;
import uk.registerly.app.data.casework.CaseworkRepository;
import uk.registerly.app.data.casework.CaseworkResult;
import uk.registerly.app.network.NetworkExecutor;

/**
 * The office's casework worklist (issue 16): who is at which stage of the school's ladder and what is due next, most
 * urgent first, as the server's rules computed it; a stage's letter written by the server and fetched to print or
 * share. One letter at a time. A letter's CASE_ACTION id is generated here once per pupil and stage and kept until
 * the server answers, so a retry after a lost answer is the server's replay of the same letter, never a second one.
 */
@HiltViewModel
public class CaseworkViewModel extends ViewModel {
    private final CaseworkRepository casework;
    private final Executor network;
    private final MutableLiveData<CaseworkUiState> state = new MutableLiveData<>(CaseworkUiState.loading());
    private final Map<String, String> pendingLetterIds = new HashMap<>();

    @Inject
    public CaseworkViewModel(CaseworkRepository casework, @NetworkExecutor Executor network) {
        this.casework = casework;
        this.network = network;
        refresh();
    }

    public LiveData<CaseworkUiState> state() {
        return state;
    }

    public void refresh() {
        state.setValue(state.getValue().reloading());
        network.execute(() -> {
            CaseworkResult<CaseworkResult.Worklist> result = casework.worklist();
            state.postValue(current().loaded(result));
        });
    }

    /** Has the server write {@code line}'s stage letter; ignored while another is being written or without a letter. */
    public void writeLetter(CaseworkLine line) {
        if (current().isWriting() || !line.hasLetter) {
            return;
        }
        String key = line.pupilId + '|' + line.stage;
        String caseActionId;
        synchronized (pendingLetterIds) {
            caseActionId = pendingLetterIds.computeIfAbsent(key, k -> UUID.randomUUID().toString());
        }
        state.setValue(current().writing(line.pupilId));
        network.execute(() -> {
            CaseworkResult<CaseworkResult.Letter> result = casework.writeLetter(line, caseActionId);
            if (result.outcome != CaseworkResult.Outcome.OFFLINE) {
                synchronized (pendingLetterIds) {
                    pendingLetterIds.remove(key); // answered: a new letter later is a new case action
                }
            }
            state.postValue(current().written(result));
            if (result.outcome == CaseworkResult.Outcome.OK) {
                CaseworkResult<CaseworkResult.Worklist> list = casework.worklist();
                state.postValue(current().loaded(list));
            }
        });
    }

    private CaseworkUiState current() {
        return state.getValue();
    }
}
