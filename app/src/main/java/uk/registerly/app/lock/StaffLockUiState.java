package uk.registerly.app.lock;

import androidx.annotation.Nullable;

import java.util.Collections;
import java.util.List;

import uk.registerly.app.data.staff.StaffMember;

/**
 * What the lock screen shows: the school's staff to choose from, then the chosen person's PIN step.
 * Never a pupil: the lock screen is what anyone who picks up the tablet sees.
 */
public final class StaffLockUiState {
    public enum Step {
        /** Who are you? (the school's staff) */
        CHOOSE,
        /** Type your PIN. */
        ENTER,
        /** No PIN yet on this tablet: choose one... */
        SET,
        /** ...and type it again. */
        CONFIRM,
        /** Too many wrong tries: wait {@link #waitSeconds}. */
        WAIT,
        /** Ten wrong tries: the office must reset this person's PIN. */
        BLOCKED,
        /** Signed in: the screen underneath may show. */
        UNLOCKED
    }

    /** Why the last PIN was not taken. */
    public enum Problem { NOT_SIX_DIGITS, WRONG, DIFFERENT }

    @Nullable
    public final String schoolName;
    public final List<StaffMember> staff;
    @Nullable
    public final StaffMember chosen;
    public final Step step;
    @Nullable
    public final Problem problem;
    public final int triesLeft;
    public final long waitSeconds;
    /** A PIN is being checked (PBKDF2 takes a moment): the button waits. */
    public final boolean checking;

    public StaffLockUiState(@Nullable String schoolName, List<StaffMember> staff, @Nullable StaffMember chosen, Step step,
                            @Nullable Problem problem, int triesLeft, long waitSeconds, boolean checking) {
        this.schoolName = schoolName;
        this.staff = Collections.unmodifiableList(staff);
        this.chosen = chosen;
        this.step = step;
        this.problem = problem;
        this.triesLeft = triesLeft;
        this.waitSeconds = waitSeconds;
        this.checking = checking;
    }

    StaffLockUiState with(@Nullable StaffMember chosen, Step step, @Nullable Problem problem, int triesLeft,
                          long waitSeconds, boolean checking) {
        return new StaffLockUiState(schoolName, staff, chosen, step, problem, triesLeft, waitSeconds, checking);
    }

    StaffLockUiState withStaff(List<StaffMember> staff) {
        return new StaffLockUiState(schoolName, staff, chosen, step, problem, triesLeft, waitSeconds, checking);
    }
}
