package uk.registerly.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.UUID;
import uk.registerly.rules.time.ClockCheck;
import uk.registerly.rules.time.TrustedTime;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.JsonFields;

/**
 * One pushed event's envelope, and its payload once parsed. A malformed envelope fails the whole
 * request (400: the client has a bug); a payload the rules refuse rejects only this event, by id.
 *
 * <p>Once its school is known, the event gets its trusted time ({@link TrustedTime}: the device time
 * corrected by the device's measured offset, or the receipt time when it cannot be believed), and the
 * payload's {@code at} — read on the same clock — is corrected the same way: every rule, and every
 * reader of the stored event, goes by that time, never by the tablet's wall clock (issue 12, item 1).
 */
public final class IncomingEvent {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

    private final int index;
    private final UUID id;
    private final long deviceSeq;
    private final EventType type;
    private final Instant deviceTime;
    private final Long clockOffsetMs;
    private final UUID staffId;
    private final ObjectNode payloadJson;
    private EventPayload payload;
    private Rejection payloadProblem;
    private TrustedTime trusted;
    private ClockCheck clockCheck;
    private LocalDateTime trustedAt;

    private IncomingEvent(int index, UUID id, long deviceSeq, EventType type, Instant deviceTime, Long clockOffsetMs,
                          UUID staffId, ObjectNode payloadJson) {
        this.index = index;
        this.id = id;
        this.deviceSeq = deviceSeq;
        this.type = type;
        this.deviceTime = deviceTime;
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
        // Any ISO instant is read, year 0000 and +10000 included: an impossible device clock must not lose
        // the mark (issue 12, item 8); the trusted time then comes from the receipt.
        Instant deviceTime = f.instant("deviceTime");
        Long offset = f.optionalLong("clockOffsetMs");
        UUID staffId = f.optionalUuid("staffId");
        JsonFields payload = f.object("payload");
        return new IncomingEvent(index, id, deviceSeq, type, deviceTime, offset, staffId, (ObjectNode) payload.node());
    }

    /** Parses the payload for this event's type; a problem becomes this event's rejection. */
    void parsePayload() {
        try {
            PayloadHygiene.check(type, payloadJson, "payload");
            payload = EventPayload.parse(type, JsonFields.of(payloadJson, "payload"));
        } catch (PayloadHygiene.TooLarge e) {
            payloadProblem = Rejection.invalid(Rejection.PAYLOAD_TOO_LARGE, e.getMessage());
            throw e;
        } catch (ApiException e) {
            payloadProblem = Rejection.invalid(Rejection.INVALID_PAYLOAD, e.getMessage());
            throw e;
        }
    }

    boolean hasPayload() {
        return payload != null;
    }

    Rejection payloadProblem() {
        return payloadProblem;
    }

    /**
     * Works out the trusted time: the device time corrected by {@code clockOffsetMs}, received at
     * {@code receivedAt} by a school keeping {@code zone}'s time. The payload's {@code at} is shifted by
     * the same correction; an {@code at} more than a day from the device time it was recorded with cannot
     * have been read from that clock, so it is not believed either (the trusted time is used, flagged).
     */
    void applyTrustedTime(ZoneId zone, Instant receivedAt) {
        trusted = TrustedTime.of(deviceTime, clockOffsetMs, receivedAt);
        clockCheck = trusted.clockCheck();
        LocalDateTime sentAt = payload.at();
        if (sentAt == null) {
            return;
        }
        Instant atInstant;
        try {
            atInstant = ZonedDateTime.of(sentAt, zone).toInstant();
        } catch (DateTimeException | ArithmeticException e) {
            atInstant = null;
        }
        if (atInstant == null || !TrustedTime.isStorable(atInstant) || clockCheck != ClockCheck.IMPLAUSIBLE
                && Duration.between(deviceTime, atInstant).abs().compareTo(TrustedTime.MAX_PLAUSIBLE_DISTANCE) > 0) {
            clockCheck = ClockCheck.IMPLAUSIBLE;
            trustedAt = trusted.localTime(zone);
        } else {
            trustedAt = trusted.correct(sentAt, zone);
        }
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

    /** The device time as sent. */
    public Instant deviceTime() {
        return deviceTime;
    }

    /** The device time as PostgreSQL can store it: as sent, or the trusted time when it cannot (year 0000). */
    Instant storableDeviceTime() {
        return TrustedTime.isStorable(deviceTime) ? deviceTime : trusted.instant();
    }

    /** The device time as sent, when the device_time column cannot hold it; else null. */
    String unstorableDeviceTime() {
        return TrustedTime.isStorable(deviceTime) ? null : deviceTime.toString();
    }

    public Long clockOffsetMs() {
        return clockOffsetMs;
    }

    /** The staff member signed in on a shared tablet when the event was recorded (issue 13); null: not said. */
    public UUID staffId() {
        return staffId;
    }

    /** The payload as sent. */
    public ObjectNode payloadJson() {
        return payloadJson;
    }

    /** When the event happened by the server's clock (after {@link #applyTrustedTime}). */
    TrustedTime trusted() {
        return Objects.requireNonNull(trusted, "trusted time not applied");
    }

    /** The envelope's clock check, or IMPLAUSIBLE when the payload's {@code at} could not be believed. */
    ClockCheck clockCheck() {
        return Objects.requireNonNull(clockCheck, "trusted time not applied");
    }

    /** The payload's {@code at} by trusted time, school-local; null for a payload without one. */
    LocalDateTime trustedAt() {
        return trustedAt;
    }

    /**
     * What is stored (issue 12, item 9: what was validated, not what was sent): the payload's known
     * fields only, with {@code at} the trusted school-local time.
     */
    ObjectNode storedPayload() {
        ObjectNode stored = canonicalPayload();
        if (trustedAt != null) {
            stored.put("at", LOCAL.format(trustedAt));
        }
        return stored;
    }

    /** The payload's known fields as sent: what a replay is compared by. */
    ObjectNode canonicalPayload() {
        ObjectNode known = payloadJson.deepCopy();
        known.retain(EventPayload.fieldsOf(type));
        return known;
    }

    /** The payload's {@code at} as sent, when the stored one differs from it; else null. */
    String sentAtIfCorrected() {
        if (trustedAt == null) {
            return null;
        }
        String sent = payloadJson.get("at").asText();
        return sent.equals(LOCAL.format(trustedAt)) ? null : sent;
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
