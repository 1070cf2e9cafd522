package uk.registerly.rules.ladder;

/** Whether a stage is a rung of the ladder or a duty that stands beside it. */
public enum Track {
    /**
     * A rung: the case climbs from one to the next (or jumps to a higher one whose condition is met); the latest
     * rung acted on is the case's current stage.
     */
    ESCALATION,
    /**
     * Beside the ladder: due whenever its condition is newly met, whatever the case's stage, and never its current
     * stage (a home visit on the third day of unexplained absence; the national penalty-notice threshold).
     */
    ALONGSIDE
}
