package uk.registerly.rules.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.schedule.RegisterWindow;

/**
 * Property: devices that receive a session's facts in different orders converge, i.e.
 * every permutation of the facts gives the same mark, minutes late and deciding fact.
 */
class OrderIndependenceTest {
    private static final LocalDate DAY = LocalDate.of(2026, 9, 7);
    private static final RegisterWindow AM = RegisterWindow.forAll(Session.AM, "08:40", "08:50", "09:15", "12:30");
    private static final AttendanceCode[] CODES = AttendanceCode.values();

    @Test
    void everyPermutationOfASessionsFactsGivesTheSameMark() {
        Random random = new Random(20260907L);
        for (int trial = 0; trial < 1_500; trial++) {
            List<AttendanceFact> facts = randomFacts(random, 1 + random.nextInt(6));
            String expected = describe(facts);
            for (List<AttendanceFact> permutation : permutations(facts)) {
                assertEquals(expected, describe(permutation), "facts " + facts);
            }
        }
    }

    private static String describe(List<AttendanceFact> facts) {
        EffectiveMark mark = SessionMarkResolver.resolve("p1", SchoolSession.of(DAY, Session.AM), AM, facts);
        return mark == null ? "none"
                : mark.code() + " " + mark.minutesLate() + " " + Objects.toString(mark.decidedBy().id());
    }

    /**
     * Few distinct times and ids on purpose, so ties on {@code at} and on id are common;
     * a pair sharing both an id and a time is allowed too (a resent or clashing fact).
     */
    private static List<AttendanceFact> randomFacts(Random random, int count) {
        List<AttendanceFact> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FactType type = FactType.values()[random.nextInt(FactType.values().length)];
            String id = "e" + random.nextInt(4);
            LocalDateTime at = DAY.atTime(8, 30).plusMinutes(10L * random.nextInt(8));
            AttendanceFact.Builder b = AttendanceFact.builder(type).id(id).pupil("p1").at(at);
            if (type != FactType.ARRIVAL) {
                b.session(DAY, Session.AM).code(CODES[random.nextInt(CODES.length)]).reason("r").by("b");
            }
            facts.add(b.build());
        }
        return facts;
    }

    private static List<List<AttendanceFact>> permutations(List<AttendanceFact> facts) {
        List<List<AttendanceFact>> out = new ArrayList<>();
        permute(new ArrayList<>(facts), 0, out);
        return out;
    }

    private static void permute(List<AttendanceFact> facts, int k, List<List<AttendanceFact>> out) {
        if (k == facts.size()) {
            out.add(new ArrayList<>(facts));
            return;
        }
        for (int i = k; i < facts.size(); i++) {
            Collections.swap(facts, k, i);
            permute(facts, k + 1, out);
            Collections.swap(facts, k, i);
        }
    }
}
