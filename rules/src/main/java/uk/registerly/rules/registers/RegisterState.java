package uk.registerly.rules.registers;

/** How far a class's register for one session has been taken. */
public enum RegisterState {
    /** No register mark yet (a reason the office recorded in advance does not start it). */
    NOT_STARTED,
    /** Some pupils have an entry, not all. */
    PARTIAL,
    /** Every pupil on roll has an entry. */
    TAKEN
}
