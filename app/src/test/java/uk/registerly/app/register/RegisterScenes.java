package uk.registerly.app.register;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;

import uk.registerly.app.data.attendance.RegisterRepository;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.roster.RosterChangeApplier;
import uk.registerly.app.testing.TestDataLayer;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/** Class 3A as a teacher sees it on a real morning, for screenshots and the large-text check. */
final class RegisterScenes {
    static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    /** A long name, so wrapping at 200% text is tested where it matters. */
    static final String LONG_NAME_PUPIL = "55555555-0000-4000-8000-000000000055";
    static final String PRIYA = "66666666-0000-4000-8000-000000000066";

    private static final String[][] MORE_PUPILS = {
            {LONG_NAME_PUPIL, "Oluwaseun-Adebayo", "Fitzgerald-Montgomery"},
            {PRIYA, "Priya", "Chaudhry"},
            {"77777777-0000-4000-8000-000000000077", "Jacob", "Evans"},
            {"88888888-0000-4000-8000-000000000088", "Sofia", "Kowalska"},
            {"99999999-0000-4000-8000-000000000099", "Noah", "Taylor"},
            {"aaaaaaaa-0000-4000-8000-0000000000aa", "Maryam", "Hussain"},
            {"bbbbbbbb-0000-4000-8000-0000000000bb", "Harry", "Wilson"},
    };

    private RegisterScenes() {
    }

    /** Ten pupils in 3A. */
    static void fullClass(RosterChangeApplier roster) {
        int n = 10;
        for (String[] pupil : MORE_PUPILS) {
            roster.apply("PUPIL", TestSchool.pupil(pupil[0], "P00" + n++, pupil[1], pupil[2], "3", TestSchool.CLASS_3A));
        }
    }

    /**
     * 09:00: most of the class marked; Priya absent with her parent's report of illness; Elsie marked
     * late by the teacher at 08:56; Sofia through the late gate at 08:58; Jacob on a trip; three to mark.
     */
    static void morningInProgress(RegisterRepository attendance, RegisterlyDatabase database,
                                  TestDataLayer.MutableClock clock) {
        database.journal().insertIfAbsent(new JournalEventEntity("ab000000-0000-4000-8000-000000000001",
                JournalEventEntity.REMOTE, 3, "ABSENCE_REPORT", PRIYA, null, null,
                EventPayloads.absenceReport(PRIYA, MONDAY, MONDAY, EnumSet.of(Session.AM, Session.PM),
                        EventPayloads.AbsenceCategory.ILLNESS, "temperature", null).toString(),
                "2026-09-07T06:30:00Z", 0L, "7-1", 1L));
        database.journal().insertIfAbsent(new JournalEventEntity("7c1d0000-0000-4000-8000-00000000a858",
                JournalEventEntity.REMOTE, 4, "ARRIVAL", "88888888-0000-4000-8000-000000000088", "2026-09-07", null,
                EventPayloads.arrival("88888888-0000-4000-8000-000000000088", LocalDateTime.of(2026, 9, 7, 8, 58))
                        .toString(), "2026-09-07T07:58:00Z", 0L, "8-1", 2L));
        clock.set(Instant.parse("2026-09-07T07:47:00Z"));
        for (String pupil : new String[] {TestSchool.AMARA, TestSchool.DANIEL, "aaaaaaaa-0000-4000-8000-0000000000aa"}) {
            attendance.recordMark(pupil, MONDAY, Session.AM, AttendanceCode.PRESENT_AM);
        }
        attendance.recordMark(PRIYA, MONDAY, Session.AM, AttendanceCode.N);
        attendance.recordMark("77777777-0000-4000-8000-000000000077", MONDAY, Session.AM, AttendanceCode.V);
        clock.set(Instant.parse("2026-09-07T07:56:00Z"));
        attendance.recordMark(TestSchool.ELSIE, MONDAY, Session.AM, AttendanceCode.L);
        clock.set(Instant.parse("2026-09-07T08:00:00Z"));
    }
}
