package uk.registerly.rules.alerts;

import java.time.LocalDate;
import java.util.List;
import uk.registerly.rules.age.CompulsorySchoolAge;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.MarkSource;

/**
 * A pupil's marks laid out by school day up to the evaluation date, so each alert rule
 * walks the days once. Closed sessions are not school sessions and never appear here.
 */
final class PupilSchoolDays {
    private static final int SESSIONS = Session.values().length;

    final String pupil;
    final SchoolCalendar calendar;
    final CompulsorySchoolAge age;
    final List<EffectiveMark> marks;
    final LocalDate asOf;
    final int days;
    private final AttendanceCode[] codes;
    private PenaltyWindow penaltyWindow;

    PupilSchoolDays(String pupil, SchoolCalendar calendar, CompulsorySchoolAge age, List<EffectiveMark> marks,
            LocalDate asOf) {
        this.pupil = pupil;
        this.calendar = calendar;
        this.age = age;
        this.marks = marks;
        this.asOf = asOf;
        List<LocalDate> schoolDays = calendar.schoolDays();
        int count = 0;
        while (count < schoolDays.size() && !schoolDays.get(count).isAfter(asOf)) {
            count++;
        }
        this.days = count;
        this.codes = new AttendanceCode[count * SESSIONS];
        for (EffectiveMark mark : marks) {
            if (mark.source() == MarkSource.CLOSURE) {
                continue;
            }
            int day = calendar.schoolDayIndex(mark.session().date());
            if (day >= 0 && day < count) {
                codes[day * SESSIONS + mark.session().session().ordinal()] = mark.code();
            }
        }
    }

    LocalDate date(int day) {
        return calendar.schoolDays().get(day);
    }

    /** The mark of an open session, or null when it is unmarked or closed. */
    AttendanceCode code(int day, Session session) {
        return codes[day * SESSIONS + session.ordinal()];
    }

    boolean isOpen(int day, Session session) {
        return calendar.isSchoolSession(date(day), session);
    }

    /** Whether every school session of the day is marked with one of {@code wanted}. */
    boolean everySessionIs(int day, AttendanceCode... wanted) {
        for (Session s : Session.values()) {
            if (isOpen(day, s) && !isOneOf(code(day, s), wanted)) {
                return false;
            }
        }
        return true;
    }

    /** Built once per pupil: the penalty rule and the count as of the evaluation date share it. */
    PenaltyWindow penaltyWindow() {
        if (penaltyWindow == null) {
            penaltyWindow = new PenaltyWindow(this);
        }
        return penaltyWindow;
    }

    boolean isCompulsorySchoolAge(LocalDate date) {
        return age == null || age.isCompulsoryOn(date);
    }

    private static boolean isOneOf(AttendanceCode code, AttendanceCode[] wanted) {
        for (AttendanceCode w : wanted) {
            if (code == w) {
                return true;
            }
        }
        return false;
    }
}
