package uk.registerly.app.register;

import androidx.annotation.MainThread;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.Transformations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.R;
import uk.registerly.app.data.attendance.RegisterRepository;
import uk.registerly.app.data.attendance.RegisterRow;
import uk.registerly.app.data.departures.DeparturesRepository;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.journal.RecordingRefusedException;
import uk.registerly.app.data.readmodel.EvaluationExecutor;
import uk.registerly.app.data.reports.AbsenceReport;
import uk.registerly.app.data.reports.AbsenceReportRepository;
import uk.registerly.app.data.roster.RosterRepository;
import uk.registerly.app.data.roster.SchoolClass;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.sync.SyncAwareViewModel;
import uk.registerly.app.sync.SyncIndicator;
import uk.registerly.app.ui.Once;
import uk.registerly.app.ui.RecordingTexts;
import uk.registerly.app.ui.ScreenMessage;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.recording.ProblemCode;
import uk.registerly.rules.schedule.RegisterWindow;
import uk.registerly.rules.schoolday.RegisterProposal;

/**
 * The teacher's register: which class, day and session is on screen, its rows with the marks the
 * rules computed, its window and countdown, all in one {@link RegisterUiState}; and the teacher's
 * actions. Every write is a repository call on the background executor; what the screen shows
 * comes back through the repositories' LiveData, so a mark appears the same way whether it was
 * made here, at the gate or in the office. Refused writes come back as {@link #messages()}.
 */
@HiltViewModel
public class RegisterViewModel extends SyncAwareViewModel {
    private final RegisterRepository register;
    private final Clock clock;
    private final Executor executor;

    private final LiveData<List<SchoolClass>> classes;
    private final MediatorLiveData<RegisterSelection> selection = new MediatorLiveData<>();
    private final MediatorLiveData<SchoolTime> schoolTime = new MediatorLiveData<>();
    private final MediatorLiveData<List<RegisterRowModel>> rows = new MediatorLiveData<>();
    private final LiveData<RegisterWindow> window;
    private final MediatorLiveData<RegisterClock> registerClock = new MediatorLiveData<>();
    private final MediatorLiveData<RegisterUiState> uiState = new MediatorLiveData<>();
    private final MutableLiveData<Once<ScreenMessage>> messages = new MutableLiveData<>();
    private final MutableLiveData<Once<AmendmentOffer>> amendmentOffers = new MutableLiveData<>();

    @Inject
    public RegisterViewModel(RegisterRepository register, RosterRepository roster, AbsenceReportRepository reports,
                             DeparturesRepository departures, SyncIndicator sync, Clock clock,
                             @EvaluationExecutor Executor executor) {
        super(sync);
        this.register = register;
        this.clock = clock;
        this.executor = executor;
        this.classes = roster.myClasses();

        LiveData<List<RegisterRow>> registerRows = Transformations.switchMap(selection,
                s -> register.register(s.classId, s.date, s.session));
        LiveData<List<AbsenceReport>> reported = reports.reportsAsTheyStand();
        // Pupils signed out early and not back: the register shows why and proposes the code (issue 15 item 2).
        LiveData<Map<String, RegisterProposal>> proposed = Transformations.switchMap(selection,
                s -> departures.proposals(s.date, s.session));
        rows.addSource(registerRows, ignored -> combineRows(registerRows, reported, proposed));
        rows.addSource(reported, ignored -> combineRows(registerRows, reported, proposed));
        rows.addSource(proposed, ignored -> combineRows(registerRows, reported, proposed));

        window = Transformations.switchMap(selection, s -> {
            MutableLiveData<RegisterWindow> loaded = new MutableLiveData<>();
            executor.execute(() -> loaded.postValue(register.registerWindow(s.classId, s.session)));
            return loaded;
        });
        registerClock.addSource(window, ignored -> tick());

        // The school's calendar may reach the device while the screen is open (first sync).
        schoolTime.addSource(roster.changes(), ignored -> executor.execute(() -> {
            SchoolRules rules = roster.defaultRules();
            schoolTime.postValue(new SchoolTime(rules == null ? null : rules.zone()));
        }));
        selection.addSource(classes, ignored -> chooseInitialRegister());
        selection.addSource(schoolTime, ignored -> chooseInitialRegister());

        uiState.setValue(RegisterUiState.LOADING);
        for (LiveData<?> part : new LiveData<?>[] {classes, selection, rows, window, registerClock, schoolTime}) {
            uiState.addSource(part, ignored -> uiState.setValue(currentState()));
        }
    }

    /** Everything the screen shows; a new value whenever any part changes (the clock every second). */
    public LiveData<RegisterUiState> uiState() {
        return uiState;
    }

    /** Messages for the teacher (a refused write, an amendment recorded), each shown once. */
    public LiveData<Once<ScreenMessage>> messages() {
        return messages;
    }

    /**
     * A mark the rules refused as after the close ({@code register_closed}): the screen asks for the
     * amendment instead (each offer shown once).
     */
    public LiveData<Once<AmendmentOffer>> amendmentOffers() {
        return amendmentOffers;
    }

    // ---- choosing the register ----

    @MainThread
    public void selectClass(String classId) {
        RegisterSelection current = selection.getValue();
        if (current != null && !current.classId.equals(classId)) {
            selection.setValue(current.withClass(classId));
        }
    }

    @MainThread
    public void selectDate(LocalDate date) {
        RegisterSelection current = selection.getValue();
        if (current != null && !current.date.equals(date)) {
            selection.setValue(current.withDate(date));
        }
    }

    /** Back to today's register (once the school's time zone is known). */
    @MainThread
    public void selectToday() {
        SchoolTime time = schoolTime.getValue();
        if (time != null && time.isKnown()) {
            selectDate(time.today(clock));
        }
    }

    @MainThread
    public void selectSession(Session session) {
        RegisterSelection current = selection.getValue();
        if (current != null && current.session != session) {
            selection.setValue(current.withSession(session));
        }
    }

    /** Straight to one register (the teacher's reminder names it): one change of selection, not three. */
    @MainThread
    public void open(String classId, LocalDate date, Session session) {
        RegisterSelection wanted = new RegisterSelection(classId, date, session);
        if (selection.getValue() != null && !wanted.equals(selection.getValue())) {
            selection.setValue(wanted);
        }
    }

    /** Recomputes the register's phase and countdown for the current time (the screen calls it every second). */
    @MainThread
    public void tick() {
        RegisterWindow w = window.getValue();
        RegisterSelection s = selection.getValue();
        SchoolTime time = schoolTime.getValue();
        if (w == null || s == null || time == null || !time.isKnown()) {
            return;
        }
        registerClock.setValue(RegisterClock.of(w, s.date, time.now(clock)));
    }

    // ---- marking ----

    /**
     * The teacher chose {@code code} for a pupil (a row button, the row itself, or the codes menu).
     * While the register is open the mark is recorded at once; once it has closed, a marked row
     * answers {@link RegisterClock.Edit#AMEND} and the screen asks for the amendment's reason, and an
     * unmarked row's mark is refused by the rules ({@code register_closed}, as the server would) and
     * comes back as an {@link #amendmentOffers() amendment offer}.
     */
    @MainThread
    public RegisterClock.Edit choose(String pupilId, AttendanceCode code) {
        RegisterSelection s = selection.getValue();
        RegisterClock now = registerClock.getValue();
        RegisterRowModel row = currentState().row(pupilId);
        if (s == null || now == null || row == null) {
            return RegisterClock.Edit.NONE;
        }
        if (row.code == code) {
            return RegisterClock.Edit.NONE; // the code the row has already: a double tap, not a new fact
        }
        RegisterClock.Edit edit = now.edit(row.isMarked());
        if (edit == RegisterClock.Edit.MARK) {
            write(() -> {
                try {
                    register.recordMark(pupilId, s.date, s.session, code);
                } catch (RecordingRefusedException e) {
                    if (e.code() != ProblemCode.REGISTER_CLOSED) {
                        throw e;
                    }
                    // The rules' word, as the server's would be: after the close a change is an amendment.
                    amendmentOffers.postValue(new Once<>(new AmendmentOffer(pupilId, code)));
                }
            });
        }
        return edit;
    }

    /** Marks every pupil still without a mark present for the session, in one batch. */
    @MainThread
    public void markAllRemainingPresent() {
        RegisterUiState state = currentState();
        List<String> pupils = state.remaining();
        if (state.selection == null || !state.offersMarkAll() || pupils.isEmpty()) {
            return;
        }
        RegisterSelection s = state.selection;
        write(() -> register.recordMarks(pupils, s.date, s.session, s.session.presentCode()));
    }

    /** A correction after the register closed, with the teacher's reason; refused writes come back as messages. */
    @MainThread
    public void amend(String pupilId, AttendanceCode code, String reason) {
        RegisterSelection s = selection.getValue();
        if (s == null) {
            return;
        }
        write(() -> {
            register.recordAmendment(pupilId, s.date, s.session, code, reason);
            messages.postValue(new Once<>(ScreenMessage.of(R.string.register_amendment_recorded)));
        });
    }

    private RegisterUiState currentState() {
        RegisterSelection s = selection.getValue();
        SchoolTime time = schoolTime.getValue();
        boolean onToday = s != null && time != null && time.isKnown() && time.today(clock).equals(s.date);
        return new RegisterUiState(classes.getValue(), s, rows.getValue(), window.getValue(), registerClock.getValue(),
                time, onToday);
    }

    private void write(Runnable write) {
        executor.execute(() -> {
            try {
                write.run();
            } catch (RecordingRefusedException e) {
                // The rules' refusal (e.g. leave_refused), in the app's words for its stable code.
                messages.postValue(new Once<>(RecordingTexts.message(e.code().errorCode())));
            } catch (NotRecordableException e) {
                // Written for the person at the screen by the data layer; it never names a pupil.
                messages.postValue(new Once<>(ScreenMessage.text(e.getMessage())));
            }
        });
    }

    private void combineRows(LiveData<List<RegisterRow>> register, LiveData<List<AbsenceReport>> reports,
                             LiveData<Map<String, RegisterProposal>> proposals) {
        List<RegisterRow> current = register.getValue();
        List<AbsenceReport> reportsNow = reports.getValue();
        Map<String, RegisterProposal> proposalsNow = proposals.getValue();
        RegisterSelection s = selection.getValue();
        if (current == null || s == null) {
            return;
        }
        // Off the main thread with the rest of the read model.
        executor.execute(() -> {
            Map<String, ParentReports.Reported> reported = reportsNow == null
                    ? Collections.<String, ParentReports.Reported>emptyMap()
                    : ParentReports.covering(reportsNow, s.date, s.session);
            rows.postValue(RegisterRowModel.of(current, reported, proposalsNow == null
                    ? Collections.<String, RegisterProposal>emptyMap() : proposalsNow));
        });
    }

    private void chooseInitialRegister() {
        List<SchoolClass> mine = classes.getValue();
        SchoolTime time = schoolTime.getValue();
        if (selection.getValue() != null || mine == null || mine.isEmpty() || time == null || !time.isKnown()) {
            return;
        }
        String classId = mine.get(0).id;
        LocalDateTime now = time.now(clock);
        executor.execute(() -> {
            Session session = RegisterClock.sessionAt(register.registerWindow(classId, Session.AM),
                    now.toLocalTime());
            selection.postValue(new RegisterSelection(classId, now.toLocalDate(), session));
        });
    }
}
