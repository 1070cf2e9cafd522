package uk.registerly.app.data.casework;

import androidx.annotation.Nullable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import uk.registerly.rules.casework.CaseAction;
import uk.registerly.rules.casework.CaseAssessment;
import uk.registerly.rules.casework.NextDueAction;
import uk.registerly.rules.ladder.LadderStage;

/**
 * A pupil's case as the rules module's CaseworkRules judge it from the device's journal (issue 16): the ladder's
 * stages with which is current, the history newest first, and the next due action. Nothing here decides anything.
 */
public final class PupilCase {
    public final CaseAssessment assessment;
    /** The school's ladder as the device holds it, in order (escalation stages, then those beside the ladder). */
    public final List<LadderStage> stages;

    public PupilCase(CaseAssessment assessment, List<LadderStage> stages) {
        this.assessment = assessment;
        this.stages = Collections.unmodifiableList(new ArrayList<>(stages));
    }

    /** The stage the case is at; null before the first action, or once closed. */
    @Nullable
    public LadderStage currentStage() {
        return assessment.currentStage();
    }

    /** What is due next (now, or the next review to come); null when nothing is. */
    @Nullable
    public NextDueAction nextDue() {
        NextDueAction due = assessment.nextDue();
        return due != null ? due : assessment.upcoming();
    }

    /** Every action recorded, newest first (withdrawn ones included: the case is append-only). */
    public List<CaseAction> historyNewestFirst() {
        List<CaseAction> history = new ArrayList<>(assessment.history());
        history.sort(CaseAction.RECORDED_ORDER.reversed());
        return history;
    }
}
