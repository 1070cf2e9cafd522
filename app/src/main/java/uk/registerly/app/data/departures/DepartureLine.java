package uk.registerly.app.data.departures;

import androidx.annotation.Nullable;

import java.time.LocalDateTime;

import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.rules.schoolday.DepartureAssessment;
import uk.registerly.rules.schoolday.EarlyDeparture;

/** One sign-out today: the pupil, who collected them (in words), the policy's judgement, and the return if any. */
public final class DepartureLine {
    public final EarlyDeparture departure;
    public final RosterPupil pupil;
    @Nullable
    public final String className;
    /** "Grace Singh (Mother)", "Tom Okafor (uncle)", or null for a pupil who left alone. */
    @Nullable
    public final String collectedBy;
    public final DepartureAssessment assessment;
    /** When the pupil came back after this departure, or null while still out. */
    @Nullable
    public final LocalDateTime returnedAt;

    public DepartureLine(EarlyDeparture departure, RosterPupil pupil, @Nullable String className,
                         @Nullable String collectedBy, DepartureAssessment assessment,
                         @Nullable LocalDateTime returnedAt) {
        this.departure = departure;
        this.pupil = pupil;
        this.className = className;
        this.collectedBy = collectedBy;
        this.assessment = assessment;
        this.returnedAt = returnedAt;
    }

    public boolean out() {
        return returnedAt == null;
    }
}
