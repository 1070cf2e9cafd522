package uk.registerly.app.office;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.ViewModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.attendance.NotRecordableException;
import uk.registerly.app.data.calling.CallRow;
import uk.registerly.app.data.calling.OfflineFirstCallingRepository;
import uk.registerly.app.data.db.GuardianEntity;
import uk.registerly.app.data.journal.EventPayloads.ContactOutcome;
import uk.registerly.app.data.journal.WriteExecutor;
import uk.registerly.app.ui.Once;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * First-day calling: the list, the selected pupil, whom the office is calling, and the one-tap
 * outcomes (written on the write executor, each a CONTACT_ATTEMPT; a reason given also explains
 * the day's sessions).
 */
@HiltViewModel
public class CallingViewModel extends ViewModel {
    private final OfflineFirstCallingRepository calling;
    private final Executor writes;
    private final MutableLiveData<Long> tick = new MutableLiveData<>(0L);
    private final LiveData<List<CallRow>> rows;
    private final MutableLiveData<String> selectedPupil = new MutableLiveData<>();
    private final MediatorLiveData<CallRow> selected = new MediatorLiveData<>();
    /** The contact last dialled for each pupil: an outcome is about that call. */
    private final Map<String, String> dialled = new HashMap<>();
    private final MutableLiveData<Once<String>> errors = new MutableLiveData<>();

    @Inject
    public CallingViewModel(OfflineFirstCallingRepository calling, @WriteExecutor Executor writes) {
        this.calling = calling;
        this.writes = writes;
        this.rows = calling.callingList(tick);
        selected.addSource(rows, list -> selected.setValue(find(list, selectedPupil.getValue())));
        selected.addSource(selectedPupil, id -> selected.setValue(find(rows.getValue(), id)));
    }

    public LiveData<List<CallRow>> rows() {
        return rows;
    }

    /** The selected pupil's row; null when nothing is selected or the pupil left the list. */
    public LiveData<CallRow> selected() {
        return selected;
    }

    public LiveData<Once<String>> errors() {
        return errors;
    }

    public void select(@Nullable String pupilId) {
        selectedPupil.setValue(pupilId);
    }

    /** Registers close as time passes with nothing written: the screen asks again every minute. */
    public void refresh() {
        Long now = tick.getValue();
        tick.setValue(now == null ? 1 : now + 1);
    }

    public void dialling(CallRow row, GuardianEntity contact) {
        dialled.put(row.pupil.id, contact.id);
    }

    /** Whom an outcome is about: the contact last dialled, else the next one to try. */
    @Nullable
    public GuardianEntity callee(CallRow row) {
        String id = dialled.get(row.pupil.id);
        for (GuardianEntity contact : row.contacts) {
            if (contact.id.equals(id)) {
                return contact;
            }
        }
        return row.nextContact;
    }

    public void record(CallRow row, ContactOutcome outcome) {
        GuardianEntity contact = outcome == ContactOutcome.HOME_VISIT_FLAGGED ? null : callee(row);
        write(() -> calling.recordCall(row.pupil.id, outcome, contact));
        dialled.remove(row.pupil.id);
    }

    public void reasonGiven(CallRow row, AttendanceCode code) {
        GuardianEntity contact = callee(row);
        write(() -> calling.recordReasonGiven(row.pupil.id, code, contact, row.toExplain));
    }

    private void write(Runnable write) {
        writes.execute(() -> {
            try {
                write.run();
            } catch (NotRecordableException e) {
                errors.postValue(new Once<>(e.getMessage()));
            }
        });
    }

    @Nullable
    private static CallRow find(@Nullable List<CallRow> rows, @Nullable String pupilId) {
        if (rows == null || pupilId == null) {
            return null;
        }
        for (CallRow row : rows) {
            if (row.pupil.id.equals(pupilId)) {
                return row;
            }
        }
        return null;
    }
}
