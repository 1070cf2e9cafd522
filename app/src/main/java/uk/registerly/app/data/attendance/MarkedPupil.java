package uk.registerly.app.data.attendance;

import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.rules.marks.EffectiveMark;

/** A pupil and one effective mark: a line of a worklist (e.g. first-day calling). */
public final class MarkedPupil {
    public final RosterPupil pupil;
    public final EffectiveMark mark;

    public MarkedPupil(RosterPupil pupil, EffectiveMark mark) {
        this.pupil = pupil;
        this.mark = mark;
    }
}
