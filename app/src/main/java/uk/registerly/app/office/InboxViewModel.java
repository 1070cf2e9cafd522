package uk.registerly.app.office;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.ViewModel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.evidence.ViewedEvidenceRepository;
import uk.registerly.app.data.journal.WriteExecutor;
import uk.registerly.app.data.reports.AbsenceReport;
import uk.registerly.app.data.reports.AbsenceReportRepository;
import uk.registerly.app.data.reports.InboxItem;
import uk.registerly.app.network.NetworkExecutor;
import uk.registerly.app.ui.Once;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The inbox of parents' reports: open ones, duplicates merged; accept with a code or decline with a
 * note; look at a report's photo (one at a time: a decoded photo is megabytes).
 */
@HiltViewModel
public class InboxViewModel extends ViewModel {
    private final AbsenceReportRepository reports;
    private final OfficeWrites writes;
    private final LiveData<List<InboxItem>> items;
    private final Selection<InboxItem> selection;
    private final ViewedEvidenceRepository evidence;
    private final Executor network;
    private final MutableLiveData<ReportPhoto> photo = new MutableLiveData<>();

    @Inject
    public InboxViewModel(AbsenceReportRepository reports, ViewedEvidenceRepository evidence,
                          @WriteExecutor Executor writes, @NetworkExecutor Executor network) {
        this.reports = reports;
        this.evidence = evidence;
        this.network = network;
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

    /** The photo asked for last: being fetched, shown, or why not. */
    public LiveData<ReportPhoto> photo() {
        return photo;
    }

    /** Fetches a report's photo (from this tablet if it was viewed here before); a second tap while it loads does nothing. */
    public void viewPhoto(String evidenceId) {
        ReportPhoto current = photo.getValue();
        if (current != null && current.evidenceId.equals(evidenceId) && (current.isLoading() || current.bitmap != null)) {
            return;
        }
        photo.setValue(ReportPhoto.loading(evidenceId));
        network.execute(() -> photo.postValue(ReportPhoto.of(evidenceId, evidence.photo(evidenceId))));
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
