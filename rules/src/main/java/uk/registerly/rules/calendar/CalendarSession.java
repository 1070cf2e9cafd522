package uk.registerly.rules.calendar;

import uk.registerly.rules.codes.AttendanceCode;

/** A term-time weekday session: a school session, or a closed one with its closure code. */
public final class CalendarSession {
    private final SchoolSession session;
    private final AttendanceCode closureCode;

    CalendarSession(SchoolSession session, AttendanceCode closureCode) {
        this.session = session;
        this.closureCode = closureCode;
    }

    public SchoolSession session() {
        return session;
    }

    public boolean isClosed() {
        return closureCode != null;
    }

    /** The code every pupil gets for a closed session, or null when the school is open. */
    public AttendanceCode closureCode() {
        return closureCode;
    }
}
