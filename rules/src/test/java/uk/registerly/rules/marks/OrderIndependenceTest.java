package uk.registerly.rules.marks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * every permutation of the facts gives the same mark, minutes late, deciding fact and
 * history, withdrawals of arrivals included (a withdrawal may come before its arrival).
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

    @Test
    void theGeneratedFactsIncludeWithdrawalsThatTakeOutAnArrivalThatWouldOtherwiseCount() {
        Random random = new Random(20260907L);
        int decisive = 0;
        for (int trial = 0; trial < 1_500; trial++) {
            List<AttendanceFact> facts = randomFacts(random, 1 + random.nextInt(6));
            List<AttendanceFact> withoutWithdrawals = new ArrayList<>();
            for (AttendanceFact f : facts) {
                if (f.type() != FactType.ARRIVAL_WITHDRAWN) {
                    withoutWithdrawals.add(f);
                }
            }
            if (!describeMark(facts).equals(describeMark(withoutWithdrawals))) {
                decisive++;
            }
        }
        // 47 of the 1,500 trials with this seed: enough to fail loudly if withdrawals stop being generated.
        assertTrue(decisive >= 25, "only " + decisive + " trials where a withdrawal changed the mark");
    }

    private static String describe(List<AttendanceFact> facts) {
        EffectiveMark mark = resolve(facts);
        if (mark == null) {
            return "none";
        }
        StringBuilder out = new StringBuilder(describeMark(facts));
        for (RegisterEntry entry : mark.history()) {
            out.append(" | ").append(entry.fact().id()).append(' ').append(entry.fact().type()).append(' ')
                    .append(entry.kind()).append(' ').append(entry.codeAfter()).append(' ')
                    .append(entry.minutesLateAfter()).append(' ')
                    .append(entry.isWithdrawn() ? "withdrawn by " + entry.withdrawnBy().id() : "");
        }
        return out.toString();
    }

    private static String describeMark(List<AttendanceFact> facts) {
        EffectiveMark mark = resolve(facts);
        return mark == null ? "none"
                : mark.code() + " " + mark.minutesLate() + " " + Objects.toString(mark.decidedBy().id());
    }

    private static EffectiveMark resolve(List<AttendanceFact> facts) {
        return SessionMarkResolver.resolve("p1", SchoolSession.of(DAY, Session.AM), AM, facts);
    }

    /**
     * Few distinct times and ids on purpose, so ties on {@code at} and on id are common;
     * a pair sharing both an id and a time is allowed too (a resent or clashing fact). A
     * withdrawal names one of the same few ids, so it often takes out an arrival of the set.
     */
    private static List<AttendanceFact> randomFacts(Random random, int count) {
        List<AttendanceFact> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FactType type = FactType.values()[random.nextInt(FactType.values().length)];
            String id = "e" + random.nextInt(4);
            LocalDateTime at = DAY.atTime(8, 30).plusMinutes(10L * random.nextInt(8));
            AttendanceFact.Builder b = AttendanceFact.builder(type).id(id).pupil("p1").at(at);
            if (type == FactType.ARRIVAL_WITHDRAWN) {
                b.withdrawnArrival("e" + random.nextInt(4));
            } else if (type != FactType.ARRIVAL) {
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
