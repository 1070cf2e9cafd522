package uk.registerly.rules.registers;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What the registers status needs to know of one session fact: whose, whether it is the teacher's register mark
 * (REGISTER_MARK) or another entry (the office's REASON or AMENDMENT), when, and whether the office recorded the
 * mark on the teacher's behalf.
 */
public final class RegisterEntryFact {
    private final String pupil;
    private final boolean registerMark;
    private final LocalDateTime at;
    private final boolean onBehalf;

    public RegisterEntryFact(String pupil, boolean registerMark, LocalDateTime at, boolean onBehalf) {
        this.pupil = Objects.requireNonNull(pupil, "pupil");
        this.registerMark = registerMark;
        this.at = Objects.requireNonNull(at, "at");
        this.onBehalf = onBehalf;
    }

    public String pupil() {
        return pupil;
    }

    public boolean registerMark() {
        return registerMark;
    }

    public LocalDateTime at() {
        return at;
    }

    public boolean onBehalf() {
        return onBehalf;
    }
}
