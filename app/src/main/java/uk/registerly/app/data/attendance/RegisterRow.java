package uk.registerly.app.data.attendance;

import androidx.annotation.Nullable;

import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.rules.marks.EffectiveMark;

/** One line of a class register: the pupil and their effective mark for the session, if any yet. */
public final class RegisterRow {
    public final RosterPupil pupil;
    /** Null while the session has no mark. {@code mark.code()}, {@code minutesLate()}, {@code source()}. */
    @Nullable
    public final EffectiveMark mark;
    /** Whether a fact recorded on this device for this session is still waiting to be sent. */
    public final boolean unsent;

    public RegisterRow(RosterPupil pupil, @Nullable EffectiveMark mark, boolean unsent) {
        this.pupil = pupil;
        this.mark = mark;
        this.unsent = unsent;
    }
}
