package uk.registerly.server.figures;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.figures.FiguresByGroup;
import uk.registerly.rules.figures.GroupFigures;
import uk.registerly.rules.figures.PupilFigures;
import uk.registerly.rules.figures.ReportingPeriod;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.pupil.PupilCharacteristics;
import uk.registerly.rules.schedule.RegisterWindow;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.roster.PupilCharacteristicsStore;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.school.SchoolSetups;
import uk.registerly.server.cache.EvaluatedPupil;
import uk.registerly.server.cache.EvaluatedSchool;
import uk.registerly.server.cache.RegisterFacts;
import uk.registerly.server.cache.SchoolStateCache;
import uk.registerly.server.worklists.Worklists;

/**
 * A school's figures for the API and the dashboard: one evaluation of the whole school by the rules module
 * (the same evaluator, facts and pupils as a pupil's own figures), grouped by {@link FiguresByGroup}. A period
 * that runs to today (the dashboard's year, trends, lists and today pages, and the API's default) is read from
 * the server's cache of evaluated state ({@link SchoolStateCache}, advanced by the log's cursor on each request,
 * issue 19): the same per-pupil evaluation as today's from scratch (CachedFiguresMatchFromScratchTest). A period
 * that ended before today is evaluated from scratch as of its end, since who was on roll then and the
 * evaluation date differ from the cache's.
 */
public final class SchoolFigureService {

    public static final int MAX_RANGE_DAYS = 800;

    private final SchoolSetups setups;
    /** Null: every request evaluated from scratch (the benchmark's baseline). */
    private final SchoolStateCache cache;

    public SchoolFigureService(SchoolSetups setups, SchoolStateCache cache) {
        this.setups = setups;
        this.cache = cache;
    }

    /**
     * A school evaluated as of a date: its set-up, its pupils (names and classes), their characteristics and
     * the rules' evaluation of each pupil on roll, in the rules' whole-school order.
     */
    public record Evaluated(SchoolSetup setup, LocalDate asOf, Map<String, RegisterFacts.PupilRow> pupils,
                            Map<UUID, PupilCharacteristics> characteristics, List<PupilEvaluation> evaluations,
                            EvaluatedSchool cached) {

        RegisterFacts.PupilRow row(PupilEvaluation p) {
            return pupils.get(p.pupil().id());
        }
    }

    public SchoolSetup setup(Handle h, UUID school) {
        return setups.current(h, school);
    }

    /** The period asked for (default: this school year to today), checked; {@code to} may not be before from. */
    public ReportingPeriod period(SchoolSetup setup, Instant now, LocalDate from, LocalDate to) {
        LocalDate today = setup.today(now);
        LocalDate f = from == null ? ReportingPeriod.schoolYearStart(today) : from;
        LocalDate t = to == null ? today : to;
        if (t.isBefore(f) || ChronoUnit.DAYS.between(f, t) > MAX_RANGE_DAYS) {
            throw ApiException.badRequest("from must not be after to, and the range at most " + MAX_RANGE_DAYS + " days");
        }
        return ReportingPeriod.between(f, t);
    }

    /** Evaluates every pupil on roll at the period's end (or today, when that is later than today) as of then. */
    public Evaluated evaluate(Handle h, UUID school, ReportingPeriod period, Instant now) {
        SchoolSetup setup = setups.current(h, school);
        LocalDate today = setup.today(now);
        LocalDate asOf = period.to().isAfter(today) ? today : period.to();
        if (asOf.equals(today)) {
            return of(h, school, cache == null ? SchoolStateCache.fromScratch(h, setup, today)
                    : cache.current(h, setup, today));
        }
        Map<String, RegisterFacts.PupilRow> pupils = new LinkedHashMap<>();
        List<Pupil> forRules = new ArrayList<>();
        for (RegisterFacts.PupilRow row : RegisterFacts.pupils(h, school, null, asOf)) {
            pupils.put(row.id().toString(), row);
            forRules.add(row.forRules());
        }
        AttendanceEvaluation evaluation = setup.evaluator().evaluate(forRules, RegisterFacts.facts(h, school, null), asOf);
        return new Evaluated(setup, asOf, pupils, PupilCharacteristicsStore.forSchool(h, school), evaluation.pupils(),
                null);
    }

    private static Evaluated of(Handle h, UUID school, EvaluatedSchool state) {
        Map<String, RegisterFacts.PupilRow> pupils = new LinkedHashMap<>();
        List<PupilEvaluation> evaluations = new ArrayList<>(state.pupils().size());
        for (EvaluatedPupil p : state.pupils()) {
            pupils.put(p.id().toString(), p.row());
            evaluations.add(p.evaluation());
        }
        return new Evaluated(state.setup(), state.asOf(), pupils, PupilCharacteristicsStore.forSchool(h, school),
                evaluations, state);
    }

    public FiguresByGroup group(Evaluated school, ReportingPeriod period, GroupBy groupBy) {
        return FiguresByGroup.of(school.evaluations(), period, p -> {
            RegisterFacts.PupilRow row = school.row(p);
            return switch (groupBy) {
                case YEAR_GROUP -> p.pupil().yearGroup();
                case CLASS -> row == null ? null : row.className();
                default -> row == null ? null : groupBy.characteristicGroup(school.characteristics().get(row.id()));
            };
        });
    }

    /** A pupil persistently (or severely) absent over the period, for the leaders' lists. */
    public record Absentee(UUID pupil, String firstName, String lastName, String yearGroup, String className,
                           int possibleSessions, int absenceSessions, int unauthorisedAbsenceSessions,
                           double absenceRate, boolean severe) {
    }

    /** Pupils persistently absent over the period (10% or more), severe ones (50% or more) first, then by rate. */
    public List<Absentee> absentees(Evaluated school, ReportingPeriod period) {
        List<Absentee> list = new ArrayList<>();
        for (PupilEvaluation p : school.evaluations()) {
            PupilFigures f = p.figures(period);
            if (!f.isPersistentlyAbsent()) {
                continue;
            }
            RegisterFacts.PupilRow row = school.row(p);
            list.add(new Absentee(row.id(), row.firstName(), row.lastName(), row.yearGroup(), row.className(),
                    f.possibleSessions(), f.absenceSessions(), f.unauthorisedAbsenceSessions(),
                    f.absenceRate().toDouble(), f.isSeverelyAbsent()));
        }
        list.sort((a, b) -> a.severe() != b.severe() ? (a.severe() ? -1 : 1)
                : Double.compare(b.absenceRate(), a.absenceRate()));
        return list;
    }

    /** One class's register for a session today: taken when every pupil of the class has a mark. */
    public record Register(String className, String yearGroup, Session session, int pupils, int marked, boolean taken) {
    }

    /** Today at a glance: registers taken, present / late / absent in the latest session whose register opened. */
    public record Today(LocalDate date, boolean schoolDay, Session session, int registersTaken, int registers,
                        int present, int late, int absent, int unmarked, int firstDayCallsOutstanding,
                        List<Register> classRegisters) {
    }

    public Today today(Handle h, UUID school, Instant now) {
        SchoolSetup setup = setups.current(h, school);
        LocalDate today = setup.today(now);
        LocalDateTime local = setup.localTime(now);
        Evaluated evaluated = evaluate(h, school, ReportingPeriod.between(today, today), now);
        if (!setup.calendar().isSchoolDay(today)) {
            return new Today(today, false, null, 0, 0, 0, 0, 0, 0, 0, List.of());
        }
        Session session = Session.AM;
        for (Session s : Session.values()) {
            RegisterWindow w = setup.policy().registers().windowFor(s, "*");
            if (w == null) {
                for (RegisterFacts.PupilRow row : evaluated.pupils().values()) {
                    w = setup.policy().registers().windowFor(s, row.yearGroup());
                    if (w != null) {
                        break;
                    }
                }
            }
            if (w != null && !local.toLocalTime().isBefore(w.opens()) && setup.calendar().isSchoolSession(today, s)) {
                session = s;
            }
        }
        Map<String, int[]> byClass = new TreeMap<>();
        Map<String, String> yearOfClass = new HashMap<>();
        int present = 0;
        int late = 0;
        int absent = 0;
        int unmarked = 0;
        for (PupilEvaluation p : evaluated.evaluations()) {
            RegisterFacts.PupilRow row = evaluated.row(p);
            String cls = row.className() == null ? "(no class)" : row.className();
            yearOfClass.put(cls, row.yearGroup());
            int[] counts = byClass.computeIfAbsent(cls, c -> new int[2]);
            counts[0]++;
            EffectiveMark mark = null;
            for (EffectiveMark m : p.marks()) {
                if (m.session().date().equals(today) && m.session().session() == session) {
                    mark = m;
                }
            }
            if (mark == null) {
                unmarked++;
                continue;
            }
            counts[1]++;
            AttendanceCode code = mark.code();
            if (code == AttendanceCode.L || code == AttendanceCode.U) {
                late++;
            }
            switch (code.countsAs()) {
                case ATTENDANCE -> present++;
                case AUTHORISED_ABSENCE, UNAUTHORISED_ABSENCE -> absent++;
                default -> { }
            }
        }
        List<Register> registers = new ArrayList<>();
        int taken = 0;
        for (Map.Entry<String, int[]> e : byClass.entrySet()) {
            boolean isTaken = e.getValue()[1] == e.getValue()[0];
            taken += isTaken ? 1 : 0;
            registers.add(new Register(e.getKey(), yearOfClass.get(e.getKey()), session, e.getValue()[0],
                    e.getValue()[1], isTaken));
        }
        int calls = Worklists.firstDayCalling(h, evaluated.cached(), now).calls().size();
        return new Today(today, true, session, taken, registers.size(), present, late, absent, unmarked, calls,
                registers);
    }

    /** The trust's groups: each school's groups added up by key (the same year group in two schools is one row). */
    public static List<GroupFigures> sumByKey(List<FiguresByGroup> schools, boolean weeks) {
        Map<String, List<GroupFigures>> byKey = new TreeMap<>();
        for (FiguresByGroup s : schools) {
            for (GroupFigures g : weeks ? s.weeks() : s.groups()) {
                byKey.computeIfAbsent(g.group(), k -> new ArrayList<>()).add(g);
            }
        }
        List<GroupFigures> sums = new ArrayList<>();
        byKey.forEach((k, parts) -> sums.add(GroupFigures.sum(k, parts)));
        return sums;
    }
}
