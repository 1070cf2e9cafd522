package uk.registerly.app.data.casework;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.rules.casework.CaseAction;
import uk.registerly.rules.casework.Outcome;
import uk.registerly.rules.casework.OutcomeKind;
import uk.registerly.rules.casework.StaffMember;
import uk.registerly.rules.document.FieldProblem;
import uk.registerly.rules.document.InvalidDocumentException;
import uk.registerly.rules.ladder.ActionType;
import uk.registerly.rules.ladder.AttendanceLadder;
import uk.registerly.rules.ladder.LadderStage;

/**
 * The office's case action form checked as the server will check it (sync-protocol §4, CASE_ACTION): a stage of the
 * school's ladder, one of that stage's actions (or a review; closing the case names no stage), an outcome, a review
 * date not before today, and a signer; the rules module's CaseAction checks the rest. Every problem is said at once,
 * in words for the person at the form, and nothing is written.
 */
final class CaseActionForm {
    private CaseActionForm() {
    }

    static CaseAction check(CaseActionDraft draft, AttendanceLadder ladder, StaffMember by, LocalDateTime now) {
        List<String> problems = new ArrayList<>();
        if (by == null) {
            problems.add("Sign in with your PIN first: a case action is signed with your name and position.");
        }
        boolean closing = draft.action != null && draft.action.type() == ActionType.CLOSE_CASE;
        LadderStage stage = draft.stageId == null ? null : ladder.stage(draft.stageId);
        if (draft.stageId != null && stage == null) {
            problems.add("That stage is not on the school's ladder: sync, then choose again.");
        } else if (stage == null && !closing) {
            problems.add("Choose the stage of the ladder.");
        }
        if (draft.action == null) {
            problems.add("Choose what was done.");
        } else if (stage != null && !closing && draft.action.type() != ActionType.REVIEW
                && !stage.actions().contains(draft.action)) {
            problems.add("That action is not one of the stage's: choose one of its actions, or a review.");
        }
        if (draft.outcome == null) {
            problems.add("Choose the outcome.");
        } else if (draft.outcome == OutcomeKind.CUSTOM && blank(draft.outcomeText)) {
            problems.add("Say in a few words what the outcome was.");
        }
        if (draft.nextReview != null && draft.nextReview.isBefore(now.toLocalDate())) {
            problems.add("The next review date cannot be before today.");
        }
        if (!problems.isEmpty()) {
            throw new NotRecordableException(String.join("\n", problems));
        }
        try {
            Outcome outcome = draft.outcome == OutcomeKind.CUSTOM ? Outcome.custom(draft.outcomeText.trim())
                    : Outcome.of(draft.outcome);
            // Checked under a placeholder id: the event's id is the journal's, generated when it is written.
            return CaseAction.builder(UUID.randomUUID().toString(), draft.pupilId)
                    .stage(closing ? null : stage.id()).action(draft.action).by(by).at(now).outcome(outcome)
                    .notes(draft.notes).nextReview(draft.nextReview).build();
        } catch (InvalidDocumentException e) {
            throw new NotRecordableException(describe(e.problems()));
        }
    }

    private static String describe(List<FieldProblem> problems) {
        List<String> lines = new ArrayList<>();
        for (FieldProblem problem : problems) {
            switch (problem.field()) {
                case "notes":
                    lines.add("The notes are too long (at most " + CaseAction.MAX_NOTES + " characters).");
                    break;
                case "outcomeText":
                    lines.add("The outcome's words are too long (at most " + Outcome.MAX_TEXT + " characters).");
                    break;
                case "parent":
                    lines.add("An issued notice names the parent it went to, which this form does not ask for:"
                            + " record it as done or arranged, with the parent in the notes.");
                    break;
                default:
                    lines.add("Check " + problem.field() + ": " + problem.message() + ".");
            }
        }
        return String.join("\n", lines);
    }

    private static boolean blank(String text) {
        return text == null || text.trim().isEmpty();
    }
}
