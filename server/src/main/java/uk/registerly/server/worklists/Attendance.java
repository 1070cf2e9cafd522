package uk.registerly.server.worklists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.figures.PupilFigures;
import uk.registerly.rules.marks.EffectiveMark;

/** The rules module's marks and figures as JSON for the API: rates as decimals, exact counts beside them. */
final class Attendance {

    private Attendance() {
    }

    /** Tallies {@code marks} between {@code from} and {@code to} with the rules module's own tally. */
    static PupilFigures figures(String pupil, List<EffectiveMark> marks, LocalDate from, LocalDate to) {
        PupilFigures.Tally tally = PupilFigures.tally(pupil);
        for (EffectiveMark mark : marks) {
            LocalDate date = mark.session().date();
            if (!date.isBefore(from) && !date.isAfter(to)) {
                tally.add(mark.code());
            }
        }
        return tally.build();
    }

    static Map<String, Object> describe(PupilFigures f) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("possibleSessions", f.possibleSessions());
        body.put("attendanceSessions", f.attendanceSessions());
        body.put("authorisedAbsenceSessions", f.authorisedAbsenceSessions());
        body.put("unauthorisedAbsenceSessions", f.unauthorisedAbsenceSessions());
        body.put("attendanceRate", decimal(f.attendanceRate()));
        body.put("authorisedAbsenceRate", decimal(f.authorisedAbsenceRate()));
        body.put("unauthorisedAbsenceRate", decimal(f.unauthorisedAbsenceRate()));
        body.put("absenceRate", decimal(f.absenceRate()));
        body.put("attendancePercent", f.attendanceRate() == null ? null : f.attendanceRate().toPercent(1));
        body.put("persistentAbsence", f.isPersistentlyAbsent());
        body.put("severeAbsence", f.isSeverelyAbsent());
        return body;
    }

    static List<Map<String, Object>> describeMarks(List<EffectiveMark> marks, LocalDate from, LocalDate to) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (EffectiveMark mark : marks) {
            LocalDate date = mark.session().date();
            if (date.isBefore(from) || date.isAfter(to)) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", date);
            m.put("session", mark.session().session());
            m.put("code", mark.code().symbol());
            m.put("meaning", mark.code().meaning());
            if (mark.minutesLate() != null) {
                m.put("minutesLate", mark.minutesLate());
            }
            m.put("source", mark.source());
            list.add(m);
        }
        return list;
    }

    static List<Map<String, Object>> describeSessions(List<SchoolSession> sessions, LocalDate from, LocalDate to) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (SchoolSession s : sessions) {
            if (!s.date().isBefore(from) && !s.date().isAfter(to)) {
                list.add(Map.of("date", s.date(), "session", s.session()));
            }
        }
        return list;
    }

    private static Double decimal(Fraction fraction) {
        return fraction == null ? null : fraction.toDouble();
    }
}
