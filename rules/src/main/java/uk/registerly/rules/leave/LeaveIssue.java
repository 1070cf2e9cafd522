package uk.registerly.rules.leave;

/** Something wrong with a leave request; a blocking issue means it cannot be granted. */
public enum LeaveIssue {
    /** Leave is granted in advance only: the request came on or after its first day. */
    NOT_IN_ADVANCE(true),
    /** Leave is granted only in exceptional circumstances (a holiday is not). */
    NOT_EXCEPTIONAL(true),
    /** A refusal is final: leave for these dates was refused before. */
    PREVIOUSLY_REFUSED(true),
    /** Less notice than the school's policy asks; the head may still decide. */
    SHORT_NOTICE(false);

    private final boolean blocking;

    LeaveIssue(boolean blocking) {
        this.blocking = blocking;
    }

    public boolean isBlocking() {
        return blocking;
    }
}
