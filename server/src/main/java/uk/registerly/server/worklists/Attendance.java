package uk.registerly.server.worklists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.figures.PupilFigures;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.MarkSource;

/** The rules module's marks and figures as JSON for the API: rates as decimals, exact counts beside them. */
public final class Attendance {

    /** A pupil's figures: session counts, rates as decimals (absent when nothing was possible), PA/SA. */
    public record Figures(int possibleSessions, int attendanceSessions, int authorisedAbsenceSessions,
                          int unauthorisedAbsenceSessions, Double attendanceRate, Double authorisedAbsenceRate,
                          Double unauthorisedAbsenceRate, Double absenceRate, String attendancePercent,
                          boolean persistentAbsence, boolean severeAbsence) {
    }

    /** One session's effective mark and what decided it. */
    public record Mark(LocalDate date, Session session, String code, String meaning, Integer minutesLate,
                       MarkSource source) {
    }

    /** A session whose register was never taken. */
    public record Unmarked(LocalDate date, Session session) {
    }

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

    static Figures describe(PupilFigures f) {
        return new Figures(f.possibleSessions(), f.attendanceSessions(), f.authorisedAbsenceSessions(),
                f.unauthorisedAbsenceSessions(), decimal(f.attendanceRate()), decimal(f.authorisedAbsenceRate()),
                decimal(f.unauthorisedAbsenceRate()), decimal(f.absenceRate()),
                f.attendanceRate() == null ? null : f.attendanceRate().toPercent(1), f.isPersistentlyAbsent(),
                f.isSeverelyAbsent());
    }

    static List<Mark> describeMarks(List<EffectiveMark> marks, LocalDate from, LocalDate to) {
        List<Mark> list = new ArrayList<>();
        for (EffectiveMark mark : marks) {
            LocalDate date = mark.session().date();
            if (!date.isBefore(from) && !date.isAfter(to)) {
                list.add(new Mark(date, mark.session().session(), mark.code().symbol(), mark.code().meaning(),
                        mark.minutesLate(), mark.source()));
            }
        }
        return list;
    }

    static List<Unmarked> describeSessions(List<SchoolSession> sessions, LocalDate from, LocalDate to) {
        List<Unmarked> list = new ArrayList<>();
        for (SchoolSession s : sessions) {
            if (!s.date().isBefore(from) && !s.date().isAfter(to)) {
                list.add(new Unmarked(s.date(), s.session()));
            }
        }
        return list;
    }

    private static Double decimal(Fraction fraction) {
        return fraction == null ? null : fraction.toDouble();
    }
}
