package uk.registerly.app.lock;

import uk.registerly.app.security.DeviceIdentity;

/**
 * Which screens need a staff PIN, and how long a tablet may sit untouched before it locks again.
 * Issue 13 asks for a school setting with these defaults; the school's settings (the SCHOOL roster
 * row) have no such field yet, so the defaults are constants here (docs/security.md, known-gaps).
 */
public final class LockPolicy {
    /** A classroom tablet: a teacher turns away to the board and back within a lesson's activity. */
    public static final long TEACHER_IDLE_MILLIS = 5 * 60_000L;
    /** The office's tablet sits on a counter parents walk past. */
    public static final long OFFICE_IDLE_MILLIS = 2 * 60_000L;
    /** A gate's staff screens (the sync status behind the kiosk) are used briefly, in view of the queue. */
    public static final long GATE_IDLE_MILLIS = 2 * 60_000L;

    private LockPolicy() {
    }

    /** Does this screen, on a device of this role, need someone signed in with their PIN? */
    public static boolean needsPin(DeviceIdentity.Role role, Class<?> screen) {
        if (role == DeviceIdentity.Role.PARENT || OpenScreen.class.isAssignableFrom(screen)) {
            return false; // a parent's own phone has the phone's lock; open screens show no pupil data
        }
        return role != DeviceIdentity.Role.GATE || !KioskScreen.class.isAssignableFrom(screen);
    }

    public static long idleMillis(DeviceIdentity.Role role) {
        switch (role) {
            case TEACHER:
                return TEACHER_IDLE_MILLIS;
            case OFFICE:
                return OFFICE_IDLE_MILLIS;
            default:
                return GATE_IDLE_MILLIS;
        }
    }
}
