package uk.registerly.app.schoolday;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.Transformations;
import androidx.lifecycle.ViewModel;

import java.util.List;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.journal.WriteExecutor;
import uk.registerly.app.data.schoolday.ClassRegister;
import uk.registerly.app.data.schoolday.RegistersStatusRepository;
import uk.registerly.app.data.schoolday.RegistersToday;
import uk.registerly.app.ui.Once;
import uk.registerly.rules.calendar.Session;

/**
 * The office's registers status (issue 15 item 1): today's registers for the session under way (or the one
 * chosen), live from the tablet's journal and moved on every minute; and taking one on a teacher's behalf.
 */
@HiltViewModel
public class RegistersStatusViewModel extends ViewModel {
    private final RegistersStatusRepository repository;
    private final Executor writes;
    /** Null: the session under way. */
    private final MutableLiveData<Session> chosen = new MutableLiveData<>(null);
    private final MutableLiveData<Long> tick = new MutableLiveData<>(0L);
    private final LiveData<RegistersToday> today;
    private final MutableLiveData<Once<OnBehalfOutcome>> outcomes = new MutableLiveData<>();

    @Inject
    public RegistersStatusViewModel(RegistersStatusRepository repository, @WriteExecutor Executor writes) {
        this.repository = repository;
        this.writes = writes;
        this.today = Transformations.switchMap(chosen, session -> repository.status(session, tick));
    }

    /** Null until the status has been worked out (or while the device's school is unknown). */
    public LiveData<RegistersToday> today() {
        return today;
    }

    public void choose(Session session) {
        if (session != chosen.getValue()) {
            chosen.setValue(session);
        }
    }

    /** Minutes to each close move on with nothing written: the screen asks again every minute. */
    public void refresh() {
        Long now = tick.getValue();
        tick.setValue(now == null ? 1 : now + 1);
    }

    public LiveData<Once<OnBehalfOutcome>> outcomes() {
        return outcomes;
    }

    /** Records the class's register on its (first) teacher's behalf: the ticked pupils present, the others N. */
    public void takeOnBehalf(ClassRegister register, Session session, List<String> present, List<String> absent) {
        ClassRegister.Teacher teacher = register.teachers.isEmpty() ? null : register.teachers.get(0);
        if (teacher == null) {
            outcomes.setValue(new Once<>(OnBehalfOutcome.refused(register, null)));
            return;
        }
        writes.execute(() -> {
            try {
                repository.takeOnBehalf(register.classId, session, teacher.staffId, present, absent);
                outcomes.postValue(new Once<>(OnBehalfOutcome.taken(register, teacher, present.size(), absent.size())));
            } catch (NotRecordableException refused) {
                outcomes.postValue(new Once<>(OnBehalfOutcome.refused(register, refused.getMessage())));
            }
        });
    }

    /** What became of an on-behalf register: taken (with its counts) or refused (the data layer's words). */
    public static final class OnBehalfOutcome {
        public final String className;
        @Nullable
        public final String teacherName;
        public final int present;
        public final int absent;
        /** Null when taken; the refusal's message otherwise (null message: the class has no teacher). */
        @Nullable
        public final String refusal;
        public final boolean taken;

        private OnBehalfOutcome(String className, @Nullable String teacherName, int present, int absent,
                                @Nullable String refusal, boolean taken) {
            this.className = className;
            this.teacherName = teacherName;
            this.present = present;
            this.absent = absent;
            this.refusal = refusal;
            this.taken = taken;
        }

        static OnBehalfOutcome taken(ClassRegister register, ClassRegister.Teacher teacher, int present, int absent) {
            return new OnBehalfOutcome(register.className, teacher.name, present, absent, null, true);
        }

        static OnBehalfOutcome refused(ClassRegister register, @Nullable String message) {
            return new OnBehalfOutcome(register.className, null, 0, 0, message, false);
        }
    }
}
