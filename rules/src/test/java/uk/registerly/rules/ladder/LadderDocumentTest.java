package uk.registerly.rules.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.Gson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.registerly.rules.document.FieldProblem;
import uk.registerly.rules.document.InvalidDocumentException;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.policy.SchoolPresets;

/** A school's ladder as a document: it round-trips, and every problem names its field. */
class LadderDocumentTest {

    private static AttendanceLadder preset(String name) {
        return SchoolPresets.named(name).attendanceLadder();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"millbrook", "basildon-lower", "lady-boswells", "wenlock"})
    void everyPresetRoundTripsThroughItsMap(String school) {
        AttendanceLadder ladder = preset(school);
        Map<String, Object> map = LadderDocument.toMap(ladder);
        assertEquals(ladder, LadderDocument.fromMap(map));
        assertEquals(map, LadderDocument.toMap(LadderDocument.fromMap(map)));
        assertTrue(LadderDocument.problems(map).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"millbrook", "basildon-lower", "lady-boswells", "wenlock"})
    @SuppressWarnings("unchecked")
    void everyPresetRoundTripsThroughJsonText(String school) {
        // What the server stores: JSON text; Gson reads every number back as a double.
        Gson gson = new Gson();
        String json = gson.toJson(LadderDocument.toMap(preset(school)));
        Map<String, Object> read = gson.fromJson(json, Map.class);
        assertEquals(preset(school), LadderDocument.fromMap(read));
        assertEquals(json, gson.toJson(LadderDocument.toMap(LadderDocument.fromMap(read))));
    }

    @Test
    void theFormatIsStable() {
        Map<String, Object> wenlock = LadderDocument.toMap(preset("wenlock"));
        assertEquals("{formatVersion=1, version=1, stages=[{id=CONTACT, title=Contact with parents, track=ESCALATION, "
                + "entry={kind=ATTENDANCE_BELOW, threshold=97}, actions=[{type=CALL, description=Contact with the "
                + "parents about the child's attendance}], review={schoolWeeks=4}, source=Wenlock attendance policy "
                + "(issue 16; domain reference, attendance-rules.md section 8): \"contact below 97%\", "
                + "assumed=[review]}", wenlock.toString().substring(0, wenlock.toString().indexOf(", {id=LETTER")));
    }

    @Test
    void aSchoolsEditIsANewVersionThatReadsBack() {
        Map<String, Object> doc = LadderDocument.toMap(preset("wenlock"));
        doc.put("version", 2);
        stage(doc, 0).put("entry", map("kind", "ATTENDANCE_BELOW", "threshold", 96.5));
        AttendanceLadder edited = LadderDocument.fromMap(doc);
        assertEquals(2, edited.version());
        assertEquals(new BigDecimal("96.5"), edited.stages().get(0).entry().threshold());
        assertNotEquals(preset("wenlock"), edited);
        SchoolPolicy policy = SchoolPresets.wenlock().toBuilder().attendanceLadder(edited).build();
        assertEquals("CONTACT", policy.ladder().bandFor(Fraction.percent("96.49")).action(), "the bands follow the edit");
        assertNull(policy.ladder().bandFor(Fraction.percent("96.5")));
    }

    @Test
    void aLadderWithEveryKindOfConditionRoundTrips() {
        AttendanceLadder ladder = AttendanceLadder.of(7,
                LadderStage.builder("A", "a").entry(EntryCondition.allOf(EntryCondition.attendanceBelow("94.75"),
                        EntryCondition.absenceAtLeast("5"))).action(StageAction.custom("Chat", null)).build(),
                LadderStage.builder("B", "b").entry(EntryCondition.anyOf(EntryCondition.decreasedFurther(0),
                        EntryCondition.uMarksInTerm(5))).action(StageAction.of(ActionType.CALL, null))
                        .warningSchoolDays(10).review(ReviewPeriod.schoolDays(10)).build(),
                LadderStage.builder("C", "c").entry(EntryCondition.warningBroken())
                        .action(StageAction.of(ActionType.REFERRAL, "LA")).build(),
                LadderStage.builder("D", "d").alongside().entry(EntryCondition.unexplainedAbsence(2))
                        .action(StageAction.of(ActionType.HOME_VISIT, null)).build(),
                LadderStage.builder("E", "e").alongside().entry(EntryCondition.penaltyWindow(8))
                        .action(StageAction.of(ActionType.NOTICE_TO_IMPROVE, null)).assumed("entry.sessions").build());
        assertEquals(ladder, LadderDocument.fromMap(LadderDocument.toMap(ladder)));
        assertEquals(Arrays.asList(1, 2, 3, 0, 0), Arrays.asList(ladder.level(ladder.stage("A")),
                ladder.level(ladder.stage("B")), ladder.level(ladder.stage("C")), ladder.level(ladder.stage("D")),
                ladder.level(ladder.stage("E"))));
    }

    // ---- validation: each problem names its field

    private static List<String> problems(Consumer<Map<String, Object>> edit) {
        Map<String, Object> doc = LadderDocument.toMap(preset("millbrook"));
        edit.accept(doc);
        List<String> out = new ArrayList<>();
        for (FieldProblem p : LadderDocument.problems(doc)) {
            out.add(p.toString());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> stage(Map<String, Object> doc, int i) {
        return (Map<String, Object>) ((List<Object>) doc.get("stages")).get(i);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> action(Map<String, Object> doc, int stage, int i) {
        return (Map<String, Object>) ((List<Object>) stage(doc, stage).get("actions")).get(i);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    @Test
    void aThresholdOutsideZeroToAHundred() {
        List<String> p = problems(d -> stage(d, 2).put("entry", map("kind", "ATTENDANCE_BELOW", "threshold", 101)));
        assertEquals(Arrays.asList("stages[2].entry.threshold: must be between 0 and 100 (a percentage above 0, at "
                + "most 100; is 101)"), p);
        assertEquals(Arrays.asList("stages[0].entry.threshold: must have at most 2 decimal places (is 91.125)"),
                problems(d -> stage(d, 0).put("entry", map("kind", "ATTENDANCE_BELOW", "threshold", 91.125))));
        assertEquals(Arrays.asList("stages[0].entry.threshold: must be a number"),
                problems(d -> stage(d, 0).put("entry", map("kind", "ATTENDANCE_BELOW", "threshold", "92%"))));
    }

    @Test
    void missingAndUnknownFields() {
        assertEquals(Arrays.asList("stages[1].title: is required"), problems(d -> stage(d, 1).remove("title")));
        assertEquals(Arrays.asList("stages[1].entry.treshold: unknown field (expected one of kind, threshold)",
                "stages[1].entry.threshold: is required"),
                problems(d -> stage(d, 1).put("entry", map("kind", "ATTENDANCE_BELOW", "treshold", 92))));
        assertEquals(Arrays.asList("stages[0].colour: unknown field (expected one of id, title, track, entry, "
                + "actions, review, warningSchoolDays, source, assumed)"), problems(d -> stage(d, 0).put("colour", "red")));
        assertEquals(Arrays.asList("stages[3].entry.kind: unknown value \"no_improvement\" (names are upper case: "
                + "NO_IMPROVEMENT); expected one of ATTENDANCE_BELOW, ABSENCE_AT_LEAST, NO_IMPROVEMENT, "
                + "DECREASED_FURTHER, PENALTY_WINDOW, U_MARKS_IN_TERM, UNEXPLAINED_ABSENCE, WARNING_BROKEN, ANY_OF, "
                + "ALL_OF"), problems(d -> stage(d, 3).put("entry", map("kind", "no_improvement", "schoolWeeks", 4))));
    }

    @Test
    void countsOutOfRange() {
        assertEquals(Arrays.asList("stages[3].entry.schoolWeeks: must be between 1 and 52"),
                problems(d -> stage(d, 3).put("entry", map("kind", "NO_IMPROVEMENT", "schoolWeeks", 0))));
        assertEquals(Arrays.asList("stages[3].entry.schoolWeeks: must be a whole number"),
                problems(d -> stage(d, 3).put("entry", map("kind", "NO_IMPROVEMENT", "schoolWeeks", 2.5))));
        assertEquals(Arrays.asList("stages[4].entry.conditions[0].threshold: must be between 0 and 100 (a percentage "
                + "above 0, at most 100; is 0)"), problems(d -> stage(d, 4).put("entry", map("kind", "ANY_OF",
                        "conditions", Arrays.asList(map("kind", "ATTENDANCE_BELOW", "threshold", 0),
                                map("kind", "NO_IMPROVEMENT", "schoolWeeks", 6))))));
        assertEquals(Arrays.asList("stages[0].review.schoolDays: must be between 1 and 195"),
                problems(d -> stage(d, 0).put("review", map("schoolDays", 400))));
        assertEquals(Arrays.asList("stages[0].review: give schoolWeeks or schoolDays, not both"),
                problems(d -> stage(d, 0).put("review", map("schoolDays", 4, "schoolWeeks", 1))));
    }

    @Test
    void actionsAreChecked() {
        assertEquals(Arrays.asList("stages[2].actions[0].template: is required for a LETTER (the template's id)"),
                problems(d -> action(d, 2, 0).remove("template")));
        assertEquals(Arrays.asList("stages[0].actions[1].name: is required for a CUSTOM action"),
                problems(d -> action(d, 0, 1).remove("name")));
        assertEquals(Arrays.asList("stages[0].actions[0].template: only a LETTER has a template"),
                problems(d -> action(d, 0, 0).put("template", "stage-3")));
        assertEquals(Arrays.asList("stages[2].actions[0].template: must be lower-case letters, digits and hyphens, at "
                + "most 64 (is \"Stage 3\")"), problems(d -> action(d, 2, 0).put("template", "Stage 3")));
        assertEquals(Arrays.asList("stages[0].actions[0].type: REVIEW is recorded on a case, not listed on a stage"),
                problems(d -> action(d, 0, 0).put("type", "REVIEW")));
        assertEquals(Arrays.asList("stages[0].actions: must not be empty"),
                problems(d -> stage(d, 0).put("actions", new ArrayList<Object>())));
    }

    @Test
    void theLadderAsAWholeIsChecked() {
        assertEquals(Arrays.asList("stages[3].id: STAGE_1 is already the id of stages[0]"),
                problems(d -> stage(d, 3).put("id", "STAGE_1")));
        assertEquals(Arrays.asList("stages[0].id: must be upper-case letters, digits and underscores, starting with a "
                + "letter, at most 40 (is \"stage one\")"), problems(d -> stage(d, 0).put("id", "stage one")));
        assertEquals(Arrays.asList("stages[0].entry.kind: compares with the stage before; stages[0] is the first "
                + "ESCALATION stage"), problems(d -> stage(d, 0).put("entry", map("kind", "DECREASED_FURTHER",
                        "schoolWeeks", 1))));
        assertEquals(Arrays.asList("stages[5].entry.kind: compares with the stage before; an ALONGSIDE stage has none"),
                problems(d -> stage(d, 5).put("entry", map("kind", "NO_IMPROVEMENT", "schoolWeeks", 2))));
        assertEquals(Arrays.asList("stages[2].entry: WARNING_BROKEN needs the stage before (stages[1], STAGE_2) to set "
                + "warningSchoolDays"), problems(d -> stage(d, 2).put("entry", map("kind", "WARNING_BROKEN"))));
    }

    @Test
    void theVersionsAreChecked() {
        assertEquals(Arrays.asList("formatVersion: is 2; this library reads format 1 (a newer app or server wrote it)"),
                problems(d -> d.put("formatVersion", 2)));
        assertEquals(Arrays.asList("version: must be between 1 and 2147483647"), problems(d -> d.put("version", 0)));
        assertEquals(Arrays.asList("formatVersion: is required", "version: is required"), problems(d -> {
            d.remove("formatVersion");
            d.remove("version");
        }));
    }

    @Test
    void everyProblemIsReportedAtOnceAndTheExceptionSaysThemAll() {
        Map<String, Object> doc = LadderDocument.toMap(preset("millbrook"));
        stage(doc, 0).remove("title");
        stage(doc, 2).put("entry", map("kind", "ATTENDANCE_BELOW", "threshold", -5));
        doc.put("version", "three");
        InvalidDocumentException e = assertThrows(InvalidDocumentException.class, () -> LadderDocument.fromMap(doc));
        assertEquals(3, e.problems().size());
        assertEquals("version: must be a number; stages[0].title: is required; stages[2].entry.threshold: must be "
                + "between 0 and 100 (a percentage above 0, at most 100; is -5)", e.getMessage());
        assertEquals(Arrays.asList(new FieldProblem("", "the document is missing")), LadderDocument.problems(null));
    }
}
