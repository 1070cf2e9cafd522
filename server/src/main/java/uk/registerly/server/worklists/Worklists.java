package uk.registerly.server.worklists;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.rules.alerts.Alert;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.Evaluator;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.figures.PupilFigures;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.schedule.RegisterWindow;
import uk.registerly.server.parents.AbsenceReports;
import uk.registerly.server.school.SchoolSetup;

/**
 * The office's figures and worklists. Marks, figures and alerts all come from the rules module's
 * evaluator over the event log; this class only selects and presents them.
 */
public final class Worklists {

    private Worklists() {
    }

    /** One pupil's marks and figures between two dates (sessions after today are not evaluated). */
    public static PupilAttendance pupilAttendance(Handle h, SchoolSetup setup, UUID pupilId, LocalDate from,
                                                  LocalDate to, Instant now) {
        LocalDate today = setup.today(now);
        LocalDate asOf = to.isAfter(today) ? today : to;
        RegisterFacts.PupilRow pupil = RegisterFacts.pupils(h, setup.id(), pupilId, null).stream()
                .findFirst().orElseThrow();
        PupilEvaluation evaluation = setup.evaluator()
                .evaluatePupil(pupil.forRules(), RegisterFacts.facts(h, setup.id(), pupilId), asOf);
        PupilFigures figures = Attendance.figures(pupil.id().toString(), evaluation.marks(), from, to);
        return new PupilAttendance(pupilId, from, to, asOf, Attendance.describe(figures),
                Attendance.describeMarks(evaluation.marks(), from, to),
                Attendance.describeSessions(evaluation.unmarked(), from, to));
    }

    /**
     * The school's alerts as of today: the rules module's alerts (penalty threshold, N overdue,
     * continuous absence, sickness return, medical evidence, U marks), pupils the rules find
     * approaching the penalty threshold (8 or 9 sessions in the window), and persistent / severe
     * absence over the school year to date.
     */
    public static AlertList alerts(Handle h, SchoolSetup setup, Instant now) {
        LocalDate today = setup.today(now);
        LocalDate yearStart = academicYearStart(today);
        Map<String, RegisterFacts.PupilRow> pupils = byId(RegisterFacts.pupils(h, setup.id(), null, today));
        AttendanceEvaluation evaluation = evaluate(setup, pupils, RegisterFacts.facts(h, setup.id(), null), today);
        List<AlertList.Entry> alerts = new ArrayList<>();
        for (PupilEvaluation p : evaluation.pupils()) {
            PupilNames pupil = PupilNames.of(pupils.get(p.pupil().id()));
            PupilFigures yearToDate = Attendance.figures(p.pupil().id(), p.marks(), yearStart, today);
            if (yearToDate.isSeverelyAbsent() || yearToDate.isPersistentlyAbsent()) {
                alerts.add(AlertList.Entry.figures(pupil,
                        yearToDate.isSeverelyAbsent() ? "SEVERE_ABSENCE" : "PERSISTENT_ABSENCE", today,
                        Attendance.describe(yearToDate)));
            }
            if (p.isApproachingPenaltyThreshold()) {
                alerts.add(AlertList.Entry.sessions(pupil, "PENALTY_THRESHOLD_APPROACHING", today,
                        p.penaltyWindowSessions()));
            }
            for (Alert alert : p.alerts()) {
                alerts.add(new AlertList.Entry(pupil, alert.type().name(), alert.date(), null, alert.sessions(),
                        alert.session(), alert.of(), alert.days(), alert.from(), alert.until()));
            }
        }
        return new AlertList(today, yearStart, alerts);
    }

    /**
     * Today's first-day calling list: pupils whose mark for a session whose register has closed is
     * still N (the rules' effective mark), with no parent report covering that session. Each entry
     * carries the guardians to call and today's contact attempts.
     */
    public static CallingList firstDayCalling(Handle h, SchoolSetup setup, Instant now) {
        LocalDate today = setup.today(now);
        LocalDateTime localNow = setup.localTime(now);
        Map<String, RegisterFacts.PupilRow> pupils = byId(RegisterFacts.pupils(h, setup.id(), null, today));
        List<CallingList.Call> calls = new ArrayList<>();
        if (!setup.calendar().isSchoolDay(today)) {
            return new CallingList(today, calls);
        }
        // Today's N marks depend on today's facts alone (each session is resolved from its own facts).
        AttendanceEvaluation evaluation = evaluate(setup, pupils, RegisterFacts.factsOn(h, setup.id(), today), today);
        Map<UUID, List<JsonNode>> reports = reportsCovering(h, setup.id(), today);
        Map<UUID, List<CallingList.ContactAttempt>> attempts = contactAttempts(h, setup.id(), today);
        for (PupilEvaluation p : evaluation.pupils()) {
            for (EffectiveMark mark : p.marks()) {
                Session session = mark.session().session();
                if (!mark.session().date().equals(today) || mark.code() != AttendanceCode.N) {
                    continue;
                }
                RegisterWindow window = setup.policy().registers().windowFor(session, p.pupil().yearGroup());
                if (window == null || !localNow.toLocalTime().isAfter(window.closes())) {
                    continue; // the register is still open: the pupil may yet arrive
                }
                UUID pupilId = UUID.fromString(p.pupil().id());
                if (reports.getOrDefault(pupilId, List.of()).stream().anyMatch(r -> covers(r, session))) {
                    continue;
                }
                calls.add(new CallingList.Call(PupilNames.of(pupils.get(p.pupil().id())), session,
                        mark.code().symbol(), window.closes(), guardians(h, pupilId),
                        attempts.getOrDefault(pupilId, List.of())));
            }
        }
        return new CallingList(today, calls);
    }

    private static AttendanceEvaluation evaluate(SchoolSetup setup, Map<String, RegisterFacts.PupilRow> pupils,
                                                 List<AttendanceFact> facts, LocalDate asOf) {
        List<Pupil> forRules = new ArrayList<>();
        for (RegisterFacts.PupilRow row : pupils.values()) {
            forRules.add(row.forRules());
        }
        Evaluator evaluator = setup.evaluator();
        return evaluator.evaluate(forRules, facts, asOf);
    }

    /** Parent reports (with edits folded in, cancelled ones left out) whose dates include {@code day}. */
    private static Map<UUID, List<JsonNode>> reportsCovering(Handle h, UUID school, LocalDate day) {
        Map<UUID, List<JsonNode>> covering = new HashMap<>();
        for (AbsenceReports.Report report : AbsenceReports.list(h, school, null)) {
            if (report.status() == AbsenceReports.Status.CANCELLED) {
                continue;
            }
            JsonNode d = report.details();
            LocalDate from = LocalDate.parse(d.get("from").asText());
            LocalDate to = LocalDate.parse(d.get("to").asText());
            if (!day.isBefore(from) && !day.isAfter(to)) {
                covering.computeIfAbsent(report.pupil(), k -> new ArrayList<>()).add(d);
            }
        }
        return covering;
    }

    private static boolean covers(JsonNode report, Session session) {
        for (JsonNode s : report.get("sessions")) {
            if (s.asText().equals(session.name())) {
                return true;
            }
        }
        return false;
    }

    private static Map<UUID, List<CallingList.ContactAttempt>> contactAttempts(Handle h, UUID school, LocalDate day) {
        Map<UUID, List<CallingList.ContactAttempt>> attempts = new HashMap<>();
        h.createQuery("""
                        select pupil_id, payload->>'outcome' as outcome, payload->>'at' as at, payload->>'note' as note
                        from events
                        where school_id = :school and type = 'CONTACT_ATTEMPT' and payload->>'date' = :day
                        order by tx_id, position""")
                .bind("school", school).bind("day", day.toString())
                .map(ConstructorMapper.of(CallingList.ContactAttempt.class))
                .forEach(a -> attempts.computeIfAbsent(a.pupilId(), k -> new ArrayList<>()).add(a));
        return attempts;
    }

    private static List<CallingList.Guardian> guardians(Handle h, UUID pupil) {
        return h.createQuery("""
                        select g.id, g.name, g.relationship, g.phone, g.email from guardians g
                        join guardian_pupils gp on gp.guardian_id = g.id where gp.pupil_id = :pupil order by g.name""")
                .bind("pupil", pupil)
                .map(ConstructorMapper.of(CallingList.Guardian.class))
                .list();
    }

    private static Map<String, RegisterFacts.PupilRow> byId(List<RegisterFacts.PupilRow> rows) {
        Map<String, RegisterFacts.PupilRow> map = new LinkedHashMap<>();
        for (RegisterFacts.PupilRow row : rows) {
            map.put(row.id().toString(), row);
        }
        return map;
    }

    /** English school years run from 1 September; August belongs to the year before. */
    public static LocalDate academicYearStart(LocalDate day) {
        int year = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, Month.SEPTEMBER, 1);
    }
}
