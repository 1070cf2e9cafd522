package uk.registerly.app.data.roster;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.evaluation.Evaluator;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.recording.RecordingRules;
import uk.registerly.rules.schedule.RegisterWindow;
import uk.registerly.rules.schoolday.EarlyDepartureRules;
import uk.registerly.rules.schoolday.SchoolDayPolicy;

/**
 * One school's rules as the rules module takes them — policy (registers, ladder), calendar, time
 * zone — built from its SCHOOL roster row by {@link SchoolRulesParser}, exactly as the server
 * builds its own, so both evaluate the same facts the same way.
 */
public final class SchoolRules {
    private final String schoolId;
    private final String name;
    private final ZoneId zone;
    private final SchoolPolicy policy;
    private final SchoolCalendar calendar;
    private final Evaluator evaluator;
    private final RecordingRules recordingRules;
    private final SchoolDayPolicy dayPolicy;
    private final EarlyDepartureRules earlyDepartureRules;

    public SchoolRules(String schoolId, String name, ZoneId zone, SchoolPolicy policy, SchoolCalendar calendar,
                       SchoolDayPolicy dayPolicy) {
        this.schoolId = schoolId;
        this.name = name;
        this.zone = zone;
        this.policy = policy;
        this.calendar = calendar;
        this.evaluator = new Evaluator(policy, calendar);
        this.recordingRules = new RecordingRules(policy, calendar);
        this.dayPolicy = dayPolicy;
        this.earlyDepartureRules = new EarlyDepartureRules(policy, calendar, dayPolicy);
    }

    public String schoolId() {
        return schoolId;
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return zone;
    }

    public SchoolPolicy policy() {
        return policy;
    }

    public SchoolCalendar calendar() {
        return calendar;
    }

    public Evaluator evaluator() {
        return evaluator;
    }

    /** Whether a fact may be recorded: the same check the server runs before it appends the event. */
    public RecordingRules recordingRules() {
        return recordingRules;
    }

    /** The school's school-day settings (collections, spot-check alerts, parents' notices): its preset's. */
    public SchoolDayPolicy dayPolicy() {
        return dayPolicy;
    }

    /** Whether a sign-out or a return may be recorded, and how it stands with the school's policy: the server's check. */
    public EarlyDepartureRules earlyDepartureRules() {
        return earlyDepartureRules;
    }

    /** The register a pupil of {@code yearGroup} is taken in for {@code session}; null when the school has none. */
    public RegisterWindow registerWindow(Session session, String yearGroup) {
        return policy.registers().windowFor(session, yearGroup);
    }

    /**
     * The school sessions among {@code sessions} of each day from {@code from} to {@code to}:
     * what a report or a leave request covers (weekends, holidays and closures are left out).
     */
    public List<SchoolSession> schoolSessions(LocalDate from, LocalDate to, Set<Session> sessions) {
        List<SchoolSession> covered = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            for (Session session : Session.values()) {
                if (sessions.contains(session) && calendar.isSchoolSession(date, session)) {
                    covered.add(SchoolSession.of(date, session));
                }
            }
        }
        return covered;
    }

    public LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(zone));
    }

    /** School-local wall-clock time now, as facts record it. */
    public LocalDateTime localNow(Clock clock) {
        return LocalDateTime.now(clock.withZone(zone));
    }
}
