package uk.registerly.app.office;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.Transformations;
import androidx.lifecycle.ViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.journal.WriteExecutor;
import uk.registerly.app.data.leave.LeaveLine;
import uk.registerly.app.data.leave.LeaveRepository;
import uk.registerly.app.ui.Once;

/**
 * Leave requests with the rules' checks, undecided ones first. The head's judgement (exceptional
 * circumstances or not) picks which of the rules' assessments applies; approve (C for each
 * granted session) or refuse with a note.
 */
@HiltViewModel
public class OfficeLeaveViewModel extends ViewModel {
    private final LeaveRepository leave;
    private final OfficeWrites writes;
    private final LiveData<List<LeaveLine>> lines;
    private final LiveData<List<LeaveLine>> open;
    private final Selection<LeaveLine> selection;
    private final MutableLiveData<Boolean> exceptional = new MutableLiveData<>(false);

    @Inject
    public OfficeLeaveViewModel(LeaveRepository leave, @WriteExecutor Executor writes) {
        this.leave = leave;
        this.writes = new OfficeWrites(writes);
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
        this.selection = new Selection<>(lines, (line, id) -> line.request.id.equals(id));
    }

    public LiveData<List<LeaveLine>> lines() {
        return lines;
    }

    /** Requests waiting for a decision. */
    public LiveData<List<LeaveLine>> openRequests() {
        return open;
    }

    public LiveData<LeaveLine> selected() {
        return selection.selected();
    }

    /** The head's judgement for the request shown: are the circumstances exceptional? */
    public LiveData<Boolean> exceptional() {
        return exceptional;
    }

    public LiveData<Once<String>> errors() {
        return writes.refusals();
    }

    /** Another request starts with the head's judgement not given. */
    public void select(@Nullable String requestId) {
        if (requestId == null || !requestId.equals(selection.id())) {
            exceptional.setValue(false);
        }
        selection.select(requestId);
    }

    public void setExceptional(boolean judged) {
        exceptional.setValue(judged);
    }

    public void approve(LeaveLine line) {
        boolean judged = Boolean.TRUE.equals(exceptional.getValue());
        writes.run(() -> leave.approve(line.request.id, judged));
    }

    public void refuse(LeaveLine line, String note) {
        writes.run(() -> leave.refuse(line.request.id, note));
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
}
