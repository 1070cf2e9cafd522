package uk.registerly.app.office;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.ViewModel;

import java.util.List;
import java.util.Map;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;

import uk.registerly.app.data.worklists.Worklist;
import uk.registerly.app.data.worklists.WorklistEntry;
import uk.registerly.app.data.worklists.WorklistsRepository;

/** The worklists, kept up to date pupil by pupil ({@link WorklistsRepository}), and the pupil opened. */
@HiltViewModel
public class WorklistsViewModel extends ViewModel {
    private final MediatorLiveData<Map<Worklist, List<WorklistEntry>>> lists = new MediatorLiveData<>();
    private final MutableLiveData<String> selected = new MutableLiveData<>();

    @Inject
    public WorklistsViewModel(WorklistsRepository worklists) {
        lists.addSource(worklists.worklists(), school -> {
            if (school != null) {
                lists.setValue(school.lists);
            }
        });
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
