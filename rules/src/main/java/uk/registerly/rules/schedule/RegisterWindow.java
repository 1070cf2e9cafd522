package uk.registerly.rules.schedule;

import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import uk.registerly.rules.calendar.Session;

/**
 * When one register is taken, for one session and some year groups: it opens, is on
 * time up to {@code lateAfter}, closes, and the session ends. Times are local school time.
 */
public final class RegisterWindow {
    /** The year-group wildcard: the window applies to every year group. */
    public static final String ANY_YEAR_GROUP = "*";

    private final Session session;
    private final Set<String> yearGroups;
    private final LocalTime opens;
    private final LocalTime lateAfter;
    private final LocalTime closes;
    private final LocalTime ends;

    public RegisterWindow(Session session, Set<String> yearGroups, LocalTime opens, LocalTime lateAfter,
            LocalTime closes, LocalTime ends) {
        this.session = Objects.requireNonNull(session, "session");
        this.opens = Objects.requireNonNull(opens, "opens");
        this.lateAfter = Objects.requireNonNull(lateAfter, "lateAfter");
        this.closes = Objects.requireNonNull(closes, "closes");
        this.ends = Objects.requireNonNull(ends, "ends");
        if (yearGroups == null || yearGroups.isEmpty()) {
            throw new IllegalArgumentException("a register needs at least one year group (or \"*\")");
        }
        if (lateAfter.isBefore(opens)) {
            throw new IllegalArgumentException("lateAfter " + lateAfter + " is before the register opens at " + opens);
        }
        if (closes.isBefore(lateAfter)) {
            throw new IllegalArgumentException("closes " + closes + " is before lateAfter " + lateAfter);
        }
        if (!ends.isAfter(closes)) {
            throw new IllegalArgumentException("the session ends at " + ends + ", not after the register closes at " + closes);
        }
        this.yearGroups = Collections.unmodifiableSet(new LinkedHashSet<>(yearGroups));
    }

    /** A window for every year group. */
    public static RegisterWindow forAll(Session session, String opens, String lateAfter, String closes, String ends) {
        return forYears(session, Collections.singleton(ANY_YEAR_GROUP), opens, lateAfter, closes, ends);
    }

    public static RegisterWindow forYears(Session session, Set<String> yearGroups, String opens, String lateAfter,
            String closes, String ends) {
        return new RegisterWindow(session, yearGroups, LocalTime.parse(opens), LocalTime.parse(lateAfter),
                LocalTime.parse(closes), LocalTime.parse(ends));
    }

    public boolean appliesTo(Session session, String yearGroup) {
        return this.session == session && (yearGroups.contains(ANY_YEAR_GROUP) || yearGroups.contains(yearGroup));
    }

    public Session session() {
        return session;
    }

    public Set<String> yearGroups() {
        return yearGroups;
    }

    public LocalTime opens() {
        return opens;
    }

    public LocalTime lateAfter() {
        return lateAfter;
    }

    public LocalTime closes() {
        return closes;
    }

    public LocalTime ends() {
        return ends;
    }
}
