package uk.registerly.rules.casework;

import java.time.LocalDate;
import uk.registerly.rules.ladder.ConditionKind;

/** Whether a stage's entry condition is met for a pupil, since when, and why, in English with the numbers. */
final class ConditionCheck {
    final boolean met;
    /** The first day of the run, up to the evaluation date, on which it has been met; null when not met. */
    final LocalDate metSince;
    final String reason;
    /** The kind of the (first) simple condition that is met; null when not met. */
    final ConditionKind trigger;
    /** Met through a run of unexplained absence: a child's safety comes before everything else on the list. */
    final boolean safeguarding;

    private ConditionCheck(boolean met, LocalDate metSince, String reason, ConditionKind trigger, boolean safeguarding) {
        this.met = met;
        this.metSince = metSince;
        this.reason = reason;
        this.trigger = trigger;
        this.safeguarding = safeguarding;
    }

    static ConditionCheck met(ConditionKind kind, LocalDate since, String reason) {
        return new ConditionCheck(true, since, reason, kind, kind == ConditionKind.UNEXPLAINED_ABSENCE);
    }

    static ConditionCheck met(LocalDate since, String reason, ConditionKind trigger, boolean safeguarding) {
        return new ConditionCheck(true, since, reason, trigger, safeguarding);
    }

    static ConditionCheck notMet(String reason) {
        return new ConditionCheck(false, null, reason, null, false);
    }
}
