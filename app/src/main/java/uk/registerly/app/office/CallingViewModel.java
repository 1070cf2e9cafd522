package uk.registerly.app.office;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.ViewModel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;

import uk.registerly.app.data.calling.CallRow;
import uk.registerly.app.data.calling.CallingRepository;
import uk.registerly.app.data.journal.EventPayloads.ContactOutcome;
import uk.registerly.app.data.journal.WriteExecutor;
import uk.registerly.app.data.roster.Guardian;
import uk.registerly.app.ui.Once;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * First-day calling: the list, the selected pupil, whom the office is calling, and the one-tap
 * outcomes (each a CONTACT_ATTEMPT; a reason given also explains the day's sessions).
 */
@HiltViewModel
public class CallingViewModel extends ViewModel {
    private final CallingRepository calling;
    private final OfficeWrites writes;
    private final MutableLiveData<Long> tick = new MutableLiveData<>(0L);
    private final LiveData<List<CallRow>> rows;
    private final Selection<CallRow> selection;
    /** The contact last dialled for each pupil: an outcome is about that call. */
    private final Map<String, String> dialled = new HashMap<>();

    @Inject
    public CallingViewModel(CallingRepository calling, @WriteExecutor Executor writes) {
        this.calling = calling;
        this.writes = new OfficeWrites(writes);
        this.rows = calling.callingList(tick);
        this.selection = new Selection<>(rows, (row, pupilId) -> row.pupil.id.equals(pupilId));
    }

    public LiveData<List<CallRow>> rows() {
        return rows;
    }

    /** The selected pupil's row; null when nothing is selected or the pupil left the list. */
    public LiveData<CallRow> selected() {
        return selection.selected();
    }

    public LiveData<Once<String>> errors() {
        return writes.refusals();
    }

    public void select(@Nullable String pupilId) {
        selection.select(pupilId);
    }

    /** Registers close as time passes with nothing written: the screen asks again every minute. */
    public void refresh() {
        Long now = tick.getValue();
        tick.setValue(now == null ? 1 : now + 1);
    }

    public void dialling(CallRow row, Guardian contact) {
        dialled.put(row.pupil.id, contact.id);
    }

    /** Whom an outcome is about: the contact last dialled, else the next one to try. */
    @Nullable
    public Guardian callee(CallRow row) {
        String id = dialled.get(row.pupil.id);
        for (Guardian contact : row.contacts) {
            if (contact.id.equals(id)) {
                return contact;
            }
        }
        return row.nextContact;
    }

    public void record(CallRow row, ContactOutcome outcome) {
        Guardian contact = outcome == ContactOutcome.HOME_VISIT_FLAGGED ? null : callee(row);
        writes.run(() -> calling.recordCall(row.pupil.id, outcome, contact));
        dialled.remove(row.pupil.id);
    }

    public void reasonGiven(CallRow row, AttendanceCode code) {
        Guardian contact = callee(row);
        writes.run(() -> calling.recordReasonGiven(row.pupil.id, code, contact, row.toExplain));
    }
}
