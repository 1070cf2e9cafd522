package uk.registerly.rules.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** One session of one day: the unit that gets exactly one mark per pupil. */
public final class SchoolSession implements Comparable<SchoolSession> {
    private final LocalDate date;
    private final Session session;

    public SchoolSession(LocalDate date, Session session) {
        this.date = Objects.requireNonNull(date, "date");
        this.session = Objects.requireNonNull(session, "session");
    }

    public static SchoolSession of(LocalDate date, Session session) {
        return new SchoolSession(date, session);
    }

    public LocalDate date() {
        return date;
    }

    public Session session() {
        return session;
    }

    @Override
    public int compareTo(SchoolSession other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : session.compareTo(other.session);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SchoolSession)) {
            return false;
        }
        SchoolSession other = (SchoolSession) o;
        return date.equals(other.date) && session == other.session;
    }

    @Override
    public int hashCode() {
        return date.hashCode() * 2 + session.ordinal();
    }

    @Override
    public String toString() {
        return date + " " + session;
    }
}
