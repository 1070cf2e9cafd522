package uk.registerly.rules.casework;

import java.time.LocalDate;

/** A notice to improve or a penalty notice issued to one parent for one child, from the case's history. */
public final class IssuedNotice {
    /** Which notice. */
    public enum Kind {
        NOTICE_TO_IMPROVE, PENALTY_NOTICE
    }

    private final String actionId;
    private final Kind kind;
    private final LocalDate issuedOn;
    private final boolean underFramework;

    IssuedNotice(String actionId, Kind kind, LocalDate issuedOn) {
        this.actionId = actionId;
        this.kind = kind;
        this.issuedOn = issuedOn;
        this.underFramework = !issuedOn.isBefore(PenaltyNotices.FRAMEWORK_START);
    }

    /** The case action that recorded it. */
    public String actionId() {
        return actionId;
    }

    public Kind kind() {
        return kind;
    }

    public LocalDate issuedOn() {
        return issuedOn;
    }

    /** Whether it was issued on or after 19 August 2024, so the national framework's limits count it. */
    public boolean isUnderFramework() {
        return underFramework;
    }

    @Override
    public String toString() {
        return kind + " " + issuedOn;
    }
}
