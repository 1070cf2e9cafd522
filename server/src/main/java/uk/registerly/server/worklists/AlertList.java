package uk.registerly.server.worklists;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.util.List;
import uk.registerly.rules.calendar.Session;

/** GET /api/v1/alerts: the school's alerts as of today, over the school year from {@code schoolYearFrom}. */
public record AlertList(LocalDate asOf, LocalDate schoolYearFrom, List<Entry> alerts) {

    /**
     * One alert for one pupil. {@code type} is a rules alert type or one of the server's own
     * (PERSISTENT_ABSENCE, SEVERE_ABSENCE, PENALTY_THRESHOLD_APPROACHING); each type fills its own details.
     */
    public record Entry(@JsonUnwrapped PupilNames pupil, String type, LocalDate date, Attendance.Figures figures,
                        Integer sessions, Session session, LocalDate of, Integer days, LocalDate from, LocalDate until) {

        static Entry figures(PupilNames pupil, String type, LocalDate date, Attendance.Figures figures) {
            return new Entry(pupil, type, date, figures, null, null, null, null, null, null);
        }

        static Entry sessions(PupilNames pupil, String type, LocalDate date, int sessions) {
            return new Entry(pupil, type, date, null, sessions, null, null, null, null, null);
        }
    }
}
