package uk.registerly.benchmarks.rules;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.Evaluator;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.FactType;

/**
 * Evaluating a 1,500-pupil school year (marks, figures, alerts), single threaded,
 * beside a plain pass over the same facts (group by pupil and session in a HashMap,
 * then count the codes): the ratio of the two is the figure to track.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class RulesEvaluationBenchmark {
    @Param("1500")
    public int pupils;

    @Param("20260902")
    public long seed;

    private SchoolYear year;
    private Evaluator evaluator;

    @Setup
    public void generate() {
        year = SchoolYearGenerator.generate(pupils, seed);
        evaluator = new Evaluator(year.policy, year.calendar);
    }

    @Benchmark
    public AttendanceEvaluation evaluateSchoolYear() {
        return evaluator.evaluate(year.pupils, year.facts, year.asOf);
    }

    @Benchmark
    public int[] plainPassGroupAndCount() {
        return PlainPass.countLatestCodes(year.facts);
    }

    /** The baseline: what any pass over the facts costs, with none of the rules. */
    static final class PlainPass {
        private static final LocalTime NOON = LocalTime.of(12, 30);

        private PlainPass() {
        }

        static int[] countLatestCodes(List<AttendanceFact> facts) {
            Map<Key, List<AttendanceFact>> bySession = new HashMap<>();
            for (AttendanceFact fact : facts) {
                Session session = fact.type() == FactType.ARRIVAL
                        ? (fact.at().toLocalTime().isBefore(NOON) ? Session.AM : Session.PM) : fact.session();
                bySession.computeIfAbsent(new Key(fact.pupil(), fact.date(), session), k -> new ArrayList<>(2))
                        .add(fact);
            }
            int[] counts = new int[64];
            for (List<AttendanceFact> sessionFacts : bySession.values()) {
                AttendanceFact latest = null;
                for (AttendanceFact f : sessionFacts) {
                    if (f.code() != null && (latest == null || f.at().isAfter(latest.at()))) {
                        latest = f;
                    }
                }
                counts[latest == null ? 63 : latest.code().ordinal()]++;
            }
            return counts;
        }

        private static final class Key {
            private final String pupil;
            private final LocalDate date;
            private final Session session;

            Key(String pupil, LocalDate date, Session session) {
                this.pupil = pupil;
                this.date = date;
                this.session = session;
            }

            @Override
            public boolean equals(Object o) {
                if (!(o instanceof Key)) {
                    return false;
                }
                Key k = (Key) o;
                return pupil.equals(k.pupil) && date.equals(k.date) && session == k.session;
            }

            @Override
            public int hashCode() {
                return Objects.hash(pupil, date, session);
            }
        }
    }
}
