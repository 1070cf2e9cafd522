package uk.registerly.app.gate;

import java.time.Duration;
import java.time.Instant;

/**
 * A camera decodes a card many times a second while it is held up; one hold must be one arrival.
 * The same payload again within {@link #QUIET} of the last time it was read is a repeat; any other
 * payload (the next pupil in the queue) goes through at once.
 */
final class ScanDebouncer {
    static final Duration QUIET = Duration.ofSeconds(3);

    private String lastPayload;
    private Instant lastSeen;

    /** Whether {@code payload} read at {@code now} is a new scan (and remembers it either way). */
    synchronized boolean isNew(String payload, Instant now) {
        boolean repeat = payload.equals(lastPayload) && lastSeen != null
                && Duration.between(lastSeen, now).compareTo(QUIET) < 0;
        lastPayload = payload;
        lastSeen = now;
        return !repeat;
    }
}
