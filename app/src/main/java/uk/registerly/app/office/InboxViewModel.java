package uk.registerly.app.office;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.ViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
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
    private final OfficeWrites writes;
    private final LiveData<List<InboxItem>> items;
    private final Selection<InboxItem> selection;

    @Inject
    public InboxViewModel(OfflineFirstAbsenceReportRepository reports, @WriteExecutor Executor writes) {
        this.reports = reports;
        this.writes = new OfficeWrites(writes);
        this.items = reports.inbox();
        // A line keeps its selection when a later duplicate merges into it or its lead report changes.
        this.selection = new Selection<>(items, (item, id) -> ids(item).contains(id));
    }

    public LiveData<List<InboxItem>> items() {
        return items;
    }

    public LiveData<InboxItem> selected() {
        return selection.selected();
    }

    public LiveData<Once<String>> errors() {
        return writes.refusals();
    }

    /** @param id any report of the line */
    public void select(@Nullable String id) {
        selection.select(id);
    }

    public void accept(InboxItem item, AttendanceCode code) {
        List<String> ids = ids(item);
        writes.run(() -> reports.accept(ids, code));
    }

    public void decline(InboxItem item, String note) {
        List<String> ids = ids(item);
        writes.run(() -> reports.decline(ids, note));
    }

    private static List<String> ids(InboxItem item) {
        List<String> ids = new ArrayList<>();
        for (AbsenceReport report : item.group.reports) {
            ids.add(report.id);
        }
        return ids;
    }
}
