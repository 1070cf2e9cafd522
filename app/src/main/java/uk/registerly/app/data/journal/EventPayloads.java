package uk.registerly.app.data.journal;

import androidx.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.TreeSet;

import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The payload of each protocol event type (docs/sync-protocol.md §4), built from typed values so a
 * screen cannot write a malformed one: codes are the rules module's 2024 codes, times are
 * school-local and whole seconds, dates ISO.
 */
public final class EventPayloads {
    /** An arrival's optional reason is a short note for the office, not a letter. */
    public static final int MAX_ARRIVAL_REASON = 200;
    /** The server's limit for a withdrawal's reason (sync-protocol §4). */
    public static final int MAX_WITHDRAWAL_REASON = 500;

    private EventPayloads() {
    }

    public static JsonObject registerMark(String pupil, LocalDate date, Session session, AttendanceCode code,
                                          LocalDateTime at) {
        return sessionFact(pupil, date, session, code, at);
    }

    public static JsonObject arrival(String pupil, LocalDateTime at) {
        return arrival(pupil, at, null);
    }

    /** @param reason what the gate was told about a late arrival (optional, at most 200 characters) */
    public static JsonObject arrival(String pupil, LocalDateTime at, @Nullable String reason) {
        JsonObject p = pupil(pupil);
        p.addProperty("at", time(at));
        if (reason != null && reason.trim().length() > MAX_ARRIVAL_REASON) {
            throw new IllegalArgumentException("reason is longer than " + MAX_ARRIVAL_REASON + " characters");
        }
        optional(p, "reason", reason);
        return p;
    }

    /** @param report the absence report this reason explains, or null */
    public static JsonObject reason(String pupil, LocalDate date, Session session, AttendanceCode code,
                                    LocalDateTime at, @Nullable String report) {
        JsonObject p = sessionFact(pupil, date, session, code, at);
        if (report != null) {
            p.addProperty("report", report);
        }
        return p;
    }

    /** @param by "Name, Position" of the enrolled member of staff, exactly as enrolment returned it */
    public static JsonObject amendment(String pupil, LocalDate date, Session session, AttendanceCode code,
                                       LocalDateTime at, String reason, String by) {
        JsonObject p = sessionFact(pupil, date, session, code, at);
        p.addProperty("reason", required(reason, "reason"));
        p.addProperty("by", required(by, "by"));
        return p;
    }

    /** ABSENCE_REPORT; the report's id is the id of the event that carries it. */
    public static JsonObject absenceReport(String pupil, LocalDate from, LocalDate to, Set<Session> sessions,
                                           AbsenceCategory category, @Nullable String note,
                                           @Nullable String evidence) {
        JsonObject p = pupil(pupil);
        p.addProperty("from", from.toString());
        p.addProperty("to", to.toString());
        p.add("sessions", sessions(sessions));
        p.addProperty("category", category.name());
        optional(p, "note", note);
        optional(p, "evidence", evidence);
        return p;
    }

    /** ABSENCE_REPORT_UPDATED: the report's id and its complete new content. */
    public static JsonObject absenceReportUpdated(String report, String pupil, LocalDate from, LocalDate to,
                                                  Set<Session> sessions, AbsenceCategory category,
                                                  @Nullable String note, @Nullable String evidence) {
        JsonObject p = absenceReport(pupil, from, to, sessions, category, note, evidence);
        p.addProperty("report", report);
        return p;
    }

    public static JsonObject absenceReportCancelled(String pupil, String report) {
        JsonObject p = pupil(pupil);
        p.addProperty("report", report);
        return p;
    }

    /** An accepted report: push a {@link #reason} (with {@code report}) per covered session in the same batch. */
    public static JsonObject absenceReportAccepted(String pupil, String report, AttendanceCode code) {
        JsonObject p = pupil(pupil);
        p.addProperty("report", report);
        p.addProperty("outcome", "ACCEPTED");
        p.addProperty("code", code.symbol());
        return p;
    }

    public static JsonObject absenceReportDeclined(String pupil, String report, String note) {
        JsonObject p = pupil(pupil);
        p.addProperty("report", report);
        p.addProperty("outcome", "DECLINED");
        p.addProperty("note", required(note, "note"));
        return p;
    }

    public static JsonObject leaveRequest(String pupil, LocalDate from, LocalDate to, Set<Session> sessions,
                                          String reason) {
        JsonObject p = pupil(pupil);
        p.addProperty("from", from.toString());
        p.addProperty("to", to.toString());
        p.add("sessions", sessions(sessions));
        p.addProperty("reason", required(reason, "reason"));
        return p;
    }

    /** An approval: push a {@link #reason} coded C per granted session in the same batch. */
    public static JsonObject leaveApproved(String pupil, String request) {
        JsonObject p = pupil(pupil);
        p.addProperty("request", request);
        p.addProperty("decision", "APPROVED");
        return p;
    }

    public static JsonObject leaveRefused(String pupil, String request, String note) {
        JsonObject p = pupil(pupil);
        p.addProperty("request", request);
        p.addProperty("decision", "REFUSED");
        p.addProperty("note", required(note, "note"));
        return p;
    }

    public static JsonObject contactAttempt(String pupil, LocalDate date, ContactOutcome outcome,
                                            @Nullable String note, LocalDateTime at) {
        JsonObject p = pupil(pupil);
        p.addProperty("date", date.toString());
        p.addProperty("outcome", outcome.name());
        optional(p, "note", note);
        p.addProperty("at", time(at));
        return p;
    }

    /**
     * ARRIVAL_WITHDRAWN: the gate takes back {@code arrival} (its event id), recorded for the wrong pupil.
     *
     * @param reason why, e.g. "wrong card scanned" (optional, at most 500 characters)
     */
    public static JsonObject arrivalWithdrawn(String pupil, String arrival, LocalDateTime at, @Nullable String reason) {
        JsonObject p = pupil(pupil);
        p.addProperty("arrival", required(arrival, "arrival"));
        p.addProperty("at", time(at));
        if (reason != null && reason.trim().length() > MAX_WITHDRAWAL_REASON) {
            throw new IllegalArgumentException("reason is longer than " + MAX_WITHDRAWAL_REASON + " characters");
        }
        optional(p, "reason", reason);
        return p;
    }

    public enum AbsenceCategory { ILLNESS, MEDICAL_APPOINTMENT, RELIGIOUS_OBSERVANCE, FAMILY_EMERGENCY, TRANSPORT, OTHER }

    public enum ContactOutcome { REACHED, NO_ANSWER, MESSAGE_LEFT, HOME_VISIT_FLAGGED }

    private static JsonObject sessionFact(String pupil, LocalDate date, Session session, AttendanceCode code,
                                          LocalDateTime at) {
        JsonObject p = pupil(pupil);
        p.addProperty("date", date.toString());
        p.addProperty("session", session.name());
        p.addProperty("code", code.symbol());
        p.addProperty("at", time(at));
        return p;
    }

    static JsonObject pupil(String pupil) {
        JsonObject p = new JsonObject();
        p.addProperty("pupil", required(pupil, "pupil"));
        return p;
    }

    /** School-local time to the second, the form the rules and the server take ("2026-11-18T08:52:10"). */
    static String time(LocalDateTime at) {
        LocalDateTime seconds = at.truncatedTo(ChronoUnit.SECONDS);
        String text = seconds.toString();
        // LocalDateTime prints "08:52" for a whole minute; the protocol's form always has seconds.
        return seconds.getSecond() == 0 ? text + ":00" : text;
    }

    private static JsonArray sessions(Set<Session> sessions) {
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("sessions must name AM, PM or both");
        }
        JsonArray array = new JsonArray();
        for (Session s : new TreeSet<>(sessions)) {
            array.add(s.name());
        }
        return array;
    }

    static void optional(JsonObject p, String field, @Nullable String value) {
        if (value != null && !value.trim().isEmpty()) {
            p.addProperty(field, value.trim());
        }
    }

    static String required(String value, String field) {
        if (value == null || value.trim().isEmpty()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.trim();
    }
}
