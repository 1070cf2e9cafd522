package uk.registerly.app.register;

import androidx.annotation.MainThread;
import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.Transformations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;

import uk.registerly.app.R;
import uk.registerly.app.data.readmodel.EvaluationExecutor;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.attendance.RegisterRepository;
import uk.registerly.app.data.attendance.RegisterRow;
import uk.registerly.app.data.roster.SchoolClass;
import uk.registerly.app.data.reports.AbsenceReport;
import uk.registerly.app.data.reports.AbsenceReportRepository;
import uk.registerly.app.data.roster.RosterRepository;
import uk.registerly.app.data.roster.SchoolRules;
import uk.registerly.app.sync.SyncAwareViewModel;
import uk.registerly.app.sync.SyncIndicator;
import uk.registerly.app.ui.Once;
import uk.registerly.app.ui.ScreenMessage;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * The teacher's register: which class, day and session is on screen, its rows with the marks the
 * rules computed, its window and countdown, and the teacher's actions. Every write is a repository
 * call on the background executor; what the screen shows comes back through the repositories'
 * LiveData, so a mark appears the same way whether it was made here, at the gate or in the office.
 */
@HiltViewModel
public class RegisterViewModel extends SyncAwareViewModel {
    private final RegisterRepository attendance;
    private final RosterRepository roster;
    private final Clock clock;
    private final Executor executor;

    private final LiveData<List<SchoolClass>> classes;
    private final MediatorLiveData<RegisterSelection> selection = new MediatorLiveData<>();
    private final MediatorLiveData<SchoolTime> schoolTime = new MediatorLiveData<>();
    private final MediatorLiveData<List<RegisterRowModel>> rows = new MediatorLiveData<>();
    private final LiveData<RegisterWindow> window;
    private final MediatorLiveData<RegisterClock> registerClock = new MediatorLiveData<>();
    private final MutableLiveData<Once<ScreenMessage>> messages = new MutableLiveData<>();

    @Inject
    public RegisterViewModel(RegisterRepository attendance, RosterRepository roster,
                             AbsenceReportRepository reportRepository, SyncIndicator sync, Clock clock, @EvaluationExecutor Executor executor) {
        super(sync);
        this.attendance = attendance;
        this.roster = roster;
        this.clock = clock;
        this.executor = executor;
        this.classes = roster.myClasses();

        LiveData<List<RegisterRow>> register = Transformations.switchMap(selection,
                s -> attendance.register(s.classId, s.date, s.session));
        LiveData<List<AbsenceReport>> reports = reportRepository.reportsAsTheyStand();
        rows.addSource(register, ignored -> combineRows(register, reports));
        rows.addSource(reports, ignored -> combineRows(register, reports));

        window = Transformations.switchMap(selection, s -> {
            MutableLiveData<RegisterWindow> loaded = new MutableLiveData<>();
            executor.execute(() -> loaded.postValue(attendance.registerWindow(s.classId, s.session)));
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
    }

    // ---- state ----

    /** The classes this teacher teaches, for the class list (tablet) or the class menu (phone). */
    public LiveData<List<SchoolClass>> classes() {
        return classes;
    }

    public LiveData<RegisterSelection> selection() {
        return selection;
    }

    /** The rows of the register on screen; recomputed whenever a fact or a report arrives. */
    public LiveData<List<RegisterRowModel>> rows() {
        return rows;
    }

    /** The class's register times for the session; null before the school's times reach the device. */
    public LiveData<RegisterWindow> window() {
        return window;
    }

    /** Where the register stands now; updated by {@link #tick()}. */
    public LiveData<RegisterClock> registerClock() {
        return registerClock;
    }

    /** Messages for the teacher (a refused write, an amendment recorded). */
    public LiveData<Once<ScreenMessage>> messages() {
        return messages;
    }

    /** The school's time zone once known ({@link SchoolTime#isKnown()}: false before the first sync). */
    public LiveData<SchoolTime> schoolTime() {
        return schoolTime;
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

    @MainThread
    public void selectSession(Session session) {
        RegisterSelection current = selection.getValue();
        if (current != null && current.session != session) {
            selection.setValue(current.withSession(session));
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
     * answers {@link RegisterClock.Edit#AMEND} and the screen asks for the amendment's reason.
     */
    @MainThread
    public RegisterClock.Edit choose(String pupilId, AttendanceCode code) {
        RegisterSelection s = selection.getValue();
        RegisterClock now = registerClock.getValue();
        RegisterRowModel row = row(pupilId);
        if (s == null || now == null || row == null) {
            return RegisterClock.Edit.NONE;
        }
        if (row.code == code) {
            return RegisterClock.Edit.NONE; // the code the row has already: a double tap, not a new fact
        }
        RegisterClock.Edit edit = now.edit(row.isMarked());
        if (edit == RegisterClock.Edit.MARK) {
            write(() -> attendance.recordMark(pupilId, s.date, s.session, code));
        }
        return edit;
    }

    /** Pupils "mark all remaining present" would mark now. */
    @MainThread
    public List<String> remaining() {
        List<RegisterRowModel> current = rows.getValue();
        return current == null ? Collections.<String>emptyList() : RegisterRowModel.unmarked(current);
    }

    /** Marks every pupil still without a mark present for the session, in one batch. */
    @MainThread
    public void markAllRemainingPresent() {
        RegisterSelection s = selection.getValue();
        RegisterClock now = registerClock.getValue();
        List<String> pupils = remaining();
        if (s == null || now == null || !now.allowsMarkAll() || pupils.isEmpty()) {
            return;
        }
        write(() -> attendance.recordMarks(pupils, s.date, s.session, s.session.presentCode()));
    }

    /** A correction after the register closed, with the teacher's reason; refused writes come back as messages. */
    @MainThread
    public void amend(String pupilId, AttendanceCode code, String reason) {
        RegisterSelection s = selection.getValue();
        if (s == null) {
            return;
        }
        write(() -> {
            attendance.recordAmendment(pupilId, s.date, s.session, code, reason);
            messages.postValue(new Once<>(ScreenMessage.of(R.string.register_amendment_recorded)));
        });
    }

    /** Today at the school; call only once {@link #schoolTime()} is known. */
    public LocalDate today() {
        SchoolTime time = schoolTime.getValue();
        if (time == null || !time.isKnown()) {
            throw new IllegalStateException("the school's time zone is not known yet");
        }
        return time.today(clock);
    }

    /** Whether {@code date} is today at the school. */
    public boolean isToday(LocalDate date) {
        SchoolTime time = schoolTime.getValue();
        return time != null && time.isKnown() && time.today(clock).equals(date);
    }

    @Nullable
    public RegisterRowModel row(String pupilId) {
        List<RegisterRowModel> current = rows.getValue();
        if (current != null) {
            for (RegisterRowModel row : current) {
                if (row.pupilId.equals(pupilId)) {
                    return row;
                }
            }
        }
        return null;
    }

    private void write(Runnable write) {
        executor.execute(() -> {
            try {
                write.run();
            } catch (NotRecordableException e) {
                // Written for the person at the screen by the data layer; it never names a pupil.
                messages.postValue(new Once<>(ScreenMessage.text(e.getMessage())));
            }
        });
    }

    private void combineRows(LiveData<List<RegisterRow>> register, LiveData<List<AbsenceReport>> reports) {
        List<RegisterRow> current = register.getValue();
        List<AbsenceReport> reportsNow = reports.getValue();
        RegisterSelection s = selection.getValue();
        if (current == null || s == null) {
            return;
        }
        // Off the main thread with the rest of the read model.
        executor.execute(() -> {
            Map<String, ParentReports.Reported> reported = reportsNow == null
                    ? Collections.<String, ParentReports.Reported>emptyMap()
                    : ParentReports.covering(reportsNow, s.date, s.session);
            rows.postValue(RegisterRowModel.of(current, reported));
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
            Session session = RegisterClock.sessionAt(attendance.registerWindow(classId, Session.AM),
                    now.toLocalTime());
            selection.postValue(new RegisterSelection(classId, now.toLocalDate(), session));
        });
    }

    /** The school's time zone: "now" on the register is the school's wall clock. */
    public static final class SchoolTime {
        /** Null until the school's calendar has reached the device (nothing can be marked before). */
        @Nullable
        public final ZoneId zone;

        SchoolTime(@Nullable ZoneId zone) {
            this.zone = zone;
        }

        public boolean isKnown() {
            return zone != null;
        }

        public LocalDateTime now(Clock clock) {
            return LocalDateTime.now(clock.withZone(zone));
        }

        public LocalDate today(Clock clock) {
            return now(clock).toLocalDate();
        }
    }
}
