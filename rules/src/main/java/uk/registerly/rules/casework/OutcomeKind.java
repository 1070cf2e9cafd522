package uk.registerly.rules.casework;

/** What came of an action. Every outcome records that the stage was acted on; see {@link #WITHDRAWN}. */
public enum OutcomeKind {
    /** Done (a letter sent, a call made, a chat held). */
    DONE,
    /** Arranged and not yet held (a meeting booked for Thursday); its result is a later action at the stage. */
    ARRANGED,
    /** The parents did not answer or come. */
    NO_RESPONSE,
    /** The parents declined (a meeting, a contract). */
    DECLINED,
    /** The parents agreed (a contract, a plan). */
    AGREED,
    /** Issued: a notice to improve, or a penalty notice the local authority issued to the named parent. */
    ISSUED,
    /** The school considered it and decided not to go ahead (the headteacher decides each case). */
    NOT_PURSUED,
    /**
     * Withdrawn. With {@code refersTo}, it withdraws that earlier action (a letter sent in error, a notice the
     * local authority withdrew), which then counts for nothing; without, the action itself was withdrawn from
     * (the parents withdrew from a contract) and counts like any other outcome.
     */
    WITHDRAWN,
    /** Anything else, in the school's words ({@code Outcome.text()}). */
    CUSTOM
}
