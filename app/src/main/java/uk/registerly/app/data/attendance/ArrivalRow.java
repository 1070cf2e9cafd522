package uk.registerly.app.data.attendance;

import androidx.annotation.Nullable;

import java.time.LocalDateTime;

import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.rules.schedule.ArrivalOutcome;

/** One arrival in the gate's list of the day. */
public final class ArrivalRow {
    public final String eventId;
    public final RosterPupil pupil;
    public final LocalDateTime at;
    /** How the arrival classifies by the pupil's register; null when the school's rules are not known yet. */
    @Nullable
    public final ArrivalOutcome outcome;
    /** What the gate was told about the lateness, or null. */
    @Nullable
    public final String reason;
    /** Withdrawn (a wrong card undone at a gate): kept in the journal and on the server, decides nothing. */
    public final boolean undone;
    public final boolean unsent;

    public ArrivalRow(String eventId, RosterPupil pupil, LocalDateTime at, @Nullable ArrivalOutcome outcome,
                      @Nullable String reason, boolean undone, boolean unsent) {
        this.eventId = eventId;
        this.pupil = pupil;
        this.at = at;
        this.outcome = outcome;
        this.reason = reason;
        this.undone = undone;
        this.unsent = unsent;
    }
}
