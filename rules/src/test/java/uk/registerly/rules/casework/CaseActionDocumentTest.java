package uk.registerly.rules.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.gson.Gson;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.document.FieldProblem;
import uk.registerly.rules.document.InvalidDocumentException;
import uk.registerly.rules.ladder.ActionType;
import uk.registerly.rules.ladder.StageAction;

/** A CASE_ACTION event's payload: it round-trips (also as JSON text), and each problem names its field. */
class CaseActionDocumentTest {
    private static final CaseAction LETTER = CaseAction.builder("5f0c9d4e-0000-4000-8000-000000000001", "p1")
            .stage("STAGE_3").action(StageAction.letter("millbrook-stage-3", "Formal letter with the attendance policy"))
            .by(StaffMember.of("R Anand", "Attendance Officer")).at(LocalDateTime.parse("2026-11-24T10:30"))
            .outcome(OutcomeKind.DONE).notes("Sent by post and email").nextReview(LocalDate.parse("2026-12-08"))
            .parent("parent-17").ladderVersion(3).build();

    @Test
    void itRoundTrips() {
        Map<String, Object> payload = CaseActionDocument.toMap(LETTER);
        assertEquals("{stage=STAGE_3, action={type=LETTER, template=millbrook-stage-3, description=Formal letter with "
                + "the attendance policy}, by={name=R Anand, position=Attendance Officer}, at=2026-11-24T10:30, "
                + "outcome=DONE, notes=Sent by post and email, nextReview=2026-12-08, parent=parent-17, "
                + "ladderVersion=3}", payload.toString());
        assertEquals(LETTER, CaseActionDocument.fromMap(LETTER.id(), "p1", payload));
    }

    @Test
    @SuppressWarnings("unchecked")
    void itRoundTripsThroughJsonText() {
        CaseAction custom = CaseAction.builder("e2", "p1").stage("PENALTY_NOTICE")
                .action(StageAction.custom("Call to the LA officer", null)).by(StaffMember.parse("P Shah, Headteacher"))
                .at(LocalDateTime.parse("2026-12-01T16:05:30")).outcome(Outcome.custom("Officer will call back"))
                .build();
        Gson gson = new Gson();
        Map<String, Object> read = gson.fromJson(gson.toJson(CaseActionDocument.toMap(custom)), Map.class);
        assertEquals(custom, CaseActionDocument.fromMap("e2", "p1", read));
    }

    private static List<String> problems(Consumer<Map<String, Object>> edit) {
        Map<String, Object> payload = CaseActionDocument.toMap(LETTER);
        edit.accept(payload);
        try {
            CaseActionDocument.fromMap(LETTER.id(), "p1", payload);
            return new ArrayList<>();
        } catch (InvalidDocumentException e) {
            List<String> out = new ArrayList<>();
            for (FieldProblem p : e.problems()) {
                out.add(p.toString());
            }
            return out;
        }
    }

    @Test
    void eachProblemNamesItsField() {
        assertEquals(Arrays.asList("by.position: is required"), problems(p -> p.put("by", map("name", "R Anand"))));
        assertEquals(Arrays.asList("at: must be a school-local date and time like 2026-09-14T10:30:00 (is \"24/11/2026\")"),
                problems(p -> p.put("at", "24/11/2026")));
        assertEquals(Arrays.asList("outcome: unknown value \"SENT\"; expected one of DONE, ARRANGED, NO_RESPONSE, "
                + "DECLINED, AGREED, ISSUED, NOT_PURSUED, WITHDRAWN, CUSTOM"), problems(p -> p.put("outcome", "SENT")));
        assertEquals(Arrays.asList("outcomeText: is required for a CUSTOM outcome"),
                problems(p -> p.put("outcome", "CUSTOM")));
        assertEquals(Arrays.asList("nextReview: 2026-11-01 is before the action (2026-11-24)"),
                problems(p -> p.put("nextReview", "2026-11-01")));
        assertEquals(Arrays.asList("refersTo: only a WITHDRAWN outcome refers to an earlier action"),
                problems(p -> p.put("refersTo", "e1")));
        assertEquals(Arrays.asList("stage: is required (the id of the ladder's stage)"), problems(p -> p.remove("stage")));
        assertEquals(Arrays.asList("action.template: is required for a LETTER (the template's id)"),
                problems(p -> p.put("action", map("type", "LETTER"))));
        assertEquals(Arrays.asList("reason: unknown field (expected one of stage, action, by, at, outcome, outcomeText, "
                + "notes, nextReview, parent, refersTo, ladderVersion, letter)"), problems(p -> p.put("reason", "x")));
        assertEquals(Arrays.asList("letter.sha256: must be 64 lower-case hexadecimal digits (the PDF's SHA-256)"),
                problems(p -> p.put("letter", map("id", "l1", "sha256", "ABC", "language", "pl"))));
        assertEquals(Arrays.asList("letter.language: is required"),
                problems(p -> p.put("letter", map("id", "l1", "sha256", SHA))));
    }

    private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void aLetterActionRecordsTheLetterItSent() {
        CaseAction sent = CaseAction.builder("e3", "p1").stage("STAGE_3")
                .action(StageAction.letter("millbrook-stage-3", null)).by(StaffMember.of("R Anand", "Attendance Officer"))
                .at(LocalDateTime.parse("2026-11-24T10:30")).outcome(OutcomeKind.DONE)
                .letter(LetterRecord.of("l-7", SHA, "ur")).build();
        Map<String, Object> payload = CaseActionDocument.toMap(sent);
        assertEquals("{id=l-7, sha256=" + SHA + ", language=ur}", payload.get("letter").toString());
        assertEquals(sent, CaseActionDocument.fromMap("e3", "p1", payload));
        Map<String, Object> call = CaseActionDocument.toMap(sent);
        call.put("action", map("type", "CALL"));
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> CaseActionDocument.fromMap("e3", "p1", call));
        assertEquals("letter: only a LETTER action records the letter it sent", e.problems().get(0).toString());
    }

    @Test
    void aClosingActionNeedsNoStage() {
        Map<String, Object> payload = CaseActionDocument.toMap(LETTER);
        payload.remove("stage");
        payload.put("action", map("type", "CLOSE_CASE", "description", "Attendance back above 96%"));
        CaseAction close = CaseActionDocument.fromMap("e9", "p1", payload);
        assertEquals(ActionType.CLOSE_CASE, close.type());
        assertEquals(null, close.stage());
    }

    @Test
    void notAnObjectIsOneProblem() {
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class,
                () -> CaseActionDocument.fromMap("e1", "p1", null));
        assertEquals("the document is missing", e.getMessage());
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }
}
