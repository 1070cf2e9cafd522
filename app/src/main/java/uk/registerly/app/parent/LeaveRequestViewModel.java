package uk.registerly.app.parent;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.ViewModel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;

import uk.registerly.app.data.journal.WriteExecutor;
import uk.registerly.app.data.leave.LeaveRepository;
import uk.registerly.app.data.parents.ParentChildren;
import uk.registerly.app.data.parents.ParentRequestRefused;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.ui.Once;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.leave.LeaveIssue;
import uk.registerly.rules.policy.SchoolPolicy;

/**
 * Asking for leave of absence: the school's rules first (notice, exceptional circumstances
 * only, a refusal is final), what the rules would say about the chosen dates before sending,
 * then the request.
 */
@HiltViewModel
public class LeaveRequestViewModel extends ViewModel {
    /** Registerly serves schools in England: dates on the form are London's. */
    private static final ZoneId SCHOOLS = ZoneId.of("Europe/London");

    private final LeaveRepository leave;
    private final Executor writes;
    private final LiveData<List<RosterPupil>> children;
    private final MediatorLiveData<LeaveForm> form = new MediatorLiveData<>();
    private final MutableLiveData<Integer> noticeDays = new MutableLiveData<>(SchoolPolicy.DEFAULT_LEAVE_NOTICE_DAYS);
    private final MutableLiveData<Set<LeaveIssue>> issues = new MutableLiveData<>(Collections.emptySet());
    private final MutableLiveData<Once<ParentRequestRefused.Problem>> refused = new MutableLiveData<>();
    private final MutableLiveData<Once<Boolean>> sent = new MutableLiveData<>();

    @Inject
    public LeaveRequestViewModel(LeaveRepository leave, ParentChildren parent, Clock clock,
                                 @WriteExecutor Executor writes) {
        this.leave = leave;
        this.writes = writes;
        this.children = parent.observe();
        LocalDate firstDay = LocalDate.now(clock.withZone(SCHOOLS)).plusDays(SchoolPolicy.DEFAULT_LEAVE_NOTICE_DAYS);
        form.setValue(new LeaveForm(null, firstDay, firstDay, true, true, "", false));
        form.addSource(children, list -> {
            if (list.size() == 1 && form.getValue().child == null) {
                child(list.get(0).id);
            }
        });
    }

    public LiveData<List<RosterPupil>> children() {
        return children;
    }

    LiveData<LeaveForm> form() {
        return form;
    }

    /** The notice the chosen child's school asks for, in days. */
    public LiveData<Integer> noticeDays() {
        return noticeDays;
    }

    /** What the rules say about the chosen dates if asked today (short notice, too late, refused before). */
    public LiveData<Set<LeaveIssue>> issues() {
        return issues;
    }

    public LiveData<Once<ParentRequestRefused.Problem>> refused() {
        return refused;
    }

    public LiveData<Once<Boolean>> sent() {
        return sent;
    }

    public void child(String childId) {
        form.setValue(form.getValue().child(childId));
        recheck();
    }

    public void from(LocalDate first) {
        LeaveForm current = form.getValue();
        form.setValue(current.dates(first, current.to.isBefore(first) ? first : current.to));
        recheck();
    }

    public void to(LocalDate last) {
        form.setValue(form.getValue().dates(form.getValue().from, last));
        recheck();
    }

    public void sessions(boolean morning, boolean afternoon) {
        form.setValue(form.getValue().sessions(morning, afternoon));
    }

    public void reason(String reason) {
        if (!reason.equals(form.getValue().reason)) {
            form.setValue(form.getValue().reason(reason));
        }
    }

    public void rulesRead(boolean read) {
        form.setValue(form.getValue().rulesRead(read));
    }

    public void send() {
        LeaveForm current = form.getValue();
        if (current.child == null) {
            refused.setValue(new Once<>(ParentRequestRefused.Problem.NO_CHILD));
            return;
        }
        Set<Session> sessions = FormChoices.sessionsOf(current.morning, current.afternoon);
        writes.execute(() -> {
            try {
                leave.request(current.child, current.from, current.to, sessions, current.reason);
                sent.postValue(new Once<>(true));
            } catch (ParentRequestRefused e) {
                refused.postValue(new Once<>(e.problem));
            }
        });
    }

    private void recheck() {
        LeaveForm current = form.getValue();
        @Nullable String child = current.child;
        if (child == null) {
            return;
        }
        writes.execute(() -> {
            Integer days = leave.noticeDays(child);
            if (days != null) {
                noticeDays.postValue(days);
            }
            issues.postValue(leave.issuesBeforeSending(child, current.from, current.to));
        });
    }
}
