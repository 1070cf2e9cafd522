package uk.registerly.rules.casework;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.registerly.rules.document.DocumentReader;
import uk.registerly.rules.document.InvalidDocumentException;
import uk.registerly.rules.ladder.LadderDocument;
import uk.registerly.rules.ladder.StageAction;

/**
 * A case action's payload as plain maps and strings: what a CASE_ACTION event carries beside its envelope (the
 * event's id and the pupil), so the server and the app read it with the same checks.
 *
 * <pre>
 * {"stage": "STAGE_3",
 *  "action": {"type": "LETTER", "template": "millbrook-stage-3", "description": "..."},
 *  "by": {"name": "R Anand", "position": "Attendance Officer"},
 *  "at": "2026-11-24T10:30:00",                        (school-local)
 *  "outcome": "DONE",                                  (or "CUSTOM" with "outcomeText")
 *  "notes": "...", "nextReview": "2026-12-08",         (optional)
 *  "parent": "parent-17", "refersTo": "evt-...",       (optional)
 *  "ladderVersion": 3,                                 (optional)
 *  "letter": {"id": "...", "sha256": "...", "language": "ur"}}   (optional; a LETTER action's letter sent)
 * </pre>
 */
public final class CaseActionDocument {
    private CaseActionDocument() {
    }

    /** The payload, without the id and pupil (the event's envelope holds them). */
    public static Map<String, Object> toMap(CaseAction action) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (action.stage() != null) {
            map.put("stage", action.stage());
        }
        map.put("action", LadderDocument.actionToMap(action.action()));
        Map<String, Object> by = new LinkedHashMap<>();
        by.put("name", action.by().name());
        by.put("position", action.by().position());
        map.put("by", by);
        map.put("at", action.at().toString());
        map.put("outcome", action.outcome().kind().name());
        put(map, "outcomeText", action.outcome().text());
        put(map, "notes", action.notes());
        put(map, "nextReview", action.nextReview() == null ? null : action.nextReview().toString());
        put(map, "parent", action.parent());
        put(map, "refersTo", action.refersTo());
        put(map, "ladderVersion", action.ladderVersion());
        if (action.letter() != null) {
            Map<String, Object> letter = new LinkedHashMap<>();
            letter.put("id", action.letter().id());
            letter.put("sha256", action.letter().sha256());
            letter.put("language", action.letter().language());
            map.put("letter", letter);
        }
        return map;
    }

    /**
     * @param id the event's id; {@code pupil} the event's pupil
     * @throws InvalidDocumentException with every problem, each naming its field ({@code by.position: is required})
     */
    public static CaseAction fromMap(String id, String pupil, Map<String, ?> payload) {
        DocumentReader r = DocumentReader.root(payload);
        InvalidDocumentException.throwIfAny(r.problems());
        r.allowOnly("stage", "action", "by", "at", "outcome", "outcomeText", "notes", "nextReview", "parent",
                "refersTo", "ladderVersion", "letter");
        String stage = r.string("stage", false, CaseAction.MAX_ID);
        DocumentReader actionReader = r.object("action", true);
        StageAction action = actionReader == null ? null : LadderDocument.readAction(actionReader);
        StaffMember by = null;
        DocumentReader byReader = r.object("by", true);
        if (byReader != null) {
            byReader.allowOnly("name", "position");
            String name = byReader.string("name", true, StaffMember.MAX_LENGTH);
            String position = byReader.string("position", true, StaffMember.MAX_LENGTH);
            if (name != null && position != null) {
                by = StaffMember.of(name, position);
            }
        }
        LocalDateTime at = r.dateTime("at", true);
        OutcomeKind kind = r.enumValue("outcome", OutcomeKind.class, true);
        String text = r.string("outcomeText", false, Outcome.MAX_TEXT);
        Outcome outcome = null;
        if (kind == OutcomeKind.CUSTOM) {
            if (text == null && !r.has("outcomeText")) {
                r.problem("outcomeText", "is required for a CUSTOM outcome");
            } else if (text != null) {
                outcome = Outcome.custom(text);
            }
        } else if (kind != null) {
            if (r.has("outcomeText")) {
                r.problem("outcomeText", "only a CUSTOM outcome has words of its own");
            }
            outcome = Outcome.of(kind);
        }
        String notes = r.string("notes", false, CaseAction.MAX_NOTES);
        LocalDate nextReview = r.date("nextReview", false);
        String parent = r.string("parent", false, CaseAction.MAX_ID);
        String refersTo = r.string("refersTo", false, CaseAction.MAX_ID);
        Integer ladderVersion = r.integer("ladderVersion", false, 1, Integer.MAX_VALUE);
        LetterRecord letter = null;
        DocumentReader letterReader = r.object("letter", false);
        if (letterReader != null) {
            letterReader.allowOnly("id", "sha256", "language");
            String letterId = letterReader.string("id", true, CaseAction.MAX_ID);
            String sha256 = letterReader.string("sha256", true, 64);
            String language = letterReader.string("language", true, 20);
            if (letterId != null && sha256 != null && language != null) {
                String problem = LetterRecord.problem(letterId, sha256, language);
                if (problem == null) {
                    letter = LetterRecord.of(letterId, sha256, language);
                } else {
                    letterReader.problem(problem.substring(0, problem.indexOf(':')),
                            problem.substring(problem.indexOf(':') + 2));
                }
            }
        }
        InvalidDocumentException.throwIfAny(r.problems());
        return CaseAction.builder(id, pupil).stage(stage).action(action).by(by).at(at).outcome(outcome).notes(notes)
                .nextReview(nextReview).parent(parent).refersTo(refersTo).ladderVersion(ladderVersion).letter(letter).build();
    }

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
