package uk.registerly.rules.casework;

import static uk.registerly.rules.casework.CaseAction.MAX_ID;
import static uk.registerly.rules.casework.CaseAction.MAX_NOTES;

import java.util.ArrayList;
import java.util.List;
import uk.registerly.rules.document.FieldProblem;
import uk.registerly.rules.ladder.ActionType;

/** What is wrong with a case action about to be built, each problem naming its field (none: it may be built). */
final class CaseActionChecks {

    private CaseActionChecks() {
    }

    static List<FieldProblem> problems(CaseAction.Builder b) {
        List<FieldProblem> problems = new ArrayList<>();
        requireId(b.id, "id", problems);
        requireId(b.pupil, "pupil", problems);
        if (b.action == null) {
            problems.add(new FieldProblem("action", "is required"));
        }
        boolean closing = b.action != null && b.action.type() == ActionType.CLOSE_CASE;
        if (b.stage == null && !closing) {
            problems.add(new FieldProblem("stage", "is required (the id of the ladder's stage)"));
        } else if (b.stage != null && (b.stage.trim().isEmpty() || b.stage.length() > MAX_ID)) {
            problems.add(new FieldProblem("stage", "must be a stage id"));
        }
        if (b.by == null) {
            problems.add(new FieldProblem("by", "is required (the staff member's name and position)"));
        }
        if (b.at == null) {
            problems.add(new FieldProblem("at", "is required"));
        }
        if (b.outcome == null) {
            problems.add(new FieldProblem("outcome", "is required"));
        }
        if (b.notes != null && b.notes.length() > MAX_NOTES) {
            problems.add(new FieldProblem("notes", "must be at most " + MAX_NOTES + " characters"));
        }
        if (b.nextReview != null && b.at != null && b.nextReview.isBefore(b.at.toLocalDate())) {
            problems.add(new FieldProblem("nextReview", b.nextReview + " is before the action (" + b.at.toLocalDate()
                    + ")"));
        }
        if (b.parent != null) {
            requireId(b.parent, "parent", problems);
        }
        if (b.action != null && b.outcome != null && b.outcome.kind() == OutcomeKind.ISSUED && b.parent == null
                && (b.action.type() == ActionType.NOTICE_TO_IMPROVE
                        || b.action.type() == ActionType.PENALTY_NOTICE_REQUEST)) {
            problems.add(new FieldProblem("parent", "is required: a notice is issued to a parent (their roster id), "
                    + "and the 3-year limit counts per parent and child"));
        }
        if (b.refersTo != null) {
            requireId(b.refersTo, "refersTo", problems);
            if (b.outcome != null && b.outcome.kind() != OutcomeKind.WITHDRAWN) {
                problems.add(new FieldProblem("refersTo", "only a WITHDRAWN outcome refers to an earlier action"));
            }
            if (b.refersTo.equals(b.id)) {
                problems.add(new FieldProblem("refersTo", "an action cannot withdraw itself"));
            }
        }
        if (b.ladderVersion != null && b.ladderVersion < 1) {
            problems.add(new FieldProblem("ladderVersion", "must be at least 1"));
        }
        if (b.letter != null && (b.action == null || b.action.type() != ActionType.LETTER)) {
            problems.add(new FieldProblem("letter", "only a LETTER action records the letter it sent"));
        }
        return problems;
    }

    private static void requireId(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.trim().isEmpty()) {
            problems.add(new FieldProblem(field, "is required"));
        } else if (value.length() > MAX_ID) {
            problems.add(new FieldProblem(field, "must be at most " + MAX_ID + " characters"));
        }
    }
}
