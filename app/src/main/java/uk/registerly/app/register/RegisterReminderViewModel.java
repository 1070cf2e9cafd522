package uk.registerly.app.register;

import androidx.annotation.MainThread;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.MutableLiveData;
import androidx.lifecycle.ViewModel;

import java.util.List;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.roster.RosterRepository;
import uk.registerly.app.data.roster.SchoolClass;
import uk.registerly.app.data.schoolday.RegistersStatusRepository;
import uk.registerly.app.data.schoolday.RegistersToday;

/**
 * The teacher's tablet reminds its teacher of a register not taken 5 minutes before it closes (issue 15 item 1),
 * worked out from the tablet's own journal by the same rules as the office's registers status, offline too.
 */
@HiltViewModel
public class RegisterReminderViewModel extends ViewModel {
    /** The status is worked out again every this many seconds: a reminder is at most this late. */
    static final int SECONDS_BETWEEN_CHECKS = 15;

    private final MutableLiveData<Long> checks = new MutableLiveData<>(0L);
    private final MediatorLiveData<RegisterReminder> reminder = new MediatorLiveData<>();
    private int seconds;

    @Inject
    public RegisterReminderViewModel(RegistersStatusRepository registers, RosterRepository roster) {
        LiveData<RegistersToday> today = registers.status(null, checks);
        LiveData<List<SchoolClass>> mine = roster.myClasses();
        reminder.addSource(today, t -> reminder.setValue(RegisterReminder.of(t, mine.getValue())));
        reminder.addSource(mine, m -> reminder.setValue(RegisterReminder.of(today.getValue(), m)));
    }

    /** Null while no register of this teacher's is due a reminder. */
    public LiveData<RegisterReminder> reminder() {
        return reminder;
    }

    /** The screen calls it every second; the registers are looked at again every {@link #SECONDS_BETWEEN_CHECKS}. */
    @MainThread
    public void secondPassed() {
        if (++seconds % SECONDS_BETWEEN_CHECKS == 0) {
            Long n = checks.getValue();
            checks.setValue(n == null ? 1 : n + 1);
        }
    }
}
