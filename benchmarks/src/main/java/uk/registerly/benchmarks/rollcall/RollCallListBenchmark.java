package uk.registerly.benchmarks.rollcall;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.policy.SchoolPresets;
import uk.registerly.rules.rollcall.OnSiteEntry;
import uk.registerly.rules.rollcall.OnSiteList;
import uk.registerly.rules.schoolday.Collector;
import uk.registerly.rules.schoolday.DepartureReason;
import uk.registerly.rules.schoolday.EarlyDeparture;
import uk.registerly.rules.schoolday.PupilReturn;

/**
 * Issue 15's speed target: on a school of 1,500 pupils the roll-call list is on screen in under a second from the
 * tap, on the device's own data. This measures the list computation ({@link OnSiteList#compute}) over one day's
 * facts of a 1,500-pupil school at Basildon Lower's staggered registers, at 14:20 (both registers taken): 3,000
 * register marks, 3% gate arrivals, 60 early departures and 20 returns, shuffled as sync delivers them.
 * Baseline in the same run: a plain pass grouping the same facts by pupil in a HashMap and keeping each pupil's
 * latest code, with none of the rules.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class RollCallListBenchmark {
    static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    @Param("1500")
    public int pupilCount;

    private SchoolPolicy policy;
    private OnSiteList list;
    private List<Pupil> pupils;
    private List<AttendanceFact> facts;
    private List<EarlyDeparture> departures;
    private List<PupilReturn> returns;
    private LocalDateTime asOf;

    @Setup
    public void generate() {
        policy = SchoolPresets.basildonLower();
        list = new OnSiteList(policy);
        Random random = new Random(20261118);
        pupils = new ArrayList<>();
        facts = new ArrayList<>();
        departures = new ArrayList<>();
        returns = new ArrayList<>();
        String[] years = {"7", "8", "9"};
        int id = 0;
        for (int i = 0; i < pupilCount; i++) {
            String pupil = "p" + i;
            pupils.add(new Pupil(pupil, years[i % 3], null));
            int roll = random.nextInt(100);
            String am = roll < 92 ? "/" : roll < 94 ? "L" : roll < 98 ? "N" : "I";
            facts.add(AttendanceFact.registerMark("f" + id++, pupil, DAY, Session.AM, AttendanceCode.parse(am),
                    DAY.atTime(9, 5)));
            if (am.equals("N") && random.nextBoolean()) {
                facts.add(AttendanceFact.arrival("f" + id++, pupil, DAY.atTime(9, 20 + random.nextInt(30))));
            }
            String pm = am.equals("I") ? "I" : random.nextInt(100) < 96 ? "\\" : "N";
            facts.add(AttendanceFact.registerMark("f" + id++, pupil, DAY, Session.PM, AttendanceCode.parse(pm),
                    DAY.atTime(14, 5)));
        }
        for (int i = 0; i < 60; i++) {
            String pupil = "p" + random.nextInt(pupilCount);
            LocalDateTime at = DAY.atTime(10 + random.nextInt(4), random.nextInt(60));
            departures.add(new EarlyDeparture("d" + i, pupil, at, DepartureReason.MEDICAL_APPOINTMENT,
                    Collector.nobody(), null, true, "A Clerk, Office"));
            if (i % 3 == 0) {
                returns.add(new PupilReturn("r" + i, pupil, at.plusMinutes(50)));
            }
        }
        java.util.Collections.shuffle(facts, random);
        asOf = DAY.atTime(14, 20);
    }

    @Benchmark
    public List<OnSiteEntry> onSiteList() {
        return list.compute(pupils, facts, departures, returns, asOf);
    }

    @Benchmark
    public Map<String, AttendanceFact> plainPassLatestPerPupil() {
        Map<String, AttendanceFact> latest = new HashMap<>();
        for (AttendanceFact f : facts) {
            AttendanceFact seen = latest.get(f.pupil());
            if (seen == null || f.at().isAfter(seen.at())) {
                latest.put(f.pupil(), f);
            }
        }
        return latest;
    }
}
