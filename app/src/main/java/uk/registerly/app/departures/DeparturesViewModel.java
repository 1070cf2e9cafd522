package uk.registerly.app.departures;

import androidx.annotation.MainThread;
import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.Transformations;

import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.db.entity.GuardianEntity;
import uk.registerly.app.data.departures.DeparturesRepository;
import uk.registerly.app.data.departures.DeparturesToday;
import uk.registerly.app.data.departures.SignOut;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.journal.WriteExecutor;
import uk.registerly.app.sync.SyncAwareViewModel;
import uk.registerly.app.sync.SyncIndicator;
import uk.registerly.app.ui.Once;

/**
 * Sign out and return (issue 15 item 2) at the office or the gate: today's sign-outs from this device's journal,
 * the chosen pupil's guardians for "collected by", and recording a sign-out or a return — each refusal in words.
 */
@HiltViewModel
public class DeparturesViewModel extends SyncAwareViewModel {
    private final DeparturesRepository repository;
    private final Executor writes;
    private final MutableLiveData<Long> tick = new MutableLiveData<>(0L);
    private final MutableLiveData<String> chosenPupil = new MutableLiveData<>(null);
    private final LiveData<DeparturesToday> today;
    private final LiveData<List<GuardianEntity>> guardians;
    private final MutableLiveData<Once<String>> refusals = new MutableLiveData<>();
    private final MutableLiveData<Once<Recorded>> recorded = new MutableLiveData<>();

    /** What was written, for the confirmation at the screen. */
    public static final class Recorded {
        public final boolean signedOut;
        public final String pupilId;

        Recorded(boolean signedOut, String pupilId) {
            this.signedOut = signedOut;
            this.pupilId = pupilId;
        }
    }

    @Inject
    public DeparturesViewModel(DeparturesRepository repository, SyncIndicator sync, @WriteExecutor Executor writes) {
        super(sync);
        this.repository = repository;
        this.writes = writes;
        this.today = repository.today(tick);
        this.guardians = Transformations.switchMap(chosenPupil, id -> id == null
                ? new MutableLiveData<>(Collections.<GuardianEntity>emptyList()) : repository.guardiansOf(id));
    }

    /** Null until worked out, or while the device's school is unknown. */
    public LiveData<DeparturesToday> today() {
        return today;
    }

    /** The chosen pupil's guardians on this device (none on a gate). */
    public LiveData<List<GuardianEntity>> guardians() {
        return guardians;
    }

    public LiveData<Once<String>> refusals() {
        return refusals;
    }

    public LiveData<Once<Recorded>> recorded() {
        return recorded;
    }

    @MainThread
    public void choosePupil(@Nullable String pupilId) {
        if (pupilId == null ? chosenPupil.getValue() != null : !pupilId.equals(chosenPupil.getValue())) {
            chosenPupil.setValue(pupilId);
        }
    }

    @MainThread
    public void refresh() {
        Long n = tick.getValue();
        tick.setValue(n == null ? 1 : n + 1);
    }

    public void signOut(SignOut signOut) {
        write(() -> repository.signOut(signOut), new Recorded(true, signOut.pupilId));
    }

    public void returned(String pupilId) {
        write(() -> repository.returned(pupilId), new Recorded(false, pupilId));
    }

    private void write(Runnable write, Recorded done) {
        writes.execute(() -> {
            try {
                write.run();
                recorded.postValue(new Once<>(done));
            } catch (NotRecordableException refused) {
                refusals.postValue(new Once<>(refused.getMessage()));
            }
        });
    }
}
