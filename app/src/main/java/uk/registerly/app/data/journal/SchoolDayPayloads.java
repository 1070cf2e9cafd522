package uk.registerly.app.data.journal;

import androidx.annotation.Nullable;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.TreeSet;

import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.rollcall.RollCallReason;
import uk.registerly.rules.schoolday.Collector;
import uk.registerly.rules.schoolday.DepartureReason;

/**
 * The payloads of issue 15's school-day events (docs/sync-protocol.md §4), from the rules' own types. Whether a
 * sign-out may be written at all is the rules' to say ({@code rules/schoolday}), before one is built here.
 */
public final class SchoolDayPayloads {
    /** The server's limit for each of a spot check's lists (sync-protocol §4). */
    public static final int MAX_SPOT_CHECK_PUPILS = 200;

    private SchoolDayPayloads() {
    }

    /** REGISTER_MARK the office takes on a teacher's behalf: the mark names the teacher (issue 15 item 1). */
    public static JsonObject registerMarkOnBehalf(String pupil, LocalDate date, Session session, AttendanceCode code,
                                                  LocalDateTime at, String onBehalfOf) {
        JsonObject p = EventPayloads.registerMark(pupil, date, session, code, at);
        p.addProperty("onBehalfOf", EventPayloads.required(onBehalfOf, "onBehalfOf"));
        return p;
    }

    /**
     * EARLY_DEPARTURE; {@code collector} nobody for a pupil who left alone (then no {@code collectedBy});
     * {@code approvedBy} the approving staff member's id.
     */
    public static JsonObject earlyDeparture(String pupil, LocalDateTime at, DepartureReason reason, Collector collector,
                                            @Nullable String note, boolean approved, @Nullable String approvedBy) {
        JsonObject p = EventPayloads.pupil(pupil);
        p.addProperty("at", EventPayloads.time(at));
        p.addProperty("reason", reason.name());
        if (collector.isGuardian()) {
            JsonObject by = new JsonObject();
            by.addProperty("guardian", collector.guardianId());
            p.add("collectedBy", by);
        } else if (!collector.isNobody()) {
            JsonObject by = new JsonObject();
            by.addProperty("name", EventPayloads.required(collector.name(), "collector's name"));
            by.addProperty("relationship", EventPayloads.required(collector.relationship(), "collector's relationship"));
            p.add("collectedBy", by);
        }
        EventPayloads.optional(p, "note", note);
        p.addProperty("approved", approved);
        if (approved) {
            p.addProperty("approvedBy", EventPayloads.required(approvedBy, "approvedBy"));
        }
        return p;
    }

    public static JsonObject returned(String pupil, LocalDateTime at) {
        JsonObject p = EventPayloads.pupil(pupil);
        p.addProperty("at", EventPayloads.time(at));
        return p;
    }

    /** ROLL_CALL_STARTED: the roll call's id is this event's id. */
    public static JsonObject rollCallStarted(LocalDateTime at, RollCallReason reason) {
        JsonObject p = new JsonObject();
        p.addProperty("at", EventPayloads.time(at));
        p.addProperty("reason", reason.name());
        return p;
    }

    /** A tick, or ({@code accounted} false) the tick taken back. */
    public static JsonObject rollCallAccounted(String pupil, String rollCall, boolean accounted, LocalDateTime at) {
        JsonObject p = EventPayloads.pupil(pupil);
        p.addProperty("rollCall", EventPayloads.required(rollCall, "rollCall"));
        p.addProperty("accounted", accounted);
        p.addProperty("at", EventPayloads.time(at));
        return p;
    }

    public static JsonObject rollCallEnded(String rollCall, LocalDateTime at) {
        JsonObject p = new JsonObject();
        p.addProperty("rollCall", EventPayloads.required(rollCall, "rollCall"));
        p.addProperty("at", EventPayloads.time(at));
        return p;
    }

    /** SPOT_CHECK of a room or class: whom the member of staff expected there and whom they found. */
    public static JsonObject spotCheck(String where, @Nullable String classId, LocalDateTime at,
                                       Collection<String> expected, Collection<String> found) {
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("a spot check expects at least one pupil");
        }
        if (expected.size() > MAX_SPOT_CHECK_PUPILS || found.size() > MAX_SPOT_CHECK_PUPILS) {
            throw new IllegalArgumentException("a spot check lists at most " + MAX_SPOT_CHECK_PUPILS + " pupils");
        }
        JsonObject p = new JsonObject();
        p.addProperty("where", EventPayloads.required(where, "where"));
        EventPayloads.optional(p, "classId", classId);
        p.addProperty("at", EventPayloads.time(at));
        p.add("expected", ids(expected));
        p.add("found", ids(found));
        return p;
    }

    /** What the parent's phone told them about (sync-protocol §4, PARENT_NOTIFIED {@code kind}). */
    public enum NoticeKind { ABSENCE, UNAPPROVED_COLLECTION, LATE_AFTER_CLOSE }

    public static JsonObject parentNotified(String pupil, LocalDate date, @Nullable Session session, NoticeKind kind,
                                            LocalDateTime at) {
        JsonObject p = EventPayloads.pupil(pupil);
        p.addProperty("date", date.toString());
        if (session != null) {
            p.addProperty("session", session.name());
        }
        p.addProperty("kind", kind.name());
        p.addProperty("at", EventPayloads.time(at));
        return p;
    }

    private static JsonArray ids(Collection<String> pupils) {
        JsonArray array = new JsonArray();
        for (String id : new TreeSet<>(pupils)) {
            array.add(id);
        }
        return array;
    }
}
