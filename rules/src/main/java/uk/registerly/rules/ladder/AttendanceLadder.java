package uk.registerly.rules.ladder;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.registerly.rules.document.FieldProblem;
import uk.registerly.rules.document.InvalidDocumentException;

/**
 * A school's attendance ladder as configuration: its stages in order, and the version number the server gave
 * this edit of it. ESCALATION stages are the rungs, numbered 1, 2, ... in list order ({@link #level}); ALONGSIDE
 * stages stand beside them (level 0). Immutable and thread-safe; {@link LadderDocument} is its stored form.
 */
public final class AttendanceLadder {
    public static final int MAX_STAGES = 20;

    private static final AttendanceLadder NONE = new AttendanceLadder(1, Collections.<LadderStage>emptyList());

    private final int version;
    private final List<LadderStage> stages;
    private final List<LadderStage> escalation;
    private final List<LadderStage> alongside;
    private final Map<String, LadderStage> byId;

    /**
     * @param version this edit's number, from 1 (the server counts a school's edits)
     * @throws InvalidDocumentException naming each problem by its path ({@code stages[3].id: ...})
     */
    public AttendanceLadder(int version, List<LadderStage> stages) {
        List<FieldProblem> problems = new ArrayList<>();
        if (version < 1) {
            problems.add(new FieldProblem("version", "must be at least 1"));
        }
        if (stages.size() > MAX_STAGES) {
            problems.add(new FieldProblem("stages", "must have at most " + MAX_STAGES + " entries"));
        }
        Map<String, Integer> seen = new HashMap<>();
        LadderStage previousEscalation = null;
        int previousIndex = -1;
        for (int i = 0; i < stages.size(); i++) {
            LadderStage stage = stages.get(i);
            String at = "stages[" + i + "]";
            if (stage == null) {
                problems.add(new FieldProblem(at, "is required"));
                continue;
            }
            Integer earlier = seen.put(stage.id(), i);
            if (earlier != null) {
                problems.add(new FieldProblem(at + ".id", stage.id() + " is already the id of stages[" + earlier + "]"));
            }
            if (stage.track() != Track.ESCALATION) {
                continue;
            }
            String relative = stage.entry().relativePath();
            if (relative != null && previousEscalation == null) {
                problems.add(new FieldProblem(FieldProblem.join(at + ".entry", relative) + ".kind",
                        "compares with the stage before; " + at + " is the first ESCALATION stage"));
            }
            if (previousEscalation != null && stage.entry().uses(ConditionKind.WARNING_BROKEN)
                    && previousEscalation.warningSchoolDays() == null) {
                problems.add(new FieldProblem(at + ".entry", "WARNING_BROKEN needs the stage before (stages["
                        + previousIndex + "], " + previousEscalation.id() + ") to set warningSchoolDays"));
            }
            previousEscalation = stage;
            previousIndex = i;
        }
        InvalidDocumentException.throwIfAny(problems);
        this.version = version;
        this.stages = Collections.unmodifiableList(new ArrayList<>(stages));
        List<LadderStage> esc = new ArrayList<>();
        List<LadderStage> side = new ArrayList<>();
        Map<String, LadderStage> ids = new HashMap<>();
        for (LadderStage stage : stages) {
            (stage.track() == Track.ESCALATION ? esc : side).add(stage);
            ids.put(stage.id(), stage);
        }
        this.escalation = Collections.unmodifiableList(esc);
        this.alongside = Collections.unmodifiableList(side);
        this.byId = ids;
    }

    public static AttendanceLadder of(int version, LadderStage... stages) {
        List<LadderStage> list = new ArrayList<>();
        Collections.addAll(list, stages);
        return new AttendanceLadder(version, list);
    }

    /** No stages: a school without casework. */
    public static AttendanceLadder none() {
        return NONE;
    }

    public int version() {
        return version;
    }

    /** The same stages as another edit. */
    public AttendanceLadder withVersion(int newVersion) {
        return new AttendanceLadder(newVersion, stages);
    }

    public boolean isEmpty() {
        return stages.isEmpty();
    }

    /** Every stage, in the school's order. */
    public List<LadderStage> stages() {
        return stages;
    }

    /** The rungs, lowest first. */
    public List<LadderStage> escalationStages() {
        return escalation;
    }

    public List<LadderStage> alongsideStages() {
        return alongside;
    }

    /** The stage with this id, or null. */
    public LadderStage stage(String id) {
        return id == null ? null : byId.get(id);
    }

    /** 1 for the first ESCALATION stage, 2 for the next, ...; 0 for an ALONGSIDE stage or one not on this ladder. */
    public int level(LadderStage stage) {
        int index = escalation.indexOf(stage);
        return index + 1;
    }

    /** The ESCALATION stage just below {@code stage}, or null for the first (or an ALONGSIDE stage). */
    public LadderStage previous(LadderStage stage) {
        int index = escalation.indexOf(stage);
        return index > 0 ? escalation.get(index - 1) : null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AttendanceLadder && ((AttendanceLadder) o).version == version
                && ((AttendanceLadder) o).stages.equals(stages);
    }

    @Override
    public int hashCode() {
        return version * 31 + stages.hashCode();
    }

    @Override
    public String toString() {
        return "ladder v" + version + " " + stages;
    }
}
