package uk.registerly.server.schoolday;

import static uk.registerly.server.auth.Role.OFFICE;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.registers.RegisterEntryFact;
import uk.registerly.rules.registers.RegisterStatus;
import uk.registerly.rules.registers.RegisterStatusRules;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.FactType;
import uk.registerly.rules.rollcall.OnSiteList;
import uk.registerly.rules.rollcall.RollCallReport;
import uk.registerly.rules.rollcall.RollCalls;
import uk.registerly.rules.schoolday.DepartureAssessment;
import uk.registerly.rules.schoolday.EarlyDeparture;
import uk.registerly.rules.schoolday.EarlyDepartureRules;
import uk.registerly.rules.schoolday.PupilReturn;
import uk.registerly.rules.schoolday.SchoolDayPolicy;
import uk.registerly.rules.spotcheck.SpotCheck;
import uk.registerly.rules.spotcheck.SpotCheckRules;
import uk.registerly.rules.spotcheck.TruancyAlert;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.school.SchoolSetups;

/**
 * Issue 15's office views of the school day: which registers are taken, the roll call, and the day's sign-outs and
 * internal-truancy alerts. Each is the rules module's answer over the day's events, exactly what the office
 * tablet works out from its own journal.
 */
public final class SchoolDayRoutes {

    private final Jdbi jdbi;
    private final SchoolSetups setups;
    private final Clock clock;

    public SchoolDayRoutes(Jdbi jdbi, SchoolSetups setups, Clock clock) {
        this.jdbi = jdbi;
        this.setups = setups;
        this.clock = clock;
    }

    public void register(ApiRoutes api) {
        api.get("/api/v1/registers/status", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            String sessionText = ctx.queryParam("session");
            Session session;
            try {
                session = Session.parse(sessionText == null ? "" : sessionText);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("session must be AM or PM");
            }
            ctx.json(jdbi.withHandle(h -> {
                SchoolSetup setup = setups.current(h, office.schoolId());
                LocalDateTime now = setup.localTime(clock.instant());
                LocalDate date = ctx.queryParamAsClass("date", LocalDate.class).getOrDefault(now.toLocalDate());
                return registersStatus(SchoolDayData.load(h, office.schoolId(), date), setup, date, session, now);
            }));
        });
        api.get("/api/v1/roll-calls/current", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            ctx.json(jdbi.withHandle(h -> {
                SchoolSetup setup = setups.current(h, office.schoolId());
                LocalDateTime now = setup.localTime(clock.instant());
                SchoolDayData data = SchoolDayData.load(h, office.schoolId(), now.toLocalDate());
                uk.registerly.rules.rollcall.RollCall call = RollCalls.current(data.rollCalls);
                if (call == null) {
                    throw ApiException.notFound("no roll call is running at the school today");
                }
                return rollCall(data, setup, call, now);
            }));
        });
        api.get("/api/v1/roll-calls/{rollCallId}", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            UUID id = ctx.pathParamAsClass("rollCallId", UUID.class).get();
            ctx.json(jdbi.withHandle(h -> {
                SchoolSetup setup = setups.current(h, office.schoolId());
                String at = h.createQuery("select payload->>'at' from events where id = :id and school_id = :s"
                                + " and type = 'ROLL_CALL_STARTED'")
                        .bind("id", id).bind("s", office.schoolId()).mapTo(String.class).findOne()
                        .orElseThrow(() -> ApiException.notFound("no roll call " + id + " at this school"));
                SchoolDayData data = SchoolDayData.load(h, office.schoolId(), LocalDate.parse(at.substring(0, 10)));
                return rollCall(data, setup, RollCalls.find(data.rollCalls, id.toString()),
                        setup.localTime(clock.instant()));
            }));
        });
        api.get("/api/v1/worklists/school-day", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            ctx.json(jdbi.withHandle(h -> {
                SchoolSetup setup = setups.current(h, office.schoolId());
                LocalDate date = ctx.queryParamAsClass("date", LocalDate.class)
                        .getOrDefault(setup.today(clock.instant()));
                SchoolDayData data = SchoolDayData.load(h, office.schoolId(), date);
                SchoolDayPolicy policy = SchoolDayData.dayPolicy(h, office.schoolId());
                Set<UUID> concerned = new LinkedHashSet<>();
                data.departures.forEach(d -> concerned.add(UUID.fromString(d.pupil())));
                List<TruancyAlert> alerts = truancy(data, setup, policy);
                alerts.forEach(a -> concerned.add(UUID.fromString(a.pupil())));
                Map<UUID, List<SchoolDayViews.Guardian>> guardians = new HashMap<>();
                data.guardians(h, concerned).forEach(g -> guardians.computeIfAbsent(g.pupilId(), k -> new ArrayList<>())
                        .add(new SchoolDayViews.Guardian(g.id(), g.name(), g.relationship(), g.phone(), g.email())));
                return worklist(data, setup, policy, alerts, guardians);
            }));
        });
    }

    static SchoolDayViews.RegistersStatus registersStatus(SchoolDayData data, SchoolSetup setup, LocalDate date,
                                                         Session session, LocalDateTime now) {
        Map<UUID, List<Pupil>> byClass = new HashMap<>();
        data.pupils.values().forEach(p -> {
            if (p.classId() != null) {
                byClass.computeIfAbsent(p.classId(), k -> new ArrayList<>()).add(p.forRules());
            }
        });
        Map<String, List<RegisterEntryFact>> entries = new HashMap<>();
        for (AttendanceFact f : data.facts) {
            if (f.type() == FactType.REGISTER_MARK || f.type() == FactType.REASON || f.type() == FactType.AMENDMENT) {
                if (f.session() == session && f.date().equals(date)) {
                    entries.computeIfAbsent(f.pupil(), k -> new ArrayList<>()).add(new RegisterEntryFact(f.pupil(),
                            f.type() == FactType.REGISTER_MARK, f.at(), data.onBehalf.contains(f.id())));
                }
            }
        }
        RegisterStatusRules rules = new RegisterStatusRules(setup.policy());
        List<SchoolDayViews.ClassRegister> out = new ArrayList<>();
        for (SchoolDayData.ClassRow c : data.classes.values()) {
            List<Pupil> pupils = byClass.getOrDefault(c.id(), List.of());
            List<RegisterEntryFact> facts = new ArrayList<>();
            pupils.forEach(p -> facts.addAll(entries.getOrDefault(p.id(), List.of())));
            RegisterStatus s = rules.status(c.id().toString(), pupils, date, session, facts, now);
            List<SchoolDayViews.Teacher> teachers = new ArrayList<>();
            data.teachers.getOrDefault(c.id(), List.of()).forEach(t -> teachers.add(new SchoolDayViews.Teacher(t.id(),
                    t.name())));
            out.add(new SchoolDayViews.ClassRegister(c.id(), c.name(), c.yearGroup(), teachers, s.pupils(), s.marked(),
                    s.state().name(), s.takenAt(), s.closesAt(), s.minutesToClose(), s.reminderDue(),
                    s.takenOnBehalf()));
        }
        return new SchoolDayViews.RegistersStatus(date, session, now.withNano(0), out);
    }

    static SchoolDayViews.RollCall rollCall(SchoolDayData data, SchoolSetup setup,
                                            uk.registerly.rules.rollcall.RollCall call, LocalDateTime now) {
        OnSiteList onSite = new OnSiteList(setup.policy());
        RollCallReport report = RollCalls.report(call, onSite.compute(data.pupilsForRules(), data.facts,
                data.departures, data.returns, call.startedAt()), now);
        List<SchoolDayViews.PupilLine> lines = new ArrayList<>();
        List<SchoolDayViews.PupilLine> missing = new ArrayList<>();
        for (RollCallReport.Line l : report.lines()) {
            SchoolDayData.PupilRow p = data.pupils.get(UUID.fromString(l.pupil()));
            SchoolDayData.ClassRow c = p == null || p.classId() == null ? null : data.classes.get(p.classId());
            SchoolDayViews.PupilLine line = new SchoolDayViews.PupilLine(UUID.fromString(l.pupil()),
                    p == null ? null : p.firstName(), p == null ? null : p.lastName(), c == null ? null : c.name(),
                    l.status() == null ? null : l.status().name(), l.why(), l.expected(), l.accountedAt(), l.minutes());
            lines.add(line);
            if (l.missing()) {
                missing.add(line);
            }
        }
        return new SchoolDayViews.RollCall(UUID.fromString(call.id()), call.reason().name(), call.startedAt(),
                call.endedAt(), call.isOpen(), call.startIds().size(), report.expected(), report.accounted(),
                missing.size(), report.allAccountedAt(), missing, lines);
    }

    private static List<TruancyAlert> truancy(SchoolDayData data, SchoolSetup setup, SchoolDayPolicy policy) {
        SpotCheckRules rules = new SpotCheckRules(new OnSiteList(setup.policy()), policy);
        List<TruancyAlert> alerts = new ArrayList<>();
        List<Pupil> pupils = data.pupilsForRules();
        for (SpotCheck check : data.spotChecks) {
            alerts.addAll(rules.alerts(check, pupils, data.facts, data.departures, data.returns));
        }
        return alerts;
    }

    private static SchoolDayViews.SchoolDayWorklist worklist(SchoolDayData data, SchoolSetup setup,
                                                            SchoolDayPolicy policy, List<TruancyAlert> alerts,
                                                            Map<UUID, List<SchoolDayViews.Guardian>> guardians) {
        EarlyDepartureRules rules = new EarlyDepartureRules(setup.policy(), setup.calendar(), policy);
        List<SchoolDayViews.Departure> departures = new ArrayList<>();
        int flagged = 0;
        for (EarlyDeparture d : data.departures) {
            UUID pupil = UUID.fromString(d.pupil());
            SchoolDayData.PupilRow p = data.pupils.get(pupil);
            DepartureAssessment a = rules.assess(d);
            flagged += a.flagged() ? 1 : 0;
            LocalDateTime back = null;
            for (PupilReturn r : data.returns) {
                if (r.pupil().equals(d.pupil()) && !r.at().isBefore(d.at()) && (back == null || r.at().isBefore(back))) {
                    back = r.at();
                }
            }
            SchoolDayViews.CollectedBy by = d.collector().isNobody() ? null : new SchoolDayViews.CollectedBy(
                    d.collector().guardianId() == null ? null : UUID.fromString(d.collector().guardianId()),
                    d.collector().name(), d.collector().relationship());
            departures.add(new SchoolDayViews.Departure(UUID.fromString(d.id()), pupil, name(p, true), name(p, false),
                    className(data, p), d.at(), d.reason().name(), by, d.note(), d.approved(), d.approvedBy(),
                    a.flagged(), a.why(), a.policy(), back, guardians.getOrDefault(pupil, List.of())));
        }
        List<SchoolDayViews.TruancyAlert> truancy = new ArrayList<>();
        for (TruancyAlert a : alerts) {
            UUID pupil = UUID.fromString(a.pupil());
            SchoolDayData.PupilRow p = data.pupils.get(pupil);
            truancy.add(new SchoolDayViews.TruancyAlert(pupil, name(p, true), name(p, false), className(data, p),
                    UUID.fromString(a.spotCheck().id()), a.spotCheck().where(), a.spotCheck().at(),
                    a.registered().symbol(), a.line(), guardians.getOrDefault(pupil, List.of())));
        }
        return new SchoolDayViews.SchoolDayWorklist(data.day, departures, flagged, policy.spotCheckAlerts(),
                policy.spotCheckPolicy(), truancy);
    }

    private static String name(SchoolDayData.PupilRow p, boolean first) {
        return p == null ? null : first ? p.firstName() : p.lastName();
    }

    private static String className(SchoolDayData data, SchoolDayData.PupilRow p) {
        SchoolDayData.ClassRow c = p == null || p.classId() == null ? null : data.classes.get(p.classId());
        return c == null ? null : c.name();
    }
}
