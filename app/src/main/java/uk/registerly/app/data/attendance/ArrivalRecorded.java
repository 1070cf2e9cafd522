package uk.registerly.app.data.attendance;

import java.time.Instant;
import java.time.LocalDateTime;

import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.schedule.ArrivalOutcome;

/** What the gate shows at once after a scan: present, L or U (with minutes late), and until when it can be undone. */
public final class ArrivalRecorded {
    public final String eventId;
    public final String pupilId;
    public final LocalDateTime at;
    public final Session session;
    /** {@code outcome.code()} is / or \, L or U; {@code outcome.minutesLate()}. */
    public final ArrivalOutcome outcome;
    public final Instant undoableUntil;

    public ArrivalRecorded(String eventId, String pupilId, LocalDateTime at, Session session, ArrivalOutcome outcome,
                           Instant undoableUntil) {
        this.eventId = eventId;
        this.pupilId = pupilId;
        this.at = at;
        this.session = session;
        this.outcome = outcome;
        this.undoableUntil = undoableUntil;
    }
}
