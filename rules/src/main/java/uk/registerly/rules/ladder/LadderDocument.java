package uk.registerly.rules.ladder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.registerly.rules.document.DocumentReader;
import uk.registerly.rules.document.FieldProblem;
import uk.registerly.rules.document.InvalidDocumentException;

/**
 * A ladder's stored form: plain maps, lists, strings and numbers, so the server can keep it as JSON (one row
 * per school and version) and a school can edit it, and {@link #fromMap} reads back exactly what {@link #toMap}
 * wrote. Format 1:
 *
 * <pre>
 * {"formatVersion": 1, "version": 3, "stages": [
 *   {"id": "STAGE_1", "title": "...", "track": "ESCALATION",
 *    "entry": {"kind": "ATTENDANCE_BELOW", "threshold": 92},
 *    "actions": [{"type": "MEETING", "description": "..."}, {"type": "LETTER", "template": "millbrook-stage-3"},
 *                {"type": "CUSTOM", "name": "Weekly monitoring"}],
 *    "review": {"schoolWeeks": 1},            (or {"schoolDays": 15}; optional)
 *    "warningSchoolDays": 15,                 (optional)
 *    "source": "the policy's sentence",       (optional)
 *    "assumed": ["review"]}                   (optional)
 * ]}
 * </pre>
 *
 * Entry kinds and their one field: ATTENDANCE_BELOW and ABSENCE_AT_LEAST {@code threshold} (a percentage);
 * NO_IMPROVEMENT and DECREASED_FURTHER {@code schoolWeeks}; PENALTY_WINDOW {@code sessions}; U_MARKS_IN_TERM
 * {@code marks}; UNEXPLAINED_ABSENCE {@code schoolDays}; WARNING_BROKEN none; ANY_OF and ALL_OF
 * {@code conditions} (a list of entries). Unknown fields are errors, so a misspelt field is never ignored.
 */
public final class LadderDocument {
    /** The format this library writes and reads; a newer one is refused with a clear problem. */
    public static final int FORMAT_VERSION = 1;

    private LadderDocument() {
    }

    public static Map<String, Object> toMap(AttendanceLadder ladder) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("formatVersion", FORMAT_VERSION);
        map.put("version", ladder.version());
        List<Object> stages = new ArrayList<>();
        for (LadderStage stage : ladder.stages()) {
            stages.add(stageToMap(stage));
        }
        map.put("stages", stages);
        return map;
    }

    /**
     * @throws InvalidDocumentException with every problem, each naming its field by path, e.g.
     *     {@code stages[2].entry.threshold: must be between 0 and 100 (...)}
     */
    public static AttendanceLadder fromMap(Map<String, ?> document) {
        DocumentReader root = DocumentReader.root(document);
        AttendanceLadder ladder = read(root);
        InvalidDocumentException.throwIfAny(root.problems());
        return ladder;
    }

    /** Every problem of {@code document}; empty when {@link #fromMap} would accept it. */
    public static List<FieldProblem> problems(Map<String, ?> document) {
        try {
            fromMap(document);
            return Collections.emptyList();
        } catch (InvalidDocumentException e) {
            return e.problems();
        }
    }

    /** An action's map: {@code {"type", "template"?, "name"?, "description"?}} (case actions use it too). */
    public static Map<String, Object> actionToMap(StageAction action) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", action.type().name());
        putIfPresent(map, "template", action.template());
        putIfPresent(map, "name", action.name());
        putIfPresent(map, "description", action.description());
        return map;
    }

    /** Reads an action's map (any type, REVIEW and CLOSE_CASE included); null after recording its problems. */
    public static StageAction readAction(DocumentReader r) {
        r.allowOnly("type", "template", "name", "description");
        int before = r.problems().size();
        ActionType type = r.enumValue("type", ActionType.class, true);
        String template = r.string("template", false, 200);
        String name = r.string("name", false, 200);
        String description = r.string("description", false, 2000);
        if (r.problems().size() > before) {
            return null;
        }
        try {
            return new StageAction(type, template, name, description);
        } catch (InvalidDocumentException e) {
            r.problems(e);
            return null;
        }
    }

    private static Map<String, Object> stageToMap(LadderStage stage) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("id", stage.id());
        map.put("title", stage.title());
        map.put("track", stage.track().name());
        map.put("entry", EntryConditionDocument.toMap(stage.entry()));
        List<Object> actions = new ArrayList<>();
        for (StageAction action : stage.actions()) {
            actions.add(actionToMap(action));
        }
        map.put("actions", actions);
        if (stage.review() != null) {
            Map<String, Object> review = new LinkedHashMap<>();
            review.put(stage.review().unit() == ReviewPeriod.Unit.SCHOOL_WEEKS ? "schoolWeeks" : "schoolDays",
                    stage.review().count());
            map.put("review", review);
        }
        putIfPresent(map, "warningSchoolDays", stage.warningSchoolDays());
        putIfPresent(map, "source", stage.source());
        if (!stage.assumed().isEmpty()) {
            map.put("assumed", new ArrayList<Object>(stage.assumed()));
        }
        return map;
    }

    private static AttendanceLadder read(DocumentReader root) {
        if (!root.problems().isEmpty()) {
            return null; // not an object at all: that one problem says it
        }
        root.allowOnly("formatVersion", "version", "stages");
        BigDecimal format = root.number("formatVersion", true);
        if (format != null && format.compareTo(BigDecimal.valueOf(FORMAT_VERSION)) != 0) {
            root.problem("formatVersion", "is " + format.toPlainString() + "; this library reads format "
                    + FORMAT_VERSION + (format.compareTo(BigDecimal.valueOf(FORMAT_VERSION)) > 0
                            ? " (a newer app or server wrote it)" : ""));
        }
        Integer version = root.integer("version", true, 1, Integer.MAX_VALUE);
        List<?> list = root.list("stages", true, 0, AttendanceLadder.MAX_STAGES);
        if (list == null) {
            return null;
        }
        List<LadderStage> stages = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            DocumentReader r = root.element("stages", list, i);
            LadderStage stage = r == null ? null : readStage(r);
            stages.add(stage);
        }
        if (version == null || stages.contains(null) || !root.problems().isEmpty()) {
            return null;
        }
        try {
            return new AttendanceLadder(version, stages);
        } catch (InvalidDocumentException e) {
            root.problems(e);
            return null;
        }
    }

    private static LadderStage readStage(DocumentReader r) {
        r.allowOnly("id", "title", "track", "entry", "actions", "review", "warningSchoolDays", "source", "assumed");
        int before = r.problems().size();
        String id = r.string("id", true, 200);
        String title = r.string("title", true, 1000);
        Track track = r.enumValue("track", Track.class, false);
        DocumentReader entryReader = r.object("entry", true);
        EntryCondition entry = entryReader == null ? null : EntryConditionDocument.read(entryReader);
        List<StageAction> actions = new ArrayList<>();
        List<?> list = r.list("actions", true, 1, LadderStage.MAX_ACTIONS);
        for (int i = 0; list != null && i < list.size(); i++) {
            DocumentReader a = r.element("actions", list, i);
            actions.add(a == null ? null : readAction(a));
        }
        DocumentReader reviewReader = r.object("review", false);
        ReviewPeriod review = reviewReader == null ? null : readReview(reviewReader);
        Integer warning = r.integer("warningSchoolDays", false, Integer.MIN_VALUE, Integer.MAX_VALUE);
        String source = r.string("source", false, 10000);
        List<String> assumed = r.strings("assumed", 200);
        if (r.problems().size() > before) {
            return null;
        }
        try {
            LadderStage.Builder b = LadderStage.builder(id, title).track(track).entry(entry).actions(actions)
                    .review(review).warningSchoolDays(warning).source(source);
            if (assumed != null) {
                b.assumedFields(assumed);
            }
            return b.build();
        } catch (InvalidDocumentException e) {
            r.problems(e);
            return null;
        }
    }

    private static ReviewPeriod readReview(DocumentReader r) {
        r.allowOnly("schoolWeeks", "schoolDays");
        int before = r.problems().size();
        boolean weeks = r.has("schoolWeeks");
        boolean days = r.has("schoolDays");
        if (weeks == days) {
            r.problem("", weeks ? "give schoolWeeks or schoolDays, not both" : "needs schoolWeeks or schoolDays");
            return null;
        }
        Integer n = r.integer(weeks ? "schoolWeeks" : "schoolDays", true, Integer.MIN_VALUE, Integer.MAX_VALUE);
        if (r.problems().size() > before) {
            return null;
        }
        try {
            return weeks ? ReviewPeriod.schoolWeeks(n) : ReviewPeriod.schoolDays(n);
        } catch (InvalidDocumentException e) {
            r.problems(e);
            return null;
        }
    }

    private static void putIfPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
