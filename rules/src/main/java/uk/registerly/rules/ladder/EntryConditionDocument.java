package uk.registerly.rules.ladder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.registerly.rules.document.DocumentReader;
import uk.registerly.rules.document.InvalidDocumentException;

/**
 * A stage's entry condition in {@link LadderDocument}'s format: {@code kind} and its one field (a threshold,
 * a count, or the inner conditions of ANY_OF and ALL_OF); any other field is a problem.
 */
final class EntryConditionDocument {

    private EntryConditionDocument() {
    }

    static Map<String, Object> toMap(EntryCondition c) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", c.kind().name());
        String field = countField(c.kind());
        if (c.threshold() != null) {
            map.put("threshold", c.threshold());
        } else if (field != null) {
            map.put(field, c.count());
        } else if (!c.conditions().isEmpty()) {
            List<Object> inner = new ArrayList<>();
            for (EntryCondition each : c.conditions()) {
                inner.add(toMap(each));
            }
            map.put("conditions", inner);
        }
        return map;
    }

    static EntryCondition read(DocumentReader r) {
        ConditionKind kind = r.enumValue("kind", ConditionKind.class, true);
        if (kind == null) {
            return null;
        }
        int before = r.problems().size();
        try {
            switch (kind) {
                case ATTENDANCE_BELOW:
                case ABSENCE_AT_LEAST: {
                    r.allowOnly("kind", "threshold");
                    BigDecimal threshold = r.number("threshold", true);
                    if (r.problems().size() > before) {
                        return null;
                    }
                    return kind == ConditionKind.ATTENDANCE_BELOW ? EntryCondition.attendanceBelow(threshold)
                            : EntryCondition.absenceAtLeast(threshold);
                }
                case WARNING_BROKEN:
                    r.allowOnly("kind");
                    return r.problems().size() > before ? null : EntryCondition.warningBroken();
                case ANY_OF:
                case ALL_OF: {
                    r.allowOnly("kind", "conditions");
                    List<?> list = r.list("conditions", true, 2, EntryCondition.MAX_CONDITIONS);
                    List<EntryCondition> inner = new ArrayList<>();
                    for (int i = 0; list != null && i < list.size(); i++) {
                        DocumentReader c = r.element("conditions", list, i);
                        inner.add(c == null ? null : read(c));
                    }
                    if (r.problems().size() > before) {
                        return null;
                    }
                    return kind == ConditionKind.ANY_OF ? EntryCondition.anyOf(inner) : EntryCondition.allOf(inner);
                }
                default: {
                    String field = countField(kind);
                    r.allowOnly("kind", field);
                    Integer n = r.integer(field, true, Integer.MIN_VALUE, Integer.MAX_VALUE);
                    if (r.problems().size() > before) {
                        return null;
                    }
                    return counted(kind, n);
                }
            }
        } catch (InvalidDocumentException e) {
            r.problems(e);
            return null;
        }
    }

    private static EntryCondition counted(ConditionKind kind, int n) {
        switch (kind) {
            case NO_IMPROVEMENT:
                return EntryCondition.noImprovementAfter(n);
            case DECREASED_FURTHER:
                return EntryCondition.decreasedFurther(n);
            case PENALTY_WINDOW:
                return EntryCondition.penaltyWindow(n);
            case U_MARKS_IN_TERM:
                return EntryCondition.uMarksInTerm(n);
            case UNEXPLAINED_ABSENCE:
                return EntryCondition.unexplainedAbsence(n);
            default:
                throw new IllegalStateException(kind.name());
        }
    }

    /** The field holding a counted kind's number, or null for the others. */
    private static String countField(ConditionKind kind) {
        switch (kind) {
            case NO_IMPROVEMENT:
            case DECREASED_FURTHER:
                return "schoolWeeks";
            case PENALTY_WINDOW:
                return "sessions";
            case U_MARKS_IN_TERM:
                return "marks";
            case UNEXPLAINED_ABSENCE:
                return "schoolDays";
            default:
                return null;
        }
    }
}
