package uk.registerly.app.data.attendance;

import uk.registerly.app.data.db.entity.PupilEntity;
import uk.registerly.rules.marks.EffectiveMark;

/** A pupil and one effective mark: a line of a worklist (e.g. first-day calling). */
public final class MarkedPupil {
    public final PupilEntity pupil;
    public final EffectiveMark mark;

    public MarkedPupil(PupilEntity pupil, EffectiveMark mark) {
        this.pupil = pupil;
        this.mark = mark;
    }
}
