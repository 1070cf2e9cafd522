package uk.registerly.app.rollcall;

import androidx.annotation.MainThread;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.journal.WriteExecutor;
import uk.registerly.app.data.rollcall.RollCallNow;
import uk.registerly.app.data.rollcall.RollCallRepository;
import uk.registerly.app.sync.SyncAwareViewModel;
import uk.registerly.app.sync.SyncIndicator;
import uk.registerly.app.ui.Once;
import uk.registerly.rules.rollcall.RollCallReason;

/**
 * The roll call (issue 15 item 3): the one running, from this device's journal (offline too), its minutes moved on
 * every half minute; starting one, ticking pupils (and taking a tick back), ending it.
 */
@HiltViewModel
public class RollCallViewModel extends SyncAwareViewModel {
    private final RollCallRepository repository;
    private final Executor writes;
    private final MutableLiveData<Long> tick = new MutableLiveData<>(0L);
    private final LiveData<RollCallNow> now;
    private final MutableLiveData<Once<String>> refusals = new MutableLiveData<>();

    @Inject
    public RollCallViewModel(RollCallRepository repository, SyncIndicator sync, @WriteExecutor Executor writes) {
        super(sync);
        this.repository = repository;
        this.writes = writes;
        this.now = repository.now(tick);
    }

    /** Null until worked out, or while the device's school is unknown. */
    public LiveData<RollCallNow> now() {
        return now;
    }

    /** What the device refused to record, in words for the person at the screen. */
    public LiveData<Once<String>> refusals() {
        return refusals;
    }

    @MainThread
    public void refresh() {
        Long n = tick.getValue();
        tick.setValue(n == null ? 1 : n + 1);
    }

    public void start(RollCallReason reason) {
        write(() -> repository.start(reason));
    }

    public void account(String rollCallId, String pupilId, boolean accounted) {
        write(() -> repository.account(rollCallId, pupilId, accounted));
    }

    public void end(String rollCallId) {
        write(() -> repository.end(rollCallId));
    }

    private void write(Runnable write) {
        writes.execute(() -> {
            try {
                write.run();
            } catch (NotRecordableException refused) {
                refusals.postValue(new Once<>(refused.getMessage()));
            }
        });
    }
}
