package uk.registerly.server.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import uk.registerly.server.http.Json;

/** Builds push bodies as a device would send them. */
public final class TestEvents {

    private final AtomicLong seq = new AtomicLong();

    public ObjectNode mark(UUID pupil, LocalDate date, String session, String code) {
        ObjectNode p = payload(pupil);
        p.put("date", date.toString());
        p.put("session", session);
        p.put("code", code);
        p.put("at", date.atTime(session.equals("AM") ? 8 : 13, session.equals("AM") ? 52 : 2).toString());
        return envelope("REGISTER_MARK", p);
    }

    public ObjectNode reason(UUID pupil, LocalDate date, String session, String code) {
        ObjectNode e = mark(pupil, date, session, code);
        e.put("type", "REASON");
        return e;
    }

    public ObjectNode amendment(UUID pupil, LocalDate date, String session, String code, String reason, String by) {
        ObjectNode e = mark(pupil, date, session, code);
        e.put("type", "AMENDMENT");
        ((ObjectNode) e.get("payload")).put("reason", reason).put("by", by);
        return e;
    }

    public ObjectNode arrival(UUID pupil, LocalDate date, int hour, int minute) {
        ObjectNode p = payload(pupil);
        p.put("at", date.atTime(hour, minute).toString());
        return envelope("ARRIVAL", p);
    }

    /** The gate takes back {@code arrival} (an ARRIVAL envelope) at {@code hour:minute} on {@code date}. */
    public ObjectNode withdrawal(ObjectNode arrival, LocalDate date, int hour, int minute) {
        ObjectNode p = payload(UUID.fromString(arrival.get("payload").get("pupil").asText()));
        p.put("arrival", arrival.get("id").asText());
        p.put("at", date.atTime(hour, minute).toString());
        p.put("reason", "wrong card scanned");
        return envelope("ARRIVAL_WITHDRAWN", p);
    }

    public ObjectNode absenceReport(UUID pupil, LocalDate from, LocalDate to, String category) {
        ObjectNode p = payload(pupil);
        p.put("from", from.toString());
        p.put("to", to.toString());
        p.putArray("sessions").add("AM").add("PM");
        p.put("category", category);
        p.put("note", "Sick overnight");
        return envelope("ABSENCE_REPORT", p);
    }

    public ObjectNode event(String type, ObjectNode payload) {
        return envelope(type, payload);
    }

    public static ObjectNode payload(UUID pupil) {
        ObjectNode p = Json.object();
        p.put("pupil", pupil.toString());
        return p;
    }

    /**
     * As a synced device sends it: recorded when its {@code at} says (the device time is that moment, on a
     * London school's clock), with a measured offset of 0, so the trusted time is the device's own.
     */
    private ObjectNode envelope(String type, ObjectNode payload) {
        ObjectNode e = Json.object();
        e.put("id", UUID.randomUUID().toString());
        e.put("deviceSeq", seq.incrementAndGet());
        e.put("type", type);
        e.put("deviceTime", payload.has("at")
                ? LocalDateTime.parse(payload.get("at").asText()).atZone(LONDON).toInstant().toString()
                : "2026-11-18T08:52:00Z");
        e.put("clockOffsetMs", 0);
        e.set("payload", payload);
        return e;
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    public static ObjectNode batch(List<ObjectNode> events) {
        ObjectNode body = Json.object();
        ArrayNode array = body.putArray("events");
        events.forEach(array::add);
        return body;
    }

    public static ObjectNode batch(ObjectNode... events) {
        return batch(List.of(events));
    }
}
