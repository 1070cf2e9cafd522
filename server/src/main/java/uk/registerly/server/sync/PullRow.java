package uk.registerly.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import uk.registerly.server.auth.Role;
import uk.registerly.server.http.Json;
import uk.registerly.server.roster.RosterKind;

/** One row of the pull query ({@link PullQuery}): an event ('E') or a roster change ('R'). */
public record PullRow(String src, long txId, long position, UUID id, String kind, UUID pupilId, UUID deviceId,
                      UUID staffId, Long deviceSeq, String data, Instant deviceTime, Instant at, Instant trustedTime,
                      String clockCheck) {

    Cursor cursor() {
        return new Cursor(txId, position);
    }

    boolean isEvent() {
        return "E".equals(src);
    }

    /** The event as {@code role} is served it: without the fields that role never holds. */
    PulledEvent event(Role role) {
        EventType type = EventType.valueOf(kind);
        JsonNode payload = Json.parse(data);
        WithheldFields.strip(role, type, payload);
        return new PulledEvent(cursor().toString(), id, type, pupilId, deviceId, staffId, deviceSeq, deviceTime, at,
                trustedTime, clockCheck, payload);
    }

    /** The roster change as {@code role} is served it: without the fields that role never holds. */
    RosterChange rosterChange(Role role) {
        RosterKind rosterKind = RosterKind.valueOf(kind);
        JsonNode content = Json.parse(data);
        WithheldFields.strip(role, rosterKind, content);
        return new RosterChange(cursor().toString(), rosterKind, id, at, content);
    }
}
