package uk.registerly.rules.codes;

/** Which figure a session with a given code adds to. */
public enum CountsAs {
    ATTENDANCE,
    AUTHORISED_ABSENCE,
    UNAUTHORISED_ABSENCE,
    /** Not a possible session: left out of every rate. */
    NOT_COUNTED
}
