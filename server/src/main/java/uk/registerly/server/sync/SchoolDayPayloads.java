package uk.registerly.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.rollcall.RollCallReason;
import uk.registerly.rules.schoolday.DepartureReason;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.JsonFields;

/**
 * The payloads of issue 15's event types (docs/sync-protocol.md, "The school day"): field names follow the rules
 * module's school-day facts. A malformed payload rejects its event naming the field.
 */
final class SchoolDayPayloads {

    static final int MAX_NAME = 200;
    static final int MAX_WHERE = 100;
    static final int MAX_PUPILS_CHECKED = 200;

    private SchoolDayPayloads() {
    }

    /**
     * EARLY_DEPARTURE. {@code collectedBy}: a roster guardian ({@code guardian}), another adult ({@code name},
     * {@code relationship}), or null when the pupil left alone; {@code approvedBy}: the staff member who approved.
     */
    record EarlyDeparture(UUID pupil, LocalDateTime at, DepartureReason reason, UUID guardian, String adultName,
                          String relationship, String note, boolean approved, UUID approvedBy)
            implements EventPayload.SchoolDay {
    }

    record Returned(UUID pupil, LocalDateTime at) implements EventPayload.SchoolDay {
    }

    record RollCallStarted(LocalDateTime at, RollCallReason reason) implements EventPayload.SchoolDay {
        @Override
        public UUID pupil() {
            return null;
        }
    }

    /** A pupil ticked accounted for ({@code accounted} true) or the tick taken back, in roll call {@code rollCall}. */
    record RollCallAccounted(UUID pupil, UUID rollCall, boolean accounted, LocalDateTime at)
            implements EventPayload.SchoolDay {
        @Override
        public UUID ref() {
            return rollCall;
        }
    }

    record RollCallEnded(UUID rollCall, LocalDateTime at) implements EventPayload.SchoolDay {
        @Override
        public UUID pupil() {
            return null;
        }

        @Override
        public UUID ref() {
            return rollCall;
        }
    }

    /** {@code classId} null: a room, named by {@code where}. */
    record SpotCheck(String where, UUID classId, LocalDateTime at, Set<UUID> expected, Set<UUID> found)
            implements EventPayload.SchoolDay {
        @Override
        public UUID pupil() {
            return null;
        }
    }

    /** The parent's phone showed the office's notice of {@code kind} about {@code date} (and session). */
    record ParentNotified(UUID pupil, LocalDate date, Session session, NoticeKind kind, LocalDateTime at)
            implements EventPayload.SchoolDay {
    }

    /** What a first-day notice in the parent's app was about. */
    enum NoticeKind { ABSENCE, UNAPPROVED_COLLECTION, LATE_AFTER_CLOSE }

    static boolean parses(EventType type) {
        switch (type) {
            case EARLY_DEPARTURE:
            case RETURNED:
            case ROLL_CALL_STARTED:
            case ROLL_CALL_ACCOUNTED:
            case ROLL_CALL_ENDED:
            case SPOT_CHECK:
            case PARENT_NOTIFIED:
                return true;
            default:
                return false;
        }
    }

    static EventPayload parse(EventType type, JsonFields f) {
        switch (type) {
            case EARLY_DEPARTURE: {
                UUID guardian = null;
                String name = null;
                String relationship = null;
                if (f.has("collectedBy")) {
                    JsonFields by = f.object("collectedBy");
                    if (by.has("guardian")) {
                        guardian = by.uuid("guardian");
                    } else {
                        name = by.text("name", MAX_NAME);
                        relationship = by.text("relationship", MAX_NAME);
                    }
                }
                boolean approved = bool(f, "approved");
                return new EarlyDeparture(f.uuid("pupil"), f.localDateTime("at"),
                        f.enumValue("reason", DepartureReason.class), guardian, name, relationship,
                        f.has("note") ? f.text("note", EventPayload.MAX_NOTE) : null, approved,
                        approved ? f.uuid("approvedBy") : f.optionalUuid("approvedBy"));
            }
            case RETURNED:
                return new Returned(f.uuid("pupil"), f.localDateTime("at"));
            case ROLL_CALL_STARTED:
                return new RollCallStarted(f.localDateTime("at"), f.enumValue("reason", RollCallReason.class));
            case ROLL_CALL_ACCOUNTED:
                return new RollCallAccounted(f.uuid("pupil"), f.uuid("rollCall"), bool(f, "accounted"),
                        f.localDateTime("at"));
            case ROLL_CALL_ENDED:
                return new RollCallEnded(f.uuid("rollCall"), f.localDateTime("at"));
            case SPOT_CHECK:
                return new SpotCheck(f.text("where", MAX_WHERE), f.optionalUuid("classId"), f.localDateTime("at"),
                        pupils(f, "expected"), pupils(f, "found"));
            case PARENT_NOTIFIED: {
                Session session = null;
                if (f.has("session")) {
                    try {
                        session = Session.parse(f.text("session"));
                    } catch (IllegalArgumentException e) {
                        throw f.invalid("session", "must be AM or PM");
                    }
                }
                return new ParentNotified(f.uuid("pupil"), f.date("date"), session,
                        f.enumValue("kind", NoticeKind.class), f.localDateTime("at"));
            }
            default:
                throw new IllegalStateException("not a school-day type: " + type);
        }
    }

    private static boolean bool(JsonFields f, String field) {
        JsonNode value = f.node().get(field);
        if (value == null || value.isNull()) {
            throw ApiException.badRequest(f.name(field) + " is required");
        }
        if (!value.isBoolean()) {
            throw f.invalid(field, "must be true or false");
        }
        return value.booleanValue();
    }

    private static Set<UUID> pupils(JsonFields f, String field) {
        java.util.List<String> ids = f.textArray(field);
        if (ids.size() > MAX_PUPILS_CHECKED) {
            throw f.invalid(field, "may hold at most " + MAX_PUPILS_CHECKED + " pupils");
        }
        Set<UUID> out = new LinkedHashSet<>();
        for (String id : ids) {
            try {
                UUID uuid = UUID.fromString(id);
                if (!uuid.toString().equals(id)) {
                    throw new IllegalArgumentException();
                }
                out.add(uuid);
            } catch (IllegalArgumentException e) {
                throw f.invalid(field, "must hold pupil ids (UUIDs in canonical lower-case form)");
            }
        }
        return out;
    }
}
