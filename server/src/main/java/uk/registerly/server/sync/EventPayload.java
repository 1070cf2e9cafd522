package uk.registerly.server.sync;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.codes.UnknownAttendanceCodeException;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.JsonFields;

/**
 * The typed content of an event, parsed from its payload. Field names follow the rules module's facts
 * (pupil, date, session, code, at, reason, by); codes and sessions are parsed by the rules module,
 * which rejects unknown and pre-2024 codes.
 */
public sealed interface EventPayload {

    int MAX_NOTE = 1000;
    int MAX_REASON = 500;
    int MAX_REPORT_DAYS = 31;
    int MAX_LEAVE_DAYS = 62;

    UUID pupil();

    /** The school-local time the fact was recorded at (or an arrival happened), by the device's clock; null if none. */
    default LocalDateTime at() {
        return null;
    }

    /**
     * The fields a payload of {@code type} has: the only ones stored (issue 12, item 9: what was validated,
     * not what was sent; any other field is dropped, so a newer client's extra field does no harm).
     */
    static Set<String> fieldsOf(EventType type) {
        return switch (type) {
            // onBehalfOf: the office took the register for this teacher (issue 15).
            case REGISTER_MARK -> Set.of("pupil", "date", "session", "code", "at", "onBehalfOf");
            case REASON -> Set.of("pupil", "date", "session", "code", "at", "report");
            case AMENDMENT -> Set.of("pupil", "date", "session", "code", "at", "reason", "by");
            case ARRIVAL -> Set.of("pupil", "at", "reason");
            case ARRIVAL_WITHDRAWN -> Set.of("pupil", "arrival", "at", "reason");
            case ABSENCE_REPORT -> Set.of("pupil", "from", "to", "sessions", "category", "note", "evidence");
            case ABSENCE_REPORT_UPDATED -> Set.of("pupil", "report", "from", "to", "sessions", "category", "note",
                    "evidence");
            case ABSENCE_REPORT_CANCELLED -> Set.of("pupil", "report");
            case ABSENCE_REPORT_PROCESSED -> Set.of("pupil", "report", "outcome", "code", "note");
            case LEAVE_REQUEST -> Set.of("pupil", "from", "to", "sessions", "reason");
            case LEAVE_DECISION -> Set.of("pupil", "request", "decision", "note");
            case CONTACT_ATTEMPT -> Set.of("pupil", "date", "outcome", "note", "at");
            case EARLY_DEPARTURE -> Set.of("pupil", "at", "reason", "collectedBy", "note", "approved", "approvedBy");
            case RETURNED -> Set.of("pupil", "at");
            case ROLL_CALL_STARTED -> Set.of("at", "reason");
            case ROLL_CALL_ACCOUNTED -> Set.of("pupil", "rollCall", "accounted", "at");
            case ROLL_CALL_ENDED -> Set.of("rollCall", "at");
            case SPOT_CHECK -> Set.of("where", "classId", "at", "expected", "found");
            case PARENT_NOTIFIED -> Set.of("pupil", "date", "session", "kind", "at");
        };
    }

    /** The earlier event this one refers to (stored as the event's ref_id), if any. */
    default UUID ref() {
        return null;
    }

    /**
     * Whether {@link #ref()} is an absence report or leave request whose state this event depends
     * on or moves on: a batch holding such an event runs in a transaction holding the report's lock.
     */
    default boolean refersToReport() {
        return ref() != null;
    }

    /** REGISTER_MARK, REASON and AMENDMENT: a code for one session. */
    record SessionFact(UUID pupil, LocalDate date, Session session, AttendanceCode code, LocalDateTime at,
                       String reason, String by, UUID report) implements EventPayload {
        @Override
        public UUID ref() {
            return report;
        }
    }

    /**
     * ARRIVAL at the late gate; the rules derive the session from the register times. {@code reason} is the
     * gate's optional note on why the pupil is late (e.g. with a parent), kept with the event.
     */
    record Arrival(UUID pupil, LocalDateTime at, String reason) implements EventPayload {
    }

    /**
     * ARRIVAL_WITHDRAWN: the gate takes back its arrival {@code arrival} (the wrong card was scanned).
     * The arrival never changes state (a second withdrawal is harmless), so no lock is needed.
     */
    record ArrivalWithdrawn(UUID pupil, UUID arrival, LocalDateTime at, String reason) implements EventPayload {
        @Override
        public UUID ref() {
            return arrival;
        }

        @Override
        public boolean refersToReport() {
            return false;
        }
    }

    /** ABSENCE_REPORT (report null) and ABSENCE_REPORT_UPDATED (report: the original's id). */
    record AbsenceReport(UUID pupil, UUID report, LocalDate from, LocalDate to, Set<Session> sessions,
                         AbsenceCategory category, String note, UUID evidence) implements EventPayload {
        @Override
        public UUID ref() {
            return report;
        }
    }

    record AbsenceReportCancelled(UUID pupil, UUID report) implements EventPayload {
        @Override
        public UUID ref() {
            return report;
        }
    }

    /** The office's decision on a report; ACCEPTED carries the reason code it led to. */
    record AbsenceReportProcessed(UUID pupil, UUID report, ReportOutcome outcome, AttendanceCode code, String note)
            implements EventPayload {
        @Override
        public UUID ref() {
            return report;
        }
    }

    record LeaveRequest(UUID pupil, LocalDate from, LocalDate to, Set<Session> sessions, String reason)
            implements EventPayload {
    }

    record LeaveDecision(UUID pupil, UUID request, LeaveOutcome decision, String note) implements EventPayload {
        @Override
        public UUID ref() {
            return request;
        }
    }

    public record ContactAttempt(UUID pupil, LocalDate date, ContactOutcome outcome, String note, LocalDateTime at)
            implements EventPayload {
    }

    /**
     * The school day's payloads (issue 15), declared in SchoolDayPayloads. ROLL_CALL_STARTED, ROLL_CALL_ENDED
     * and SPOT_CHECK name no pupil: {@link #pupil()} is null and the event is the school's (EventType.SCHOOL_WIDE).
     */
    non-sealed interface SchoolDay extends EventPayload {
        @Override
        default boolean refersToReport() {
            return false;
        }
    }

    enum AbsenceCategory { ILLNESS, MEDICAL_APPOINTMENT, RELIGIOUS_OBSERVANCE, FAMILY_EMERGENCY, TRANSPORT, OTHER }

    enum ReportOutcome { ACCEPTED, DECLINED }

    enum LeaveOutcome { APPROVED, REFUSED }

    enum ContactOutcome { REACHED, NO_ANSWER, MESSAGE_LEFT, HOME_VISIT_FLAGGED }

    static EventPayload parse(EventType type, JsonFields f) {
        if (SchoolDayPayloads.parses(type)) {
            return SchoolDayPayloads.parse(type, f);
        }
        UUID pupil = f.uuid("pupil");
        switch (type) {
            case REGISTER_MARK:
            case REASON:
                return new SessionFact(pupil, f.date("date"), session(f), code(f, "code"), f.localDateTime("at"),
                        null, null, type == EventType.REASON ? f.optionalUuid("report") : null);
            case AMENDMENT:
                return new SessionFact(pupil, f.date("date"), session(f), code(f, "code"), f.localDateTime("at"),
                        f.text("reason", MAX_REASON), f.text("by", 200), null);
            case ARRIVAL:
                return new Arrival(pupil, f.localDateTime("at"), f.has("reason") ? f.text("reason", MAX_REASON) : null);
            case ARRIVAL_WITHDRAWN:
                return new ArrivalWithdrawn(pupil, f.uuid("arrival"), f.localDateTime("at"),
                        f.has("reason") ? f.text("reason", MAX_REASON) : null);
            case ABSENCE_REPORT:
            case ABSENCE_REPORT_UPDATED: {
                LocalDate from = f.date("from");
                LocalDate to = f.date("to");
                checkRange(f, from, to, MAX_REPORT_DAYS);
                return new AbsenceReport(pupil, type == EventType.ABSENCE_REPORT_UPDATED ? f.uuid("report") : null,
                        from, to, sessions(f), f.enumValue("category", AbsenceCategory.class), note(f, false),
                        f.optionalUuid("evidence"));
            }
            case ABSENCE_REPORT_CANCELLED:
                return new AbsenceReportCancelled(pupil, f.uuid("report"));
            case ABSENCE_REPORT_PROCESSED: {
                ReportOutcome outcome = f.enumValue("outcome", ReportOutcome.class);
                return new AbsenceReportProcessed(pupil, f.uuid("report"), outcome,
                        outcome == ReportOutcome.ACCEPTED ? code(f, "code") : null,
                        note(f, outcome == ReportOutcome.DECLINED));
            }
            case LEAVE_REQUEST: {
                LocalDate from = f.date("from");
                LocalDate to = f.date("to");
                checkRange(f, from, to, MAX_LEAVE_DAYS);
                return new LeaveRequest(pupil, from, to, sessions(f), f.text("reason", MAX_NOTE));
            }
            case LEAVE_DECISION: {
                LeaveOutcome decision = f.enumValue("decision", LeaveOutcome.class);
                return new LeaveDecision(pupil, f.uuid("request"), decision, note(f, decision == LeaveOutcome.REFUSED));
            }
            case CONTACT_ATTEMPT:
                return new ContactAttempt(pupil, f.date("date"), f.enumValue("outcome", ContactOutcome.class),
                        note(f, false), f.localDateTime("at"));
            default:
                throw new IllegalStateException("no payload for " + type);
        }
    }

    private static Session session(JsonFields f) {
        String value = f.text("session");
        try {
            return Session.parse(value);
        } catch (IllegalArgumentException e) {
            throw f.invalid("session", "must be AM or PM");
        }
    }

    private static AttendanceCode code(JsonFields f, String field) {
        try {
            return AttendanceCode.parse(f.text(field));
        } catch (UnknownAttendanceCodeException e) {
            throw ApiException.badRequest(f.name(field) + ": " + e.getMessage());
        }
    }

    private static Set<Session> sessions(JsonFields f) {
        Set<Session> sessions = EnumSet.noneOf(Session.class);
        for (String value : f.textArray("sessions")) {
            try {
                sessions.add(Session.parse(value));
            } catch (IllegalArgumentException e) {
                throw f.invalid("sessions", "may hold only AM and PM");
            }
        }
        if (sessions.isEmpty()) {
            throw f.invalid("sessions", "must name AM, PM or both");
        }
        return sessions;
    }

    private static String note(JsonFields f, boolean required) {
        return required ? f.text("note", MAX_NOTE) : f.has("note") ? f.text("note", MAX_NOTE) : null;
    }

    private static void checkRange(JsonFields f, LocalDate from, LocalDate to, int maxDays) {
        if (to.isBefore(from)) {
            throw f.invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(from, to) >= maxDays) {
            throw f.invalid("to", "must be within " + maxDays + " days of from");
        }
    }
}
