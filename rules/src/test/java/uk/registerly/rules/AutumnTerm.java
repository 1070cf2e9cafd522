package uk.registerly.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.Evaluator;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.schedule.RegisterSchedule;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * The autumn term 2026 used by evaluation tests: 7 Sep - 23 Oct, half-term 26-30 Oct,
 * 2 Nov - 18 Dec. School weeks W0 = w/c 7 Sep ... W6 = w/c 19 Oct, W7 = w/c 2 Nov.
 */
public final class AutumnTerm {
    public static final RegisterSchedule REGISTERS = RegisterSchedule.of(
            RegisterWindow.forAll(Session.AM, "08:40", "08:50", "09:15", "12:30"),
            RegisterWindow.forAll(Session.PM, "13:30", "13:30", "13:45", "15:30"));
    public static final SchoolPolicy POLICY = SchoolPolicy.builder("test school", REGISTERS).build();
    /** Year 5, born 2016: of compulsory school age all term. */
    public static final Pupil PUPIL = new Pupil("p1", "5", LocalDate.parse("2016-05-01"));

    private AutumnTerm() {
    }

    public static SchoolCalendar.Builder calendar() {
        return SchoolCalendar.builder()
                .term(LocalDate.parse("2026-09-07"), LocalDate.parse("2026-10-23"))
                .term(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-12-18"));
    }

    public static AttendanceEvaluation evaluate(SchoolPolicy policy, SchoolCalendar calendar, Pupil pupil,
            List<AttendanceFact> facts, String asOf) {
        return new Evaluator(policy, calendar).evaluate(Arrays.asList(pupil), facts, LocalDate.parse(asOf));
    }

    public static AttendanceEvaluation evaluate(List<AttendanceFact> facts, String asOf) {
        return evaluate(POLICY, calendar().build(), PUPIL, facts, asOf);
    }

    /** Teacher marks of {@code code} for the given sessions on each of {@code days} school days from {@code first}. */
    public static List<AttendanceFact> marks(SchoolCalendar calendar, String first, int days, String code,
            Session... sessions) {
        List<AttendanceFact> facts = new ArrayList<>();
        LocalDate day = LocalDate.parse(first);
        int marked = 0;
        while (marked < days) {
            if (calendar.isSchoolDay(day)) {
                for (Session s : sessions) {
                    facts.add(Facts.mark(PUPIL.id(), day.toString(), s, code, s == Session.AM ? "08:45" : "13:31"));
                }
                marked++;
            }
            day = day.plusDays(1);
        }
        return facts;
    }

    public static List<AttendanceFact> marks(String first, int days, String code, Session... sessions) {
        return marks(calendar().build(), first, days, code, sessions);
    }

    @SafeVarargs
    public static List<AttendanceFact> all(List<AttendanceFact>... parts) {
        List<AttendanceFact> all = new ArrayList<>();
        for (List<AttendanceFact> part : parts) {
            all.addAll(part);
        }
        return all;
    }
}
