package uk.registerly.server.auth;

/** Who is calling: a school device of one of three kinds, or a parent's phone. */
public enum Role {
    /** A classroom tablet, enrolled for a teacher: marks registers for the classes they teach. */
    TEACHER,
    /** The late-gate device of a school: records arrivals. */
    GATE,
    /** Office staff: reasons, amendments, absence reports, leave, first-day calling, roster. */
    OFFICE,
    /** A parent's account: reports absences and requests leave for their own children. */
    PARENT,
    /** A school leader's staff account (head, attendance lead, governor): the dashboard and figures of one school. */
    LEADER,
    /** A trust-level staff account (trust director): every school of its trust, no other trust's. */
    TRUST
}
