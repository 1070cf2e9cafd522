package uk.registerly.app.office;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.Transformations;
import androidx.lifecycle.ViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.attendance.NotRecordableException;
import uk.registerly.app.data.journal.WriteExecutor;
import uk.registerly.app.data.leave.LeaveLine;
import uk.registerly.app.data.leave.OfflineFirstLeaveRepository;
import uk.registerly.app.ui.Once;

/**
 * Leave requests with the rules' checks, undecided ones first. The head's judgement (exceptional
 * circumstances or not) picks which of the rules' assessments applies; approve (C for each
 * granted session) or refuse with a note.
 */
@HiltViewModel
public class OfficeLeaveViewModel extends ViewModel {
    private final OfflineFirstLeaveRepository leave;
    private final Executor writes;
    private final LiveData<List<LeaveLine>> lines;
    private final LiveData<List<LeaveLine>> open;
    private final MutableLiveData<String> selectedId = new MutableLiveData<>();
    private final MediatorLiveData<LeaveLine> selected = new MediatorLiveData<>();
    private final MutableLiveData<Boolean> exceptional = new MutableLiveData<>(false);
    private final MutableLiveData<Once<String>> errors = new MutableLiveData<>();

    @Inject
    public OfficeLeaveViewModel(OfflineFirstLeaveRepository leave, @WriteExecutor Executor writes) {
        this.leave = leave;
        this.writes = writes;
        this.lines = Transformations.map(leave.requests(), OfficeLeaveViewModel::openFirst);
        this.open = Transformations.map(lines, all -> {
            List<LeaveLine> undecided = new ArrayList<>();
            for (LeaveLine line : all) {
                if (line.request.isOpen()) {
                    undecided.add(line);
                }
            }
            return undecided;
        });
        selected.addSource(lines, list -> selected.setValue(find(list, selectedId.getValue())));
        selected.addSource(selectedId, id -> selected.setValue(find(lines.getValue(), id)));
    }

    public LiveData<List<LeaveLine>> lines() {
        return lines;
    }

    /** Requests waiting for a decision. */
    public LiveData<List<LeaveLine>> openRequests() {
        return open;
    }

    public LiveData<LeaveLine> selected() {
        return selected;
    }

    /** The head's judgement for the request shown: are the circumstances exceptional? */
    public LiveData<Boolean> exceptional() {
        return exceptional;
    }

    public LiveData<Once<String>> errors() {
        return errors;
    }

    public void select(@Nullable String requestId) {
        if (requestId == null || !requestId.equals(selectedId.getValue())) {
            exceptional.setValue(false);
        }
        selectedId.setValue(requestId);
    }

    public void setExceptional(boolean judged) {
        exceptional.setValue(judged);
    }

    public void approve(LeaveLine line) {
        boolean judged = Boolean.TRUE.equals(exceptional.getValue());
        write(() -> leave.approve(line.request.id, judged));
    }

    public void refuse(LeaveLine line, String note) {
        write(() -> leave.refuse(line.request.id, note));
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

    private static List<LeaveLine> openFirst(List<LeaveLine> lines) {
        List<LeaveLine> sorted = new ArrayList<>();
        for (LeaveLine line : lines) {
            if (line.request.isOpen()) {
                sorted.add(line);
            }
        }
        for (LeaveLine line : lines) {
            if (!line.request.isOpen()) {
                sorted.add(line);
            }
        }
        return sorted;
    }

    @Nullable
    private static LeaveLine find(@Nullable List<LeaveLine> lines, @Nullable String id) {
        if (lines == null || id == null) {
            return null;
        }
        for (LeaveLine line : lines) {
            if (line.request.id.equals(id)) {
                return line;
            }
        }
        return null;
    }
}
