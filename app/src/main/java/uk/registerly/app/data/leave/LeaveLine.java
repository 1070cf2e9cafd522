package uk.registerly.app.data.leave;

import androidx.annotation.Nullable;

import uk.registerly.app.data.roster.RosterPupil;

/** A leave request with its child, the rules' checks (null when the school's rules are not known) and its send state. */
public final class LeaveLine {
    public final LeaveRequestState request;
    public final RosterPupil pupil;
    @Nullable
    public final LeaveChecks checks;
    public final boolean unsent;

    public LeaveLine(LeaveRequestState request, RosterPupil pupil, @Nullable LeaveChecks checks, boolean unsent) {
        this.request = request;
        this.pupil = pupil;
        this.checks = checks;
        this.unsent = unsent;
    }
}
