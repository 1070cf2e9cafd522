package uk.registerly.rules.casework;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import uk.registerly.rules.ladder.LadderStage;

/** One stage of the ladder as it stands for a pupil: for the pupil's ladder view. Immutable. */
public final class StageStatus {
    private final LadderStage stage;
    private final int level;
    private final boolean conditionMet;
    private final LocalDate metSince;
    private final String explanation;
    private final boolean current;
    private final LocalDate enteredOn;
    private final List<CaseAction> actions;

    StageStatus(LadderStage stage, int level, ConditionCheck check, boolean current, LocalDate enteredOn,
            List<CaseAction> actions) {
        this.stage = stage;
        this.level = level;
        this.conditionMet = check.met;
        this.metSince = check.metSince;
        this.explanation = check.reason;
        this.current = current;
        this.enteredOn = enteredOn;
        this.actions = Collections.unmodifiableList(actions);
    }

    public LadderStage stage() {
        return stage;
    }

    /** 1, 2, ... for ESCALATION stages; 0 for ALONGSIDE ones. */
    public int level() {
        return level;
    }

    /** Whether the stage's entry condition is met as of the evaluation date. */
    public boolean isConditionMet() {
        return conditionMet;
    }

    /** Since when it has been met; null when it is not. */
    public LocalDate metSince() {
        return metSince;
    }

    /** The condition judged, in English with the numbers (met or not). */
    public String explanation() {
        return explanation;
    }

    /** Whether this is the case's current stage. */
    public boolean isCurrent() {
        return current;
    }

    /** The first action at this stage in the open case; null when none. */
    public LocalDate enteredOn() {
        return enteredOn;
    }

    /** Actions recorded at this stage in the open case (for an ALONGSIDE stage: ever), oldest first. */
    public List<CaseAction> actions() {
        return actions;
    }

    @Override
    public String toString() {
        return stage.id() + (current ? " (current)" : "") + ": " + explanation;
    }
}
