package uk.registerly.app.security;

import androidx.annotation.Nullable;

import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Who has unlocked this tablet, in memory only: a new process starts locked, so a tablet that
 * restarts (or whose app was killed) asks for a PIN again. The data layer stamps each event with
 * {@link #current()} (the envelope's {@code staffId}) and signs amendments as that person; the
 * lock screen signs in and {@code lock/ScreenGuard} signs out on idle, screen off and background.
 */
@Singleton
public class StaffSession {
    @Nullable
    private volatile SignedInStaff current;
    private volatile long lastInteractionMillis;

    @Inject
    public StaffSession() {
    }

    @Nullable
    public SignedInStaff current() {
        return current;
    }

    public void signIn(SignedInStaff staff, long nowMillis) {
        current = staff;
        lastInteractionMillis = nowMillis;
    }

    public void signOut() {
        current = null;
    }

    /** Someone touched the screen: the idle time starts again. */
    public void touched(long nowMillis) {
        lastInteractionMillis = nowMillis;
    }

    /** Signs out when nobody has touched the screen for {@code idleMillis}; true when signed out now. */
    public boolean signOutIfIdle(long nowMillis, long idleMillis) {
        if (current != null && nowMillis - lastInteractionMillis >= idleMillis) {
            current = null;
            return true;
        }
        return false;
    }

    public long lastInteractionMillis() {
        return lastInteractionMillis;
    }
}
