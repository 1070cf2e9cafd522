package uk.registerly.app.enrolment;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.ViewModel;

import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.readmodel.EvaluationExecutor;
import uk.registerly.app.sync.SyncStatusRepository;

/** State and actions of the first-run screen; the network call runs off the main thread. */
@HiltViewModel
public class EnrolmentViewModel extends ViewModel {
    private final EnrolmentRepository repository;
    private final SyncStatusRepository status;
    private final Executor executor;
    private final MutableLiveData<EnrolmentState> state = new MutableLiveData<>(EnrolmentState.editing());

    @Inject
    public EnrolmentViewModel(EnrolmentRepository repository, SyncStatusRepository status,
                              @EvaluationExecutor Executor executor) {
        this.repository = repository;
        this.status = status;
        this.executor = executor;
    }

    public LiveData<EnrolmentState> state() {
        return state;
    }

    /** How many unsent records a revoked enrolment left for the next one (null when not revoked). */
    public LiveData<Integer> keptFromRevokedEnrolment() {
        MutableLiveData<Integer> kept = new MutableLiveData<>();
        executor.execute(() -> kept.postValue(status.revokedWithKeptEvents()));
        return kept;
    }

    public void enrol(String server, boolean demoServer, String code, boolean parent) {
        EnrolmentState current = state.getValue();
        if (current != null && current.stage == EnrolmentState.Stage.ENROLLING) {
            return; // one attempt at a time: a double tap must not use a single-use code twice
        }
        state.setValue(EnrolmentState.enrolling());
        executor.execute(() -> {
            try {
                state.postValue(EnrolmentState.enrolled(repository.enrol(server, demoServer, code, parent)));
            } catch (EnrolmentException e) {
                state.postValue(EnrolmentState.failed(e));
            }
        });
    }
}
