package uk.registerly.app.spotcheck;

import androidx.annotation.MainThread;
import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.Transformations;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.journal.WriteExecutor;
import uk.registerly.app.data.roster.RosterRepository;
import uk.registerly.app.data.roster.SchoolClass;
import uk.registerly.app.data.spotcheck.SpotCheckClass;
import uk.registerly.app.data.spotcheck.SpotCheckRepository;
import uk.registerly.app.sync.SyncAwareViewModel;
import uk.registerly.app.sync.SyncIndicator;
import uk.registerly.app.ui.Once;
import uk.registerly.rules.spotcheck.TruancyAlert;

/**
 * A spot check (issue 15 item 4): the class chosen, who the register says should be there now, whom the member of
 * staff has found (kept here, so turning the tablet keeps the ticks), and recording it with the alerts it raises.
 */
@HiltViewModel
public class SpotCheckViewModel extends SyncAwareViewModel {
    private final SpotCheckRepository repository;
    private final Executor writes;
    private final LiveData<List<SchoolClass>> classes;
    private final MutableLiveData<String> chosenClass = new MutableLiveData<>(null);
    private final MutableLiveData<Long> tick = new MutableLiveData<>(0L);
    private final LiveData<SpotCheckClass> classNow;
    private final MutableLiveData<Set<String>> found = new MutableLiveData<>(Collections.<String>emptySet());
    private final MutableLiveData<Once<String>> refusals = new MutableLiveData<>();
    private final MutableLiveData<Once<Recorded>> recorded = new MutableLiveData<>();

    /** A recorded check: how many were not found, and the alerts it raised for the office. */
    public static final class Recorded {
        public final int notFound;
        public final List<TruancyAlert> alerts;

        Recorded(int notFound, List<TruancyAlert> alerts) {
            this.notFound = notFound;
            this.alerts = alerts;
        }
    }

    @Inject
    public SpotCheckViewModel(SpotCheckRepository repository, RosterRepository roster, SyncIndicator sync,
                              @WriteExecutor Executor writes) {
        super(sync);
        this.repository = repository;
        this.writes = writes;
        this.classes = roster.classes();
        this.classNow = Transformations.switchMap(chosenClass, id -> id == null
                ? new MutableLiveData<SpotCheckClass>(null) : repository.classNow(id, tick));
    }

    /** The classes this device holds (a teacher's tablet: those it teaches or covers). */
    public LiveData<List<SchoolClass>> classes() {
        return classes;
    }

    public LiveData<SpotCheckClass> classNow() {
        return classNow;
    }

    public LiveData<Set<String>> found() {
        return found;
    }

    public LiveData<Once<String>> refusals() {
        return refusals;
    }

    public LiveData<Once<Recorded>> recorded() {
        return recorded;
    }

    @MainThread
    public void chooseClass(@Nullable String classId) {
        if (classId == null ? chosenClass.getValue() != null : !classId.equals(chosenClass.getValue())) {
            chosenClass.setValue(classId);
            found.setValue(Collections.<String>emptySet());
        }
    }

    @MainThread
    public void setFound(String pupilId, boolean isFound) {
        Set<String> now = new HashSet<>(found.getValue() == null ? Collections.<String>emptySet() : found.getValue());
        if (isFound ? now.add(pupilId) : now.remove(pupilId)) {
            found.setValue(now);
        }
    }

    @MainThread
    public void refresh() {
        Long n = tick.getValue();
        tick.setValue(n == null ? 1 : n + 1);
    }

    /** Records the check of the class on screen: the pupils expected there now and those found. */
    @MainThread
    public void record(String where) {
        SpotCheckClass shown = classNow.getValue();
        if (shown == null) {
            return;
        }
        Set<String> expected = new HashSet<>();
        for (SpotCheckClass.Pupil p : shown.pupils) {
            if (p.expected()) {
                expected.add(p.pupil.id);
            }
        }
        Set<String> seen = new HashSet<>(found.getValue() == null ? Collections.<String>emptySet() : found.getValue());
        seen.retainAll(expected);
        int notFound = expected.size() - seen.size();
        writes.execute(() -> {
            try {
                List<TruancyAlert> alerts = repository.record(where, shown.classId, expected, seen);
                recorded.postValue(new Once<>(new Recorded(notFound, alerts)));
                found.postValue(Collections.<String>emptySet());
            } catch (NotRecordableException refused) {
                refusals.postValue(new Once<>(refused.getMessage()));
            }
        });
    }
}
