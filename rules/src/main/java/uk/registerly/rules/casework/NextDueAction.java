package uk.registerly.rules.casework;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.ladder.ConditionKind;
import uk.registerly.rules.ladder.LadderStage;
import uk.registerly.rules.ladder.StageAction;

/**
 * What a pupil's case needs next: a stage's actions (or a review of the stage the case is at), the date it
 * became due, how urgent it is, and why, in English with the numbers ("attendance 91.3% this school year (137 of
 * 150 sessions), below 92% since 12 Oct 2026"). Nothing is done automatically: a person acts and records a case
 * action. Immutable.
 */
public final class NextDueAction {
    /**
     * The office's "due now" order: safeguarding first, then stages, then reviews; within each, the longest due
     * first, then the higher stage, then the lower attendance, then by pupil id (so every device lists the same).
     */
    public static final Comparator<NextDueAction> URGENT_FIRST = Comparator
            .comparing(NextDueAction::urgency)
            .thenComparing(NextDueAction::dueOn)
            .thenComparing(Comparator.comparingInt(NextDueAction::level).reversed())
            .thenComparing(NextDueAction::attendanceRate, Comparator.nullsLast(Comparator.<Fraction>naturalOrder()))
            .thenComparing(NextDueAction::pupil)
            .thenComparing(a -> a.stage().id());

    private final String pupil;
    private final LadderStage stage;
    private final int level;
    private final DueKind kind;
    private final List<StageAction> actions;
    private final LocalDate dueOn;
    private final boolean dueNow;
    private final Urgency urgency;
    private final String reason;
    private final ConditionKind trigger;
    private final Fraction attendanceRate;

    NextDueAction(String pupil, LadderStage stage, int level, DueKind kind, List<StageAction> actions, LocalDate dueOn,
            LocalDate asOf, Urgency urgency, String reason, ConditionKind trigger, Fraction attendanceRate) {
        this.pupil = pupil;
        this.stage = stage;
        this.level = level;
        this.kind = kind;
        this.actions = Collections.unmodifiableList(actions);
        this.dueOn = dueOn;
        this.dueNow = !dueOn.isAfter(asOf);
        this.urgency = urgency;
        this.reason = reason;
        this.trigger = trigger;
        this.attendanceRate = attendanceRate;
    }

    public String pupil() {
        return pupil;
    }

    public LadderStage stage() {
        return stage;
    }

    /** The stage's place on the ladder: 1, 2, ... for ESCALATION stages, 0 for ALONGSIDE ones. */
    public int level() {
        return level;
    }

    public DueKind kind() {
        return kind;
    }

    /** What to do: the stage's actions, or a single REVIEW. */
    public List<StageAction> actions() {
        return actions;
    }

    /** The day it became (or becomes) due. */
    public LocalDate dueOn() {
        return dueOn;
    }

    /** Whether it is due on or before the evaluation date (else it is the next scheduled review). */
    public boolean isDueNow() {
        return dueNow;
    }

    public Urgency urgency() {
        return urgency;
    }

    /** Why, in English, with the figures, counts and dates. */
    public String reason() {
        return reason;
    }

    /** The kind of condition that was met (ATTENDANCE_BELOW, UNEXPLAINED_ABSENCE, ...); null for a review. */
    public ConditionKind trigger() {
        return trigger;
    }

    /** The pupil's attendance over the school year to date; null when nothing was possible yet. */
    public Fraction attendanceRate() {
        return attendanceRate;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof NextDueAction)) {
            return false;
        }
        NextDueAction a = (NextDueAction) o;
        return pupil.equals(a.pupil) && stage.equals(a.stage) && kind == a.kind && dueOn.equals(a.dueOn)
                && dueNow == a.dueNow && urgency == a.urgency && reason.equals(a.reason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(pupil, stage.id(), kind, dueOn, urgency, reason);
    }

    @Override
    public String toString() {
        return pupil + " " + kind + " " + stage.id() + " due " + dueOn + " (" + urgency + "): " + reason;
    }
}
