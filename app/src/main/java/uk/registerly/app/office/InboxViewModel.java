package uk.registerly.app.office;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.ViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.attendance.NotRecordableException;
import uk.registerly.app.data.journal.WriteExecutor;
import uk.registerly.app.data.reports.AbsenceReport;
import uk.registerly.app.data.reports.InboxItem;
import uk.registerly.app.data.reports.OfflineFirstAbsenceReportRepository;
import uk.registerly.app.ui.Once;
import uk.registerly.rules.codes.AttendanceCode;

/** The inbox of parents' reports: open ones, duplicates merged; accept with a code or decline with a note. */
@HiltViewModel
public class InboxViewModel extends ViewModel {
    private final OfflineFirstAbsenceReportRepository reports;
    private final Executor writes;
    private final LiveData<List<InboxItem>> items;
    private final MutableLiveData<String> selectedId = new MutableLiveData<>();
    private final MediatorLiveData<InboxItem> selected = new MediatorLiveData<>();
    private final MutableLiveData<Once<String>> errors = new MutableLiveData<>();

    @Inject
    public InboxViewModel(OfflineFirstAbsenceReportRepository reports, @WriteExecutor Executor writes) {
        this.reports = reports;
        this.writes = writes;
        this.items = reports.inbox();
        selected.addSource(items, list -> selected.setValue(find(list, selectedId.getValue())));
        selected.addSource(selectedId, id -> selected.setValue(find(items.getValue(), id)));
    }

    public LiveData<List<InboxItem>> items() {
        return items;
    }

    public LiveData<InboxItem> selected() {
        return selected;
    }

    public LiveData<Once<String>> errors() {
        return errors;
    }

    /** @param id the first report of the line */
    public void select(@Nullable String id) {
        selectedId.setValue(id);
    }

    public void accept(InboxItem item, AttendanceCode code) {
        List<String> ids = ids(item);
        write(() -> reports.accept(ids, code));
    }

    public void decline(InboxItem item, String note) {
        List<String> ids = ids(item);
        write(() -> reports.decline(ids, note));
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

    private static List<String> ids(InboxItem item) {
        List<String> ids = new ArrayList<>();
        for (AbsenceReport report : item.group.reports) {
            ids.add(report.id);
        }
        return ids;
    }

    @Nullable
    private static InboxItem find(@Nullable List<InboxItem> items, @Nullable String id) {
        if (items == null || id == null) {
            return null;
        }
        for (InboxItem item : items) {
            for (AbsenceReport report : item.group.reports) {
                // A line keeps its selection when a later duplicate merges into it or its lead changes.
                if (report.id.equals(id)) {
                    return item;
                }
            }
        }
        return null;
    }
}
