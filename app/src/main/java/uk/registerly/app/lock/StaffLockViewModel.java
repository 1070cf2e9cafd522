package uk.registerly.app.lock;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;
import androidx.lifecycle.ViewModel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executor;

import javax.inject.Inject;

import dagger.hilt.android.lifecycle.HiltViewModel;
import uk.registerly.app.data.journal.WriteExecutor;
import uk.registerly.app.data.staff.StaffMember;
import uk.registerly.app.data.staff.StaffRepository;
import uk.registerly.app.lock.StaffLockUiState.Problem;
import uk.registerly.app.lock.StaffLockUiState.Step;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.security.PinHasher;
import uk.registerly.app.security.StaffPins;
import uk.registerly.app.security.StaffSession;

/**
 * The lock screen's steps: choose yourself from the school's staff, then type your PIN (or, the
 * first time on this tablet, choose one and type it again). PINs are hashed and checked on the
 * write thread (PBKDF2 is slow on purpose); a correct one signs the person in to the
 * {@link StaffSession}. Wrong tries back off and block as {@link StaffPins} decides.
 */
@HiltViewModel
public class StaffLockViewModel extends ViewModel {
    private final StaffPins pins;
    private final StaffSession session;
    private final Clock clock;
    private final Executor work;
    @Nullable
    private final String deviceStaffId;
    private final MediatorLiveData<StaffLockUiState> state = new MediatorLiveData<>();
    /** The first of the two PINs typed when setting one. */
    @Nullable
    private String firstEntry;

    @Inject
    public StaffLockViewModel(StaffRepository staff, StaffPins pins, StaffSession session, DeviceIdentityStore identities,
                              Clock clock, @WriteExecutor Executor work) {
        this.pins = pins;
        this.session = session;
        this.clock = clock;
        this.work = work;
        DeviceIdentity identity = identities.current();
        this.deviceStaffId = identity == null ? null : identity.staffId();
        state.setValue(new StaffLockUiState(identity == null ? null : identity.schoolName(),
                Collections.<StaffMember>emptyList(), null, Step.CHOOSE, null, 0, 0, false));
        state.addSource(staff.staff(), members -> state.setValue(current().withStaff(ordered(members))));
    }

    public LiveData<StaffLockUiState> uiState() {
        return state;
    }

    /** Someone chose their name. */
    public void choose(StaffMember member) {
        firstEntry = null;
        work.execute(() -> state.postValue(afterLook(member, pins.state(member.id, clock.millis()), null)));
    }

    /** Back to the list of names (someone else, or a wrong name). */
    public void chooseSomeoneElse() {
        firstEntry = null;
        state.setValue(current().with(null, Step.CHOOSE, null, 0, 0, false));
    }

    /** The PIN typed for the current step. */
    public void submit(String pin) {
        StaffLockUiState now = current();
        StaffMember member = now.chosen;
        if (member == null || now.checking) {
            return;
        }
        if (!PinHasher.isWellFormed(pin)) {
            state.setValue(now.with(member, now.step, Problem.NOT_SIX_DIGITS, now.triesLeft, now.waitSeconds, false));
            return;
        }
        switch (now.step) {
            case SET:
                firstEntry = pin;
                state.setValue(now.with(member, Step.CONFIRM, null, 0, 0, false));
                return;
            case CONFIRM:
                if (!pin.equals(firstEntry)) {
                    firstEntry = null;
                    state.setValue(now.with(member, Step.SET, Problem.DIFFERENT, 0, 0, false));
                    return;
                }
                state.setValue(now.with(member, Step.CONFIRM, null, 0, 0, true));
                work.execute(() -> {
                    pins.set(member.id, pin.toCharArray());
                    session.signIn(member.signedIn(), clock.millis());
                    state.postValue(current().with(member, Step.UNLOCKED, null, 0, 0, false));
                });
                return;
            case ENTER:
                state.setValue(now.with(member, Step.ENTER, null, now.triesLeft, 0, true));
                work.execute(() -> {
                    StaffPins.Outcome outcome = pins.check(member.id, pin.toCharArray(), clock.millis());
                    if (outcome.kind == StaffPins.Outcome.Kind.UNLOCKED) {
                        session.signIn(member.signedIn(), clock.millis());
                        state.postValue(current().with(member, Step.UNLOCKED, null, 0, 0, false));
                    } else {
                        state.postValue(afterLook(member, outcome, Problem.WRONG));
                    }
                });
                return;
            default:
                // WAIT and BLOCKED take no PIN; CHOOSE has nobody to check.
        }
    }

    /** Once a second while waiting: the countdown, and the PIN field back when the wait is over. */
    public void tick() {
        StaffLockUiState now = current();
        if (now.step == Step.WAIT && now.chosen != null) {
            StaffMember member = now.chosen;
            work.execute(() -> state.postValue(afterLook(member, pins.state(member.id, clock.millis()), null)));
        }
    }

    private StaffLockUiState afterLook(StaffMember member, StaffPins.Outcome outcome, @Nullable Problem problem) {
        StaffLockUiState now = current();
        switch (outcome.kind) {
            case NO_PIN:
                return now.with(member, Step.SET, null, 0, 0, false);
            case BLOCKED:
                return now.with(member, Step.BLOCKED, null, 0, 0, false);
            case WAIT:
                long seconds = Math.max(1, (outcome.waitUntilMillis - clock.millis() + 999) / 1000);
                return now.with(member, Step.WAIT, problem, outcome.triesLeft(), seconds, false);
            case WRONG:
                return now.with(member, Step.ENTER, problem, outcome.triesLeft(), 0, false);
            default:
                return now.with(member, Step.ENTER, null, outcome.triesLeft(), 0, false);
        }
    }

    private StaffLockUiState current() {
        StaffLockUiState value = state.getValue();
        if (value == null) {
            throw new IllegalStateException("no state yet");
        }
        return value;
    }

    /** The tablet's own teacher first (it is usually theirs), then everyone by name. */
    private List<StaffMember> ordered(@Nullable List<StaffMember> members) {
        List<StaffMember> ordered = new ArrayList<>();
        if (members == null) {
            return ordered;
        }
        for (StaffMember member : members) {
            if (member.id.equals(deviceStaffId)) {
                ordered.add(member);
            }
        }
        for (StaffMember member : members) {
            if (!member.id.equals(deviceStaffId)) {
                ordered.add(member);
            }
        }
        return ordered;
    }
}
