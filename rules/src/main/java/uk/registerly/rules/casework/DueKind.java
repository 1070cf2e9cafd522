package uk.registerly.rules.casework;

/** What is due: a stage's actions, or a review of the stage the case is at. */
public enum DueKind {
    STAGE, REVIEW
}
