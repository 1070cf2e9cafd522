package uk.registerly.app.data.casework;

import androidx.annotation.Nullable;

import java.time.LocalDate;

import uk.registerly.rules.casework.OutcomeKind;
import uk.registerly.rules.ladder.StageAction;

/**
 * What the office fills in to record a case action (issue 16): the stage, one of its actions (or a review), the
 * outcome (with its own words for CUSTOM), notes and the next review date. Who and when are the journal's: the
 * staff member signed in, the school's local time now. The rules module checks it before anything is written.
 */
public final class CaseActionDraft {
    public final String pupilId;
    @Nullable
    public final String stageId;
    @Nullable
    public final StageAction action;
    @Nullable
    public final OutcomeKind outcome;
    @Nullable
    public final String outcomeText;
    @Nullable
    public final String notes;
    @Nullable
    public final LocalDate nextReview;

    public CaseActionDraft(String pupilId, @Nullable String stageId, @Nullable StageAction action,
                           @Nullable OutcomeKind outcome, @Nullable String outcomeText, @Nullable String notes,
                           @Nullable LocalDate nextReview) {
        this.pupilId = pupilId;
        this.stageId = stageId;
        this.action = action;
        this.outcome = outcome;
        this.outcomeText = outcomeText;
        this.notes = notes;
        this.nextReview = nextReview;
    }
}
