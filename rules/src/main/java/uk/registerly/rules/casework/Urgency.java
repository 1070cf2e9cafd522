package uk.registerly.rules.casework;

/** How soon something due should be done, most urgent first: the order of the office's "due now" list. */
public enum Urgency {
    /** A run of unexplained absence: the child's safety (a home visit on the third day). */
    SAFEGUARDING,
    /** A stage of the ladder (or a duty beside it) whose condition is met. */
    ESCALATION,
    /** A stage's review date has come and nothing higher is due. */
    REVIEW
}
