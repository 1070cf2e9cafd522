package uk.registerly.app.register;

import java.time.LocalDate;
import java.util.Objects;

import uk.registerly.rules.calendar.Session;

/** Which register is on screen: a class, a day and a session. */
public final class RegisterSelection {
    public final String classId;
    public final LocalDate date;
    public final Session session;

    public RegisterSelection(String classId, LocalDate date, Session session) {
        this.classId = Objects.requireNonNull(classId, "classId");
        this.date = Objects.requireNonNull(date, "date");
        this.session = Objects.requireNonNull(session, "session");
    }

    public RegisterSelection withClass(String otherClassId) {
        return new RegisterSelection(otherClassId, date, session);
    }

    public RegisterSelection withDate(LocalDate otherDate) {
        return new RegisterSelection(classId, otherDate, session);
    }

    public RegisterSelection withSession(Session otherSession) {
        return new RegisterSelection(classId, date, otherSession);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof RegisterSelection)) {
            return false;
        }
        RegisterSelection other = (RegisterSelection) o;
        return classId.equals(other.classId) && date.equals(other.date) && session == other.session;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classId, date, session);
    }
}
