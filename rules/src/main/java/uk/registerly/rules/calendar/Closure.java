package uk.registerly.rules.calendar;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.codes.CodeCategory;

/**
 * Sessions on which the school is closed, with the code every pupil gets for them
 * ({@code #} for planned closures such as INSET, Y1-Y7 for an unavoidable one).
 */
public final class Closure {
    private final LocalDate date;
    private final Set<Session> sessions;
    private final AttendanceCode code;

    public Closure(LocalDate date, Set<Session> sessions, AttendanceCode code) {
        this.date = Objects.requireNonNull(date, "date");
        this.code = Objects.requireNonNull(code, "code");
        if (sessions == null || sessions.isEmpty()) {
            throw new IllegalArgumentException("a closure needs at least one session");
        }
        if (code != AttendanceCode.CLOSED && code.category() != CodeCategory.UNABLE_TO_ATTEND) {
            throw new IllegalArgumentException("a closure takes # or an unable-to-attend code (Q, Y1-Y7), not "
                    + code.symbol());
        }
        this.sessions = Collections.unmodifiableSet(EnumSet.copyOf(sessions));
    }

    /** A whole-day planned closure (INSET day, bank holiday) marked {@code #}. */
    public static Closure wholeDay(LocalDate date) {
        return new Closure(date, EnumSet.allOf(Session.class), AttendanceCode.CLOSED);
    }

    public LocalDate date() {
        return date;
    }

    public Set<Session> sessions() {
        return sessions;
    }

    public AttendanceCode code() {
        return code;
    }
}
