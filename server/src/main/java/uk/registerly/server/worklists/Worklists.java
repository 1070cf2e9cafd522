package uk.registerly.server.worklists;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.rules.alerts.Alert;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.figures.PupilFigures;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.schedule.RegisterWindow;
import uk.registerly.server.cache.EvaluatedPupil;
import uk.registerly.server.cache.EvaluatedSchool;
import uk.registerly.server.cache.RegisterFacts;
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
    public static AlertList alerts(EvaluatedSchool school) {
        LocalDate today = school.asOf();
        LocalDate yearStart = academicYearStart(today);
        List<AlertList.Entry> alerts = new ArrayList<>();
        for (EvaluatedPupil evaluated : school.pupils()) {
            PupilEvaluation p = evaluated.evaluation();
            PupilNames pupil = PupilNames.of(evaluated.row());
            // The rules' one range, as on the device: the school year to date from the pupil's admission.
            PupilFigures yearToDate = p.schoolYearFigures();
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
    public static CallingList firstDayCalling(Handle h, EvaluatedSchool school, Instant now) {
        SchoolSetup setup = school.setup();
        LocalDate today = school.asOf();
        LocalDateTime localNow = setup.localTime(now);
        List<CallingList.Call> calls = new ArrayList<>();
        if (!setup.calendar().isSchoolDay(today)) {
            return new CallingList(today, calls);
        }
        List<EvaluatedPupil> toCall = new ArrayList<>();
        List<Session> sessions = new ArrayList<>();
        for (EvaluatedPupil evaluated : school.pupils()) {
            List<EffectiveMark> marks = evaluated.evaluation().marks();
            // Marks run by date, AM before PM: today's are the last two at most.
            for (int i = Math.max(0, marks.size() - 2); i < marks.size(); i++) {
                EffectiveMark mark = marks.get(i);
                Session session = mark.session().session();
                if (!mark.session().date().equals(today) || mark.code() != AttendanceCode.N) {
                    continue;
                }
                RegisterWindow window = setup.policy().registers().windowFor(session, evaluated.row().yearGroup());
                if (window == null || !localNow.toLocalTime().isAfter(window.closes())) {
                    continue; // the register is still open: the pupil may yet arrive
                }
                toCall.add(evaluated);
                sessions.add(session);
            }
        }
        // Only the pupils still N are asked about: the school's reports and calls are a long history.
        UUID[] candidates = toCall.stream().map(EvaluatedPupil::id).distinct().toArray(UUID[]::new);
        Map<UUID, List<JsonNode>> reports = reportsCovering(h, candidates, today);
        Map<UUID, List<CallingList.ContactAttempt>> attempts = contactAttempts(h, setup.id(), today);
        Map<String, String> notified = parentsNotified(h, setup.id(), today);
        Map<UUID, List<CallingList.Guardian>> guardians = guardians(h, setup.id(), candidates);
        for (int i = 0; i < toCall.size(); i++) {
            EvaluatedPupil pupil = toCall.get(i);
            Session session = sessions.get(i);
            if (reports.getOrDefault(pupil.id(), List.of()).stream().anyMatch(r -> covers(r, session))) {
                continue;
            }
            RegisterWindow window = setup.policy().registers().windowFor(session, pupil.row().yearGroup());
            calls.add(new CallingList.Call(PupilNames.of(pupil.row()), session, AttendanceCode.N.symbol(),
                    window.closes(), guardians.getOrDefault(pupil.id(), List.of()),
                    attempts.getOrDefault(pupil.id(), List.of()), notified.get(pupil.id() + "/" + session)));
        }
        return new CallingList(today, calls);
    }

    /** Parent reports (with edits folded in, cancelled ones left out) whose dates include {@code day}. */
    private static Map<UUID, List<JsonNode>> reportsCovering(Handle h, UUID[] pupils, LocalDate day) {
        Map<UUID, List<JsonNode>> covering = new HashMap<>();
        if (pupils.length == 0) {
            return covering;
        }
        for (AbsenceReports.Report report : AbsenceReports.list(h, null, pupils)) {
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
        // Today's rows by the day index of V2__events_by_day.sql, not the school's whole log.
        h.createQuery("""
                        select pupil_id, payload->>'outcome' as outcome, payload->>'at' as at, payload->>'note' as note
                        from events
                        where school_id = :school and coalesce(payload->>'date', left(payload->>'at', 10)) = :day
                          and type = 'CONTACT_ATTEMPT'
                        order by tx_id, position""")
                .bind("school", school).bind("day", day.toString())
                .map(ConstructorMapper.of(CallingList.ContactAttempt.class))
                .forEach(a -> attempts.computeIfAbsent(a.pupilId(), k -> new ArrayList<>()).add(a));
        return attempts;
    }

    /**
     * "pupil/session" to when the parent's app first showed the first-day notice of an absence that day (issue 15:
     * PARENT_NOTIFIED); a notice naming no session is about the whole day.
     */
    private static Map<String, String> parentsNotified(Handle h, UUID school, LocalDate day) {
        Map<String, String> notified = new HashMap<>();
        h.createQuery("""
                        select pupil_id, payload->>'session', payload->>'at' from events
                        where school_id = :school and coalesce(payload->>'date', left(payload->>'at', 10)) = :day
                          and type = 'PARENT_NOTIFIED' and payload->>'date' = :day and payload->>'kind' = 'ABSENCE'
                        order by payload->>'at'""")
                .bind("school", school).bind("day", day.toString())
                .map((rs, c) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .forEach(r -> {
                    for (Session s : Session.values()) {
                        if (r[1] == null || r[1].equals(s.name())) {
                            notified.putIfAbsent(r[0] + "/" + s, r[2]);
                        }
                    }
                });
        return notified;
    }

    /** The guardians of every pupil to call, in one query (one per pupil had been most of the list's time). */
    private static Map<UUID, List<CallingList.Guardian>> guardians(Handle h, UUID school, UUID[] ids) {
        Map<UUID, List<CallingList.Guardian>> byPupil = new HashMap<>();
        if (ids.length == 0) {
            return byPupil;
        }
        h.createQuery("""
                        select gp.pupil_id, g.id, g.name, g.relationship, g.phone, g.email from guardians g
                        join guardian_pupils gp on gp.guardian_id = g.id
                        where g.school_id = :school and gp.pupil_id = any(:pupils) order by g.name, g.id""")
                .bind("school", school).bind("pupils", ids)
                .map((rs, ctx) -> Map.entry(rs.getObject("pupil_id", UUID.class), new CallingList.Guardian(
                        rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("relationship"),
                        rs.getString("phone"), rs.getString("email"))))
                .forEach(e -> byPupil.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        return byPupil;
    }

    /** English school years run from 1 September; August belongs to the year before. */
    public static LocalDate academicYearStart(LocalDate day) {
        int year = day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1;
        return LocalDate.of(year, Month.SEPTEMBER, 1);
    }
}
