package uk.registerly.rules.alerts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import uk.registerly.rules.calendar.Session;

/**
 * One alert for one pupil, dated the day its condition was met. Besides pupil, type
 * and date, each type fills its own details (null otherwise):
 * PENALTY_THRESHOLD and SICKNESS_RETURN: sessions; N_OVERDUE: session and of;
 * MEDICAL_EVIDENCE: days and from; U_MARKS_WARNING: sessions and until.
 */
public final class Alert {
    /** By pupil, then date, then type, then the session it concerns. */
    public static final Comparator<Alert> ORDER = Comparator.comparing(Alert::pupil)
            .thenComparing(Alert::date)
            .thenComparing(Alert::type)
            .thenComparing(a -> a.of, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
            .thenComparing(a -> a.session, Comparator.nullsFirst(Comparator.<Session>naturalOrder()));

    private final String pupil;
    private final AlertType type;
    private final LocalDate date;
    private final Integer sessions;
    private final Session session;
    private final LocalDate of;
    private final Integer days;
    private final LocalDate from;
    private final LocalDate until;

    private Alert(String pupil, AlertType type, LocalDate date, Integer sessions, Session session, LocalDate of,
            Integer days, LocalDate from, LocalDate until) {
        this.pupil = Objects.requireNonNull(pupil, "pupil");
        this.type = Objects.requireNonNull(type, "type");
        this.date = Objects.requireNonNull(date, "date");
        this.sessions = sessions;
        this.session = session;
        this.of = of;
        this.days = days;
        this.from = from;
        this.until = until;
    }

    public static Alert penaltyThreshold(String pupil, LocalDate date, int sessions) {
        return new Alert(pupil, AlertType.PENALTY_THRESHOLD, date, sessions, null, null, null, null, null);
    }

    public static Alert nOverdue(String pupil, LocalDate date, Session session, LocalDate of) {
        return new Alert(pupil, AlertType.N_OVERDUE, date, null, session, of, null, null, null);
    }

    public static Alert continuousAbsence(String pupil, LocalDate date) {
        return new Alert(pupil, AlertType.CONTINUOUS_ABSENCE, date, null, null, null, null, null, null);
    }

    public static Alert sicknessReturn(String pupil, LocalDate date, int sessions) {
        return new Alert(pupil, AlertType.SICKNESS_RETURN, date, sessions, null, null, null, null, null);
    }

    public static Alert medicalEvidence(String pupil, LocalDate date, int days, LocalDate from) {
        return new Alert(pupil, AlertType.MEDICAL_EVIDENCE, date, null, null, null, days, from, null);
    }

    public static Alert uMarksWarning(String pupil, LocalDate date, int sessions, LocalDate until) {
        return new Alert(pupil, AlertType.U_MARKS_WARNING, date, sessions, null, null, null, null, until);
    }

    public String pupil() {
        return pupil;
    }

    public AlertType type() {
        return type;
    }

    /** The day the condition was met. */
    public LocalDate date() {
        return date;
    }

    /** Sessions counted (PENALTY_THRESHOLD, SICKNESS_RETURN, U_MARKS_WARNING). */
    public Integer sessions() {
        return sessions;
    }

    /** The overdue session (N_OVERDUE). */
    public Session session() {
        return session;
    }

    /** The overdue session's date (N_OVERDUE). */
    public LocalDate of() {
        return of;
    }

    /** Consecutive illness days (MEDICAL_EVIDENCE). */
    public Integer days() {
        return days;
    }

    /** First day of the illness (MEDICAL_EVIDENCE). */
    public LocalDate from() {
        return from;
    }

    /** Last school day of the improvement period (U_MARKS_WARNING). */
    public LocalDate until() {
        return until;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Alert)) {
            return false;
        }
        Alert a = (Alert) o;
        return pupil.equals(a.pupil) && type == a.type && date.equals(a.date) && Objects.equals(sessions, a.sessions)
                && session == a.session && Objects.equals(of, a.of) && Objects.equals(days, a.days)
                && Objects.equals(from, a.from) && Objects.equals(until, a.until);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pupil, type, date, sessions, session, of, days, from, until);
    }

    @Override
    public String toString() {
        return type + " " + pupil + " " + date + (sessions == null ? "" : " sessions=" + sessions)
                + (of == null ? "" : " of=" + of + " " + session) + (days == null ? "" : " days=" + days)
                + (until == null ? "" : " until=" + until);
    }
}
