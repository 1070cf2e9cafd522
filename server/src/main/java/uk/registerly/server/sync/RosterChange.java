package uk.registerly.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;
import uk.registerly.server.roster.RosterKind;

/** A pulled roster change (or a SCOPE notice): the entity's content as of {@code changedAt}. */
public record RosterChange(String cursor, RosterKind kind, UUID id, Instant changedAt, JsonNode data) {
}
