package uk.registerly.app.parent;

import android.content.Context;
import android.net.Uri;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.SavedStateHandle;
import androidx.lifecycle.ViewModel;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import dagger.hilt.android.qualifiers.ApplicationContext;

import uk.registerly.app.data.evidence.EvidencePhotos;
import uk.registerly.app.data.evidence.EvidenceStore;
import uk.registerly.app.data.journal.EventPayloads.AbsenceCategory;
import uk.registerly.app.data.journal.WriteExecutor;
import uk.registerly.app.data.parents.ParentChildren;
import uk.registerly.app.data.parents.ParentRequestRefused;
import uk.registerly.app.data.reports.AbsenceReport;
import uk.registerly.app.data.reports.AbsenceReportDraft;
import uk.registerly.app.data.reports.AbsenceReportRepository;
import uk.registerly.app.data.reports.ReportLine;
import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.app.ui.Once;
import uk.registerly.rules.calendar.Session;

/**
 * Reporting an absence (or editing one still open): the form's state, the photo prepared off the
 * main thread, and the outcome. The repository decides what is allowed; a refusal comes back as a
 * {@link ParentRequestRefused.Problem} the screen words in the parent's language.
 */
@HiltViewModel
public class ReportAbsenceViewModel extends ViewModel {
    public static final String REPORT = "report";
    /** Registerly serves schools in England: "today" on the form is London's (the school checks its own). */
    private static final ZoneId SCHOOLS = ZoneId.of("Europe/London");

    private final AbsenceReportRepository reports;
    private final Context context;
    private final Executor writes;
    @Nullable
    private final String reportId;
    private final LocalDate today;
    private final LiveData<List<RosterPupil>> children;
    private final MediatorLiveData<ReportLine> existing = new MediatorLiveData<>();
    private final MutableLiveData<ReportForm> form = new MutableLiveData<>();
    private final MutableLiveData<Boolean> busy = new MutableLiveData<>(false);
    private final MutableLiveData<Once<Outcome>> outcome = new MutableLiveData<>();

    @Inject
    public ReportAbsenceViewModel(SavedStateHandle state, AbsenceReportRepository reports,
                                  ParentChildren parent, @ApplicationContext Context context, Clock clock,
                                  @WriteExecutor Executor writes) {
        this.reports = reports;
        this.context = context;
        this.writes = writes;
        this.reportId = state.get(REPORT);
        this.today = LocalDate.now(clock.withZone(SCHOOLS));
        this.children = parent.observe();
        form.setValue(new ReportForm(Collections.<String>emptySet(), ReportForm.When.TODAY, today, today, true, true,
                null, "", null, false));
        if (reportId != null) {
            boolean[] loaded = new boolean[1];
            existing.addSource(reports.reports(), lines -> {
                for (ReportLine line : lines) {
                    if (line.report.id.equals(reportId)) {
                        existing.setValue(line);
                        if (!loaded[0]) {
                            loaded[0] = true;
                            form.setValue(formOf(line.report));
                        }
                    }
                }
            });
        } else {
            // One child: chosen already, so reporting takes a minute.
            existing.addSource(children, list -> {
                if (list.size() == 1 && form.getValue().children.isEmpty()) {
                    form.setValue(form.getValue().children(Collections.singleton(list.get(0).id)));
                }
            });
        }
    }

    private ReportForm formOf(AbsenceReport report) {
        ReportForm.When when = report.from.equals(report.to) && report.from.equals(today) ? ReportForm.When.TODAY
                : report.from.equals(report.to) && report.from.equals(today.plusDays(1)) ? ReportForm.When.TOMORROW
                : ReportForm.When.DATES;
        return new ReportForm(Collections.singleton(report.pupilId), when, report.from, report.to,
                report.sessions.contains(Session.AM), report.sessions.contains(Session.PM), report.category,
                report.note == null ? "" : report.note, null, report.evidenceId != null);
    }

    public boolean isEdit() {
        return reportId != null;
    }

    public LocalDate today() {
        return today;
    }

    public LiveData<List<RosterPupil>> children() {
        return children;
    }

    /** The report being edited, as it stands (null for a new report). */
    public LiveData<ReportLine> existing() {
        return existing;
    }

    LiveData<ReportForm> form() {
        return form;
    }

    public LiveData<Boolean> busy() {
        return busy;
    }

    public LiveData<Once<Outcome>> outcome() {
        return outcome;
    }

    public void toggleChild(String childId, boolean chosen) {
        Set<String> children = new HashSet<>(form.getValue().children);
        if (chosen) {
            children.add(childId);
        } else {
            children.remove(childId);
        }
        form.setValue(form.getValue().children(children));
    }

    public void when(ReportForm.When when) {
        ReportForm current = form.getValue();
        switch (when) {
            case TODAY:
                form.setValue(current.dates(when, today, today));
                break;
            case TOMORROW:
                form.setValue(current.dates(when, today.plusDays(1), today.plusDays(1)));
                break;
            default:
                form.setValue(current.dates(when, current.from, current.to));
        }
    }

    /** The first day; the last moves with it when it would fall before. */
    public void from(LocalDate first) {
        ReportForm current = form.getValue();
        form.setValue(current.dates(ReportForm.When.DATES, first, current.to.isBefore(first) ? first : current.to));
    }

    public void to(LocalDate last) {
        ReportForm current = form.getValue();
        form.setValue(current.dates(ReportForm.When.DATES, current.from, last));
    }

    public void sessions(boolean morning, boolean afternoon) {
        form.setValue(form.getValue().sessions(morning, afternoon));
    }

    public void category(AbsenceCategory category) {
        form.setValue(form.getValue().category(category));
    }

    public void note(String note) {
        if (!note.equals(form.getValue().note)) {
            form.setValue(form.getValue().note(note));
        }
    }

    /** A newly picked photo replaces any the report had. */
    public void photo(Uri picked) {
        form.setValue(form.getValue().photo(picked, false));
    }

    public void removePhoto() {
        form.setValue(form.getValue().photo(null, false));
    }

    /** Sends the report (or the edit): written on the phone at once, sent by the sync when there is a network. */
    public void send() {
        ReportForm current = form.getValue();
        if (current.category == null) {
            outcome.setValue(new Once<>(Outcome.missingReason()));
            return;
        }
        Set<Session> sessions = FormChoices.sessionsOf(current.morning, current.afternoon);
        AbsenceReportDraft draft = new AbsenceReportDraft(current.children, current.from, current.to, sessions,
                current.category, current.note);
        busy.setValue(true);
        writes.execute(() -> {
            try {
                byte[] photo = current.photo == null ? null : EvidencePhotos.prepare(context.getContentResolver(),
                        current.photo, EvidenceStore.MAX_BYTES);
                if (reportId == null) {
                    reports.report(draft, photo);
                } else {
                    reports.update(reportId, draft, photo, photo == null && !current.keepsPhoto);
                }
                outcome.postValue(new Once<>(Outcome.sent()));
            } catch (ParentRequestRefused refused) {
                outcome.postValue(new Once<>(Outcome.refused(refused.problem)));
            } catch (IOException unreadable) {
                outcome.postValue(new Once<>(Outcome.refused(ParentRequestRefused.Problem.PHOTO_UNREADABLE)));
            } finally {
                busy.postValue(false);
            }
        });
    }

    /** Cancels the report being edited (while the school has not dealt with it). */
    public void cancelReport() {
        busy.setValue(true);
        writes.execute(() -> {
            try {
                reports.cancel(reportId);
                outcome.postValue(new Once<>(Outcome.cancelled()));
            } catch (ParentRequestRefused refused) {
                outcome.postValue(new Once<>(Outcome.refused(refused.problem)));
            } finally {
                busy.postValue(false);
            }
        });
    }

    /** What became of a send or a cancellation. */
    public static final class Outcome {
        public enum Kind { SENT, CANCELLED, REFUSED, MISSING_REASON }

        public final Kind kind;
        @Nullable
        public final ParentRequestRefused.Problem problem;

        private Outcome(Kind kind, @Nullable ParentRequestRefused.Problem problem) {
            this.kind = kind;
            this.problem = problem;
        }

        static Outcome sent() {
            return new Outcome(Kind.SENT, null);
        }

        static Outcome cancelled() {
            return new Outcome(Kind.CANCELLED, null);
        }

        static Outcome refused(ParentRequestRefused.Problem problem) {
            return new Outcome(Kind.REFUSED, problem);
        }

        static Outcome missingReason() {
            return new Outcome(Kind.MISSING_REASON, null);
        }
    }
}
