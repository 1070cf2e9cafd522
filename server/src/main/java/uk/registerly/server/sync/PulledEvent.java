package uk.registerly.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A pulled event. {@code payload.at} is the trusted school-local time (the device's corrected by its
 * offset); {@code clockCheck} says whether the device's clock was verified (left out for events stored
 * before trusted time), {@code trustedTime} the envelope's deviceTime corrected; {@code staffId} who was
 * signed in on the device that recorded it, when it said.
 */
public record PulledEvent(String cursor, UUID id, EventType type, UUID pupil, UUID deviceId, UUID staffId,
                          long deviceSeq, Instant deviceTime, Instant receivedAt, Instant trustedTime,
                          String clockCheck, JsonNode payload) {
}
