package uk.registerly.server.schoolday;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import uk.registerly.server.testing.TestEvents;

/** Issue 15's events for tests, as a device writes them (docs/sync-protocol.md, "The school day"). */
public final class SchoolDayEvents {

    private final TestEvents events = new TestEvents();

    /** An early departure collected by another adult; {@code approvedBy} null: not approved. */
    public ObjectNode departure(UUID pupil, LocalDateTime at, String reason, UUID approvedBy) {
        ObjectNode p = TestEvents.payload(pupil);
        p.put("at", at.toString()).put("reason", reason).put("approved", approvedBy != null);
        p.putObject("collectedBy").put("name", "Jo Grant").put("relationship", "Aunt");
        if (approvedBy != null) {
            p.put("approvedBy", approvedBy.toString());
        }
        return events.event("EARLY_DEPARTURE", p);
    }

    public ObjectNode departureWithGuardian(UUID pupil, LocalDateTime at, String reason, UUID guardian,
                                            UUID approvedBy) {
        ObjectNode e = departure(pupil, at, reason, approvedBy);
        ((ObjectNode) e.get("payload")).putObject("collectedBy").put("guardian", guardian.toString());
        return e;
    }

    public ObjectNode returned(UUID pupil, LocalDateTime at) {
        return events.event("RETURNED", TestEvents.payload(pupil).put("at", at.toString()));
    }

    public ObjectNode rollCallStarted(LocalDateTime at, String reason) {
        ObjectNode p = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        p.put("at", at.toString()).put("reason", reason);
        return events.event("ROLL_CALL_STARTED", p);
    }

    public ObjectNode accounted(ObjectNode start, UUID pupil, boolean accounted, LocalDateTime at) {
        ObjectNode p = TestEvents.payload(pupil);
        p.put("rollCall", start.get("id").asText()).put("accounted", accounted).put("at", at.toString());
        return events.event("ROLL_CALL_ACCOUNTED", p);
    }

    public ObjectNode ended(ObjectNode start, LocalDateTime at) {
        ObjectNode p = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        p.put("rollCall", start.get("id").asText()).put("at", at.toString());
        return events.event("ROLL_CALL_ENDED", p);
    }

    public ObjectNode spotCheck(String where, UUID classId, LocalDateTime at, List<UUID> expected, List<UUID> found) {
        ObjectNode p = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        p.put("where", where).put("at", at.toString());
        if (classId != null) {
            p.put("classId", classId.toString());
        }
        ArrayNode e = p.putArray("expected");
        expected.forEach(id -> e.add(id.toString()));
        ArrayNode f = p.putArray("found");
        found.forEach(id -> f.add(id.toString()));
        return events.event("SPOT_CHECK", p);
    }

    public ObjectNode parentNotified(UUID pupil, LocalDateTime at, String session) {
        ObjectNode p = TestEvents.payload(pupil);
        p.put("date", at.toLocalDate().toString()).put("session", session).put("kind", "ABSENCE").put("at", at.toString());
        return events.event("PARENT_NOTIFIED", p);
    }

    /** A register mark the office takes on {@code teacher}'s behalf. */
    public ObjectNode markOnBehalf(UUID pupil, java.time.LocalDate date, String session, String code, UUID teacher) {
        ObjectNode mark = events.mark(pupil, date, session, code);
        ((ObjectNode) mark.get("payload")).put("onBehalfOf", teacher.toString());
        return mark;
    }

    public ObjectNode mark(UUID pupil, java.time.LocalDate date, String session, String code) {
        return events.mark(pupil, date, session, code);
    }
}
