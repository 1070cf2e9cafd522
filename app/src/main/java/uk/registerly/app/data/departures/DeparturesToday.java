package uk.registerly.app.data.departures;

import androidx.annotation.Nullable;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.List;

import uk.registerly.app.data.roster.RosterPupil;

/**
 * The day's sign-outs as this device knows them at {@link #now}: those still out first, then those back, each
 * newest first; and the roster's pupils the sign-out form offers.
 */
public final class DeparturesToday {
    /** School-local time it was worked out at. */
    public final LocalDateTime now;
    public final List<DepartureLine> lines;
    /** The pupils that may be signed out, by name. */
    public final List<RosterPupil> pupils;

    /** "Name, Position" an approval is signed with on this device now, or null (nobody to sign it). */
    @Nullable
    public final String approver;

    public DeparturesToday(LocalDateTime now, List<DepartureLine> lines, List<RosterPupil> pupils,
                           @Nullable String approver) {
        this.now = now;
        this.lines = Collections.unmodifiableList(lines);
        this.pupils = Collections.unmodifiableList(pupils);
        this.approver = approver;
    }

    public int stillOut() {
        int n = 0;
        for (DepartureLine line : lines) {
            if (line.out()) {
                n++;
            }
        }
        return n;
    }
}
