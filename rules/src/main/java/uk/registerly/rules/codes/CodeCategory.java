package uk.registerly.rules.codes;

/** The statutory grouping of the 2024 codes; names match the {@code codes} JSON. */
public enum CodeCategory {
    PRESENT,
    APPROVED_EDUCATIONAL_ACTIVITY,
    DUAL_REGISTRATION,
    LEAVE_OF_ABSENCE,
    OTHER_AUTHORISED,
    UNABLE_TO_ATTEND,
    UNAUTHORISED,
    ADMINISTRATIVE
}
