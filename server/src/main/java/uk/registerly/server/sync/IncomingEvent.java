package uk.registerly.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.JsonFields;

/**
 * One pushed event's envelope, and its payload once parsed. A malformed envelope fails the whole
 * request (400: the client has a bug); a payload the rules refuse rejects only this event, by id.
 */
public final class IncomingEvent {

    private final int index;
    private final UUID id;
    private final long deviceSeq;
    private final EventType type;
    private final Instant deviceTime;
    private final String deviceTimeText;
    private final Long clockOffsetMs;
    private final UUID staffId;
    private final ObjectNode payloadJson;
    private EventPayload payload;
    private String payloadProblem;

    private IncomingEvent(int index, UUID id, long deviceSeq, EventType type, Instant deviceTime, String deviceTimeText,
                          Long clockOffsetMs, UUID staffId, ObjectNode payloadJson) {
        this.index = index;
        this.id = id;
        this.deviceSeq = deviceSeq;
        this.type = type;
        this.deviceTime = deviceTime;
        this.deviceTimeText = deviceTimeText;
        this.clockOffsetMs = clockOffsetMs;
        this.staffId = staffId;
        this.payloadJson = payloadJson;
    }

    /** Reads {@code events[index]}; throws 400 naming the field when the envelope is malformed. */
    public static IncomingEvent parseEnvelope(JsonNode node, int index) {
        JsonFields f = JsonFields.of(node, "events[" + index + "]");
        UUID id = f.uuid("id");
        long deviceSeq = f.longValue("deviceSeq");
        if (deviceSeq < 0) {
            throw f.invalid("deviceSeq", "must not be negative");
        }
        EventType type = f.enumValue("type", EventType.class);
        Instant deviceTime = f.instant("deviceTime");
        Long offset = f.optionalLong("clockOffsetMs");
        UUID staffId = f.optionalUuid("staffId");
        JsonFields payload = f.object("payload");
        return new IncomingEvent(index, id, deviceSeq, type, deviceTime, f.text("deviceTime"), offset, staffId,
                (ObjectNode) payload.node());
    }

    /** Parses the payload for this event's type; a problem becomes this event's rejection reason. */
    void parsePayload() {
        try {
            payload = EventPayload.parse(type, JsonFields.of(payloadJson, "payload"));
        } catch (ApiException e) {
            payloadProblem = e.getMessage();
            throw e;
        }
    }

    boolean hasPayload() {
        return payload != null;
    }

    String payloadProblem() {
        return payloadProblem;
    }

    public int index() {
        return index;
    }

    public UUID id() {
        return id;
    }

    public long deviceSeq() {
        return deviceSeq;
    }

    public EventType type() {
        return type;
    }

    public Instant deviceTime() {
        return deviceTime;
    }

    /** The device time as sent (already checked to be an ISO instant). */
    public String deviceTimeText() {
        return deviceTimeText;
    }

    public Long clockOffsetMs() {
        return clockOffsetMs;
    }

    /** The staff member signed in on a shared tablet when the event was recorded (issue 13); null: not said. */
    public UUID staffId() {
        return staffId;
    }

    public ObjectNode payloadJson() {
        return payloadJson;
    }

    public EventPayload payload() {
        if (payload == null) {
            throw new IllegalStateException("payload not parsed");
        }
        return payload;
    }

    /** Whether {@code other} is the same event (a replay), field for field. */
    boolean sameAs(IncomingEvent other) {
        return id.equals(other.id) && deviceSeq == other.deviceSeq && type == other.type
                && deviceTime.equals(other.deviceTime) && Objects.equals(staffId, other.staffId)
                && payloadJson.equals(other.payloadJson);
    }

}
