package uk.registerly.app.data.departures;

import androidx.annotation.Nullable;

import uk.registerly.rules.schoolday.Collector;
import uk.registerly.rules.schoolday.DepartureReason;

/** What the office or gate fills in to sign a pupil out: who, why, with whom, and whether it was approved. */
public final class SignOut {
    public final String pupilId;
    public final DepartureReason reason;
    public final Collector collector;
    @Nullable
    public final String note;
    public final boolean approved;

    public SignOut(String pupilId, DepartureReason reason, Collector collector, @Nullable String note,
                   boolean approved) {
        this.pupilId = pupilId;
        this.reason = reason;
        this.collector = collector;
        this.note = note == null || note.trim().isEmpty() ? null : note.trim();
        this.approved = approved;
    }
}
