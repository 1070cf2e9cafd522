package uk.registerly.app.office;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.ViewModel;

import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;

import uk.registerly.app.data.attendance.AttendanceRecordsRepository;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.RosterRepository;
import uk.registerly.app.data.worklists.OfficeWorklists;
import uk.registerly.app.data.worklists.Worklist;
import uk.registerly.app.data.worklists.WorklistEntry;
import uk.registerly.rules.evaluation.AttendanceEvaluation;

/** The worklists, from the rules' evaluation of every pupil ({@link OfficeWorklists}), and the pupil opened. */
@HiltViewModel
public class WorklistsViewModel extends ViewModel {
    private final MediatorLiveData<Map<Worklist, List<WorklistEntry>>> lists = new MediatorLiveData<>();
    private final MutableLiveData<String> selected = new MutableLiveData<>();

    @Inject
    public WorklistsViewModel(AttendanceRecordsRepository attendance, RosterRepository roster) {
        LiveData<AttendanceEvaluation> evaluation = attendance.schoolEvaluation();
        LiveData<List<RosterPupil>> pupils = roster.pupils();
        lists.addSource(evaluation, e -> build(e, pupils.getValue()));
        lists.addSource(pupils, p -> build(evaluation.getValue(), p));
    }

    private void build(AttendanceEvaluation evaluation, List<RosterPupil> pupils) {
        if (evaluation != null && pupils != null) {
            lists.setValue(OfficeWorklists.build(evaluation, pupils));
        }
    }

    public LiveData<Map<Worklist, List<WorklistEntry>>> lists() {
        return lists;
    }

    /** The pupil whose record is open beside the lists (tablet). */
    public LiveData<String> selected() {
        return selected;
    }

    public void select(String pupilId) {
        selected.setValue(pupilId);
    }
}
