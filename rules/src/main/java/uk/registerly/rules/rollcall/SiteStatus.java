package uk.registerly.rules.rollcall;

/** Where a pupil is thought to be now, from the register, the gate and the sign-out book. */
public enum SiteStatus {
    /** Present or late at the latest register, arrived at the gate, or returned after signing out: on site. */
    ON_SITE(true),
    /** No mark yet today: expected on site, and flagged (nobody has seen them). */
    NO_MARK(true),
    /** Signed out early and not returned. */
    SIGNED_OUT(false),
    /** Absent at the latest register. */
    ABSENT(false);

    private final boolean expected;

    SiteStatus(boolean expected) {
        this.expected = expected;
    }

    /** Whether the pupil is on the roll call's list (should be on site now). */
    public boolean expected() {
        return expected;
    }
}
