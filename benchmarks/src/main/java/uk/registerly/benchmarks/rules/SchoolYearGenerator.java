package uk.registerly.benchmarks.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.policy.SchoolPresets;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * A deterministic (seeded) 2026-27 school year at Basildon Lower's times: 190 school
 * days, one teacher mark per pupil and session, and the mix a school morning produces:
 * mostly present marks, a few N marks later explained by the office or overtaken by a
 * late arrival at the gate, some early gate scans of pupils already present, illness,
 * appointments, holidays, and a few amendments. Facts are shuffled, as sync delivers them.
 */
public final class SchoolYearGenerator {
    private static final String[] YEAR_GROUPS = {"7", "8", "9"};

    private SchoolYearGenerator() {
    }

    public static SchoolYear generate(int pupilCount, long seed) {
        Random random = new Random(seed);
        SchoolPolicy policy = SchoolPresets.basildonLower();
        SchoolCalendar calendar = calendar2026to27();
        List<Pupil> pupils = new ArrayList<>(pupilCount);
        for (int i = 0; i < pupilCount; i++) {
            String year = YEAR_GROUPS[i % YEAR_GROUPS.length];
            LocalDate born = LocalDate.of(2015 - Integer.parseInt(year) + 7, 9, 1).plusDays(random.nextInt(365));
            pupils.add(new Pupil(new UUID(seed, i).toString(), year, born));
        }
        List<AttendanceFact> facts = new ArrayList<>(pupilCount * 400);
        for (Pupil pupil : pupils) {
            for (LocalDate day : calendar.schoolDays()) {
                for (Session s : Session.values()) {
                    if (calendar.isSchoolSession(day, s)) {
                        addSession(random, policy.registers().windowFor(s, pupil.yearGroup()), pupil.id(),
                                SchoolSession.of(day, s), facts);
                    }
                }
            }
        }
        Collections.shuffle(facts, random);
        LocalDate asOf = calendar.schoolDays().get(calendar.schoolDays().size() - 1);
        return new SchoolYear(policy, calendar, pupils, facts, asOf);
    }

    /** 190 school days: six half-terms less INSET days and the May bank holiday. */
    public static SchoolCalendar calendar2026to27() {
        return SchoolCalendar.builder()
                .term(LocalDate.of(2026, 9, 2), LocalDate.of(2026, 10, 23))
                .term(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 18))
                .term(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 12))
                .term(LocalDate.of(2027, 2, 22), LocalDate.of(2027, 3, 26))
                .term(LocalDate.of(2027, 4, 12), LocalDate.of(2027, 5, 28))
                .term(LocalDate.of(2027, 6, 7), LocalDate.of(2027, 7, 21))
                .closedDay(LocalDate.of(2026, 9, 2))
                .closedDay(LocalDate.of(2026, 9, 3))
                .closedDay(LocalDate.of(2026, 11, 2))
                .closedDay(LocalDate.of(2027, 1, 4))
                .closedDay(LocalDate.of(2027, 5, 3))
                .closedDay(LocalDate.of(2027, 7, 21))
                .build();
    }

    private static void addSession(Random random, RegisterWindow register, String pupil, SchoolSession session,
            List<AttendanceFact> out) {
        LocalDate date = session.date();
        LocalDateTime taken = date.atTime(register.opens()).plusMinutes(1 + random.nextInt(5));
        int roll = random.nextInt(1000);
        AttendanceCode code;
        if (roll < 920) {
            code = session.session().presentCode();
        } else if (roll < 930) {
            code = AttendanceCode.L;
        } else if (roll < 970) {
            code = AttendanceCode.N;
        } else if (roll < 985) {
            code = AttendanceCode.I;
        } else if (roll < 992) {
            code = AttendanceCode.M;
        } else if (roll < 997) {
            code = AttendanceCode.G;
        } else {
            code = AttendanceCode.V;
        }
        out.add(AttendanceFact.registerMark(id(random), pupil, date, session.session(), code, taken));

        if (code == AttendanceCode.N) {
            int outcome = random.nextInt(10);
            if (outcome < 5) {
                // Turned up late: L or U depending on how late.
                LocalTime arrived = register.lateAfter().plusMinutes(1 + random.nextInt(45));
                out.add(AttendanceFact.arrival(id(random), pupil, date.atTime(arrived)));
            } else if (outcome < 9) {
                AttendanceCode reason = random.nextBoolean() ? AttendanceCode.I : AttendanceCode.M;
                out.add(AttendanceFact.reason(id(random), pupil, date, session.session(), reason,
                        taken.plusMinutes(30 + random.nextInt(600))));
            }
        } else if (code.isPresentMark() && random.nextInt(100) == 0) {
            // A gate scan of a pupil who was already marked present: changes nothing.
            out.add(AttendanceFact.arrival(id(random), pupil, date.atTime(register.opens()).minusMinutes(5)));
        }
        if (random.nextInt(200) == 0) {
            out.add(AttendanceFact.amendment(id(random), pupil, date, session.session(), AttendanceCode.O,
                    taken.plusDays(1), "register corrected after review", "A Clerk, Attendance Officer"));
        }
    }

    private static String id(Random random) {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }
}
