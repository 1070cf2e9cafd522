package uk.registerly.app.parent;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.Transformations;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;

import uk.registerly.app.data.attendance.AttendanceRecordsRepository;
import uk.registerly.app.data.journal.WriteExecutor;
import uk.registerly.app.data.leave.LeaveLine;
import uk.registerly.app.data.leave.LeaveRepository;
import uk.registerly.app.data.parents.ParentChildren;
import uk.registerly.app.data.parents.ParentLinkException;
import uk.registerly.app.data.parents.ParentLinkRepository;
import uk.registerly.app.data.reports.AbsenceReportRepository;
import uk.registerly.app.data.reports.ReportLine;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.data.roster.RosterRepository;
import uk.registerly.app.data.roster.School;
import uk.registerly.app.sync.SyncAwareViewModel;
import uk.registerly.app.sync.SyncIndicator;
import uk.registerly.app.sync.SyncStatusRepository;
import uk.registerly.app.ui.Once;
import uk.registerly.rules.evaluation.PupilEvaluation;

/**
 * A parent's home: their children (only theirs) with each child's record, their absence reports
 * and leave requests with where each stands, whether everything has reached the school (the sync
 * badge) and how many writes its server refused, and linking a further child with a school's code.
 */
@HiltViewModel
public class ParentHomeViewModel extends SyncAwareViewModel {
    private final AttendanceRecordsRepository attendance;
    private final ParentLinkRepository links;
    private final Executor writes;
    private final LiveData<List<RosterPupil>> children;
    private final MediatorLiveData<Map<String, PupilEvaluation>> records = new MediatorLiveData<>();
    private final Set<String> watched = new HashSet<>();
    private final LiveData<List<School>> schools;
    private final LiveData<List<ReportLine>> reports;
    private final LiveData<List<LeaveLine>> leave;
    private final MutableLiveData<Boolean> linking = new MutableLiveData<>(false);
    private final MutableLiveData<Once<LinkOutcome>> linked = new MutableLiveData<>();
    private final LiveData<Integer> refused;

    @Inject
    public ParentHomeViewModel(AbsenceReportRepository reportRepository,
                               LeaveRepository leaveRepository, AttendanceRecordsRepository attendance,
                               RosterRepository roster, ParentChildren parent, ParentLinkRepository links,
                               SyncStatusRepository status, SyncIndicator sync, @WriteExecutor Executor writes) {
        super(sync);
        this.attendance = attendance;
        this.links = links;
        this.writes = writes;
        this.children = parent.observe();
        this.schools = roster.schools();
        this.reports = reportRepository.reports();
        this.leave = leaveRepository.requests();
        // Every own event on a parent's phone is the parent's: a report, a change, a cancellation, a request.
        this.refused = status.observeRejectedCount();
        records.setValue(new HashMap<>());
        records.addSource(children, this::watch);
    }

    /** Each child's record is its own read model; a child linked later is watched from then on. */
    private void watch(List<RosterPupil> pupils) {
        for (RosterPupil child : pupils) {
            if (watched.add(child.id)) {
                records.addSource(attendance.pupilRecord(child.id), record -> {
                    Map<String, PupilEvaluation> all = new HashMap<>(records.getValue());
                    all.put(child.id, record);
                    records.setValue(all);
                });
            }
        }
    }

    public LiveData<List<RosterPupil>> children() {
        return children;
    }

    /** Each child's marks and figures by child id (missing until computed). */
    public LiveData<Map<String, PupilEvaluation>> records() {
        return records;
    }

    public LiveData<List<School>> schools() {
        return schools;
    }

    public LiveData<List<ReportLine>> reports() {
        return reports;
    }

    public LiveData<List<LeaveLine>> leave() {
        return leave;
    }

    /** How many of the parent's reports, changes and requests the school's server refused. */
    public LiveData<Integer> refused() {
        return refused;
    }

    public LiveData<Boolean> linking() {
        return linking;
    }

    public LiveData<Once<LinkOutcome>> linked() {
        return linked;
    }

    /** Links the children of another invitation code (needs the network). */
    public void link(String code) {
        linking.setValue(true);
        writes.execute(() -> {
            try {
                linked.postValue(new Once<>(new LinkOutcome(links.link(code), null)));
            } catch (ParentLinkException e) {
                linked.postValue(new Once<>(new LinkOutcome(0, e)));
            } finally {
                linking.postValue(false);
            }
        });
    }

    /** How linking went: the number of children now linked, or why it failed. */
    public static final class LinkOutcome {
        public final int children;
        public final ParentLinkException failure;

        LinkOutcome(int children, ParentLinkException failure) {
            this.children = children;
            this.failure = failure;
        }
    }
}
