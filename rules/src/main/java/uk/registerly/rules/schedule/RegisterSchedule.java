package uk.registerly.rules.schedule;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.registerly.rules.calendar.Session;

/**
 * A school's register windows in priority order: for a pupil and a session, the first
 * window whose session matches and whose year groups hold the pupil's (or {@code *}) applies.
 */
public final class RegisterSchedule {
    private final List<RegisterWindow> windows;

    public RegisterSchedule(List<RegisterWindow> windows) {
        this.windows = Collections.unmodifiableList(new ArrayList<>(windows));
    }

    public static RegisterSchedule of(RegisterWindow... windows) {
        List<RegisterWindow> list = new ArrayList<>();
        Collections.addAll(list, windows);
        return new RegisterSchedule(list);
    }

    public List<RegisterWindow> windows() {
        return windows;
    }

    /** The window that applies, or null when the school has none for this session and year group. */
    public RegisterWindow windowFor(Session session, String yearGroup) {
        for (RegisterWindow window : windows) {
            if (window.appliesTo(session, yearGroup)) {
                return window;
            }
        }
        return null;
    }

    /** The pair of windows a pupil of {@code yearGroup} is registered in. */
    public PupilRegisters forYearGroup(String yearGroup) {
        return new PupilRegisters(windowFor(Session.AM, yearGroup), windowFor(Session.PM, yearGroup));
    }

    /** The AM and PM windows of one year group; either may be null when the school has none. */
    public static final class PupilRegisters {
        private final RegisterWindow am;
        private final RegisterWindow pm;

        public PupilRegisters(RegisterWindow am, RegisterWindow pm) {
            this.am = am;
            this.pm = pm;
        }

        public RegisterWindow window(Session session) {
            return session == Session.AM ? am : pm;
        }

        /**
         * The session a gate arrival at {@code time} belongs to: AM before the AM
         * register's end, else PM before the PM register's end, else none (null).
         */
        public Session sessionOfArrival(LocalTime time) {
            if (am != null && time.isBefore(am.ends())) {
                return Session.AM;
            }
            if (pm != null && time.isBefore(pm.ends())) {
                return Session.PM;
            }
            return null;
        }
    }
}
