package uk.registerly.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.marks.AttendanceFact;

/** Short ways to write facts in tests: dates as "2026-09-07", times as "08:41" on the session's date. */
public final class Facts {
    private static int next;

    private Facts() {
    }

    public static String newId() {
        return String.format("f%06d", ++next);
    }

    public static AttendanceFact mark(String pupil, String date, Session session, String code, String time) {
        return AttendanceFact.registerMark(newId(), pupil, LocalDate.parse(date), session, AttendanceCode.parse(code),
                at(date, time));
    }

    public static AttendanceFact arrival(String pupil, String date, String time) {
        return AttendanceFact.arrival(newId(), pupil, at(date, time));
    }

    /** The gate takes back {@code arrival}, at {@code time} on the arrival's own day. */
    public static AttendanceFact withdrawal(AttendanceFact arrival, String time) {
        return AttendanceFact.arrivalWithdrawn(newId(), arrival.pupil(), arrival.id(),
                at(arrival.date().toString(), time), "wrong card scanned");
    }

    public static AttendanceFact reason(String pupil, String date, Session session, String code, String recorded) {
        return AttendanceFact.reason(newId(), pupil, LocalDate.parse(date), session, AttendanceCode.parse(code),
                LocalDateTime.parse(recorded));
    }

    public static AttendanceFact amendment(String pupil, String date, Session session, String code, String recorded) {
        return AttendanceFact.amendment(newId(), pupil, LocalDate.parse(date), session, AttendanceCode.parse(code),
                LocalDateTime.parse(recorded), "register corrected", "A Clerk, Attendance Officer");
    }

    public static LocalDateTime at(String date, String time) {
        return LocalDateTime.parse(date + "T" + (time.length() == 5 ? time + ":00" : time));
    }
}
