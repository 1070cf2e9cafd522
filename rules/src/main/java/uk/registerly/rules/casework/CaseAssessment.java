package uk.registerly.rules.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.ladder.LadderStage;

/**
 * A pupil's case as of a date: the history, the stage it is at, each stage of the ladder as it stands, what is
 * due now (most urgent first) or next, the warning period of the current stage, and the penalty-notice framework
 * per parent. Immutable.
 */
public final class CaseAssessment {
    private final String pupil;
    private final LocalDate asOf;
    private final int ladderVersion;
    private final List<CaseAction> history;
    private final LadderStage currentStage;
    private final int currentLevel;
    private final LocalDate stageEnteredOn;
    private final boolean closed;
    private final LocalDate closedOn;
    private final LocalDate reopensOn;
    private final List<StageStatus> stages;
    private final List<NextDueAction> due;
    private final NextDueAction upcoming;
    private final WarningWindow warningWindow;
    private final List<CaseAction> unplaced;
    private final Fraction attendanceRate;

    CaseAssessment(Builder b) {
        this.pupil = b.pupil;
        this.asOf = b.asOf;
        this.ladderVersion = b.ladderVersion;
        this.history = Collections.unmodifiableList(new ArrayList<>(b.history));
        this.currentStage = b.currentStage;
        this.currentLevel = b.currentLevel;
        this.stageEnteredOn = b.stageEnteredOn;
        this.closed = b.closed;
        this.closedOn = b.closedOn;
        this.reopensOn = b.reopensOn;
        this.stages = Collections.unmodifiableList(new ArrayList<>(b.stages));
        this.due = Collections.unmodifiableList(new ArrayList<>(b.due));
        this.upcoming = b.upcoming;
        this.warningWindow = b.warningWindow;
        this.unplaced = Collections.unmodifiableList(new ArrayList<>(b.unplaced));
        this.attendanceRate = b.attendanceRate;
    }

    public String pupil() {
        return pupil;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** The version of the ladder it was judged against. */
    public int ladderVersion() {
        return ladderVersion;
    }

    /** Every case action up to the evaluation date, withdrawn ones and earlier (closed) cases included, oldest first. */
    public List<CaseAction> history() {
        return history;
    }

    /** The ESCALATION stage of the latest action in the open case; null when the case has none (or is closed). */
    public LadderStage currentStage() {
        return currentStage;
    }

    /** 1, 2, ... for the current stage; 0 when there is none. */
    public int currentLevel() {
        return currentLevel;
    }

    /** The first action of the case's current stay at its current stage; null when there is none. */
    public LocalDate stageEnteredOn() {
        return stageEnteredOn;
    }

    /** Whether the school closed the case (CLOSE_CASE) and it has not reopened: nothing on the ladder is due. */
    public boolean isClosed() {
        return closed;
    }

    /** The date of the closing action; null when the case is not closed. */
    public LocalDate closedOn() {
        return closedOn;
    }

    /** The review date the closing action set, on which the ladder applies afresh; null when none. */
    public LocalDate reopensOn() {
        return reopensOn;
    }

    /** Every stage of the ladder, in the ladder's order, as it stands for the pupil. */
    public List<StageStatus> stages() {
        return stages;
    }

    /** Everything due on or before the evaluation date, most urgent first ({@link NextDueAction#URGENT_FIRST}). */
    public List<NextDueAction> due() {
        return due;
    }

    /** The next scheduled review not yet due; null when none is scheduled. */
    public NextDueAction upcoming() {
        return upcoming;
    }

    /** The most urgent thing due now, else the next scheduled review, else null: the pupil's line on a worklist. */
    public NextDueAction nextDue() {
        return due.isEmpty() ? upcoming : due.get(0);
    }

    public boolean isDueNow() {
        return !due.isEmpty();
    }

    /** The warning period set out by the current stage (Lady Boswell's 15 school days); null when it sets none. */
    public WarningWindow warningWindow() {
        return warningWindow;
    }

    /** Actions naming a stage id this ladder does not have (an edited ladder): kept, but they move nothing. */
    public List<CaseAction> unplacedActions() {
        return unplaced;
    }

    /** Attendance over the school year to date; null when nothing was possible yet. */
    public Fraction attendanceRate() {
        return attendanceRate;
    }

    /** What the penalty-notice framework still allows for {@code parent} (a roster id) and this pupil. */
    public PenaltyNoticeOptions penaltyNoticeOptions(String parent) {
        return PenaltyNotices.options(pupil, parent, history, asOf);
    }

    /** The parents named by a notice to improve or a penalty notice request on this case, first named first. */
    public List<String> parentsWithNotices() {
        return PenaltyNotices.parents(history);
    }

    @Override
    public String toString() {
        return pupil + " at " + (currentStage == null ? "no stage" : currentStage.id()) + (closed ? " (closed)" : "")
                + ", next: " + nextDue();
    }

    static final class Builder {
        String pupil;
        LocalDate asOf;
        int ladderVersion;
        List<CaseAction> history = new ArrayList<>();
        LadderStage currentStage;
        int currentLevel;
        LocalDate stageEnteredOn;
        boolean closed;
        LocalDate closedOn;
        LocalDate reopensOn;
        List<StageStatus> stages = new ArrayList<>();
        List<NextDueAction> due = new ArrayList<>();
        NextDueAction upcoming;
        WarningWindow warningWindow;
        List<CaseAction> unplaced = new ArrayList<>();
        Fraction attendanceRate;

        CaseAssessment build() {
            return new CaseAssessment(this);
        }
    }
}
