package uk.registerly.app.testing;

import java.time.LocalDate;
import java.util.Collections;

import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.SessionMarkResolver;

/** Effective marks as the rules compute them, for read models a test double sends. */
public final class TestMarks {
    private TestMarks() {
    }

    /** The mark a teacher's REGISTER_MARK of {@code code} gives, taken at 08:45 (AM) or 13:05 (PM). */
    public static EffectiveMark teachers(String pupilId, LocalDate date, Session session, AttendanceCode code) {
        AttendanceFact mark = AttendanceFact.registerMark(pupilId + "-mark", pupilId, date, session, code,
                date.atTime(session == Session.AM ? 8 : 13, session == Session.AM ? 45 : 5));
        return SessionMarkResolver.resolve(pupilId, SchoolSession.of(date, session),
                TestSchool.rules().registerWindow(session, "3"), Collections.singletonList(mark));
    }
}
