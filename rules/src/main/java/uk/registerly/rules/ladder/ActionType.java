package uk.registerly.rules.ladder;

/**
 * What the school does at a stage of its ladder (a closed set, with {@link #CUSTOM} for anything else), and the
 * two things only a case records: {@link #REVIEW} and {@link #CLOSE_CASE}.
 */
public enum ActionType {
    /** A letter to the parents from one of the school's templates (the stage names the template). */
    LETTER("Letter"),
    CALL("Phone call"),
    MEETING("Meeting"),
    HOME_VISIT("Home visit"),
    /** An attendance or parenting contract (voluntary, agreed with the parents). */
    CONTRACT("Contract"),
    /** A referral to the local authority's attendance service, Early Help or another agency. */
    REFERRAL("Referral"),
    /** The framework's final chance before a penalty notice: an improvement period of 3 to 6 weeks. */
    NOTICE_TO_IMPROVE("Notice to improve"),
    /** A request to the local authority to issue a penalty notice; the headteacher decides, the LA issues. */
    PENALTY_NOTICE_REQUEST("Penalty notice request to the local authority"),
    /** Anything else, with its own name. */
    CUSTOM("Action"),
    /** A case only: the stage was reviewed and the school stays at it (until the next review). */
    REVIEW("Review"),
    /** A case only: the school closes the case; nothing is due while it is closed. */
    CLOSE_CASE("Case closed");

    private final String label;

    ActionType(String label) {
        this.label = label;
    }

    /** A short English label for office screens, e.g. "Home visit". */
    public String label() {
        return label;
    }

    /** Whether a ladder's stage may list it (every type but REVIEW and CLOSE_CASE). */
    public boolean isStageAction() {
        return this != REVIEW && this != CLOSE_CASE;
    }
}
