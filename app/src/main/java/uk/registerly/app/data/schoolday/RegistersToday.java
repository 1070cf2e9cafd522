package uk.registerly.app.data.schoolday;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;

import uk.registerly.rules.calendar.Session;

/** Every class's register for one session of today, worked out on the office tablet at {@link #now}. */
public final class RegistersToday {
    public final LocalDate date;
    public final Session session;
    /** School-local time the status was worked out at. */
    public final LocalDateTime now;
    /** False on a day or session with no school register (weekend, holiday, INSET): no classes are listed. */
    public final boolean schoolSession;
    public final List<ClassRegister> classes;

    public RegistersToday(LocalDate date, Session session, LocalDateTime now, boolean schoolSession,
                          List<ClassRegister> classes) {
        this.date = date;
        this.session = session;
        this.now = now;
        this.schoolSession = schoolSession;
        this.classes = Collections.unmodifiableList(classes);
    }
}
