package uk.registerly.rules.marks;

/** Where a recorded fact about a session came from. */
public enum FactType {
    /** The teacher's register (any code). */
    REGISTER_MARK,
    /** The late gate: an arrival time; the session follows from the pupil's registers. */
    ARRIVAL,
    /** The office: a reason for an absence, e.g. after a parent's report. */
    REASON,
    /** A correction, with the reason and who made it. */
    AMENDMENT,
    /**
     * The late gate takes an arrival back (the wrong card was scanned): the arrival it names
     * no longer counts. It has no session of its own; it goes with the arrival it withdraws.
     */
    ARRIVAL_WITHDRAWN
}
