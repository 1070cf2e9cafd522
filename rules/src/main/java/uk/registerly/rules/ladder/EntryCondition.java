package uk.registerly.rules.ladder;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import uk.registerly.rules.alerts.PenaltyWindow;
import uk.registerly.rules.document.FieldProblem;
import uk.registerly.rules.document.InvalidDocumentException;
import uk.registerly.rules.figures.Fraction;

/**
 * When a stage of a ladder applies: one of the {@link ConditionKind}s with its one parameter, or any / all of
 * several. Immutable; what each kind means for a pupil is decided by {@code casework.CaseworkRules}.
 */
public final class EntryCondition {
    public static final int MAX_WEEKS = 52;
    public static final int MAX_SESSIONS = 2 * 5 * PenaltyWindow.SCHOOL_WEEKS;
    public static final int MAX_U_MARKS = 200;
    public static final int MAX_UNEXPLAINED_DAYS = 20;
    public static final int MAX_CONDITIONS = 10;

    private final ConditionKind kind;
    private final BigDecimal threshold;
    private final Integer count;
    private final List<EntryCondition> conditions;

    private EntryCondition(ConditionKind kind, BigDecimal threshold, Integer count, List<EntryCondition> conditions) {
        this.kind = kind;
        this.threshold = threshold;
        this.count = count;
        this.conditions = conditions;
    }

    /** Attendance over the school year to date below {@code percent} (0 < percent <= 100, at most 2 decimals). */
    public static EntryCondition attendanceBelow(String percent) {
        return attendanceBelow(new BigDecimal(percent));
    }

    /** @throws InvalidDocumentException ({@code threshold}) outside 0 < percent <= 100 or with more than 2 decimals */
    public static EntryCondition attendanceBelow(BigDecimal percent) {
        return new EntryCondition(ConditionKind.ATTENDANCE_BELOW, percent(percent), null, null);
    }

    /** Absence over the school year to date of at least {@code percent}: "10" is persistent absence, "50" severe. */
    public static EntryCondition absenceAtLeast(String percent) {
        return absenceAtLeast(new BigDecimal(percent));
    }

    public static EntryCondition absenceAtLeast(BigDecimal percent) {
        return new EntryCondition(ConditionKind.ABSENCE_AT_LEAST, percent(percent), null, null);
    }

    /** @param schoolWeeks 1 to 52: after how many school weeks at the stage before "no improvement" is judged */
    public static EntryCondition noImprovementAfter(int schoolWeeks) {
        return counted(ConditionKind.NO_IMPROVEMENT, "schoolWeeks", schoolWeeks, 1, MAX_WEEKS);
    }

    /** @param schoolWeeks 0 to 52: how long after the stage before a fall counts (0: from the next school day) */
    public static EntryCondition decreasedFurther(int schoolWeeks) {
        return counted(ConditionKind.DECREASED_FURTHER, "schoolWeeks", schoolWeeks, 0, MAX_WEEKS);
    }

    /** @param sessions 1 to 100 G/N/O/U sessions in the penalty window ({@link PenaltyWindow#THRESHOLD_SESSIONS}: the national threshold) */
    public static EntryCondition penaltyWindow(int sessions) {
        return counted(ConditionKind.PENALTY_WINDOW, "sessions", sessions, 1, MAX_SESSIONS);
    }

    /** The national threshold: 10 sessions of G, N, O or U within any 10 school weeks. */
    public static EntryCondition penaltyThreshold() {
        return penaltyWindow(PenaltyWindow.THRESHOLD_SESSIONS);
    }

    public static EntryCondition uMarksInTerm(int marks) {
        return counted(ConditionKind.U_MARKS_IN_TERM, "marks", marks, 1, MAX_U_MARKS);
    }

    /** @param schoolDays 1 to 20: e.g. 3 for a home visit on the third day */
    public static EntryCondition unexplainedAbsence(int schoolDays) {
        return counted(ConditionKind.UNEXPLAINED_ABSENCE, "schoolDays", schoolDays, 1, MAX_UNEXPLAINED_DAYS);
    }

    /** The stage before set out a warning period ({@code LadderStage.warningSchoolDays}) and it was broken. */
    public static EntryCondition warningBroken() {
        return new EntryCondition(ConditionKind.WARNING_BROKEN, null, null, null);
    }

    public static EntryCondition anyOf(EntryCondition... conditions) {
        return anyOf(Arrays.asList(conditions));
    }

    public static EntryCondition anyOf(List<EntryCondition> conditions) {
        return group(ConditionKind.ANY_OF, conditions);
    }

    public static EntryCondition allOf(EntryCondition... conditions) {
        return allOf(Arrays.asList(conditions));
    }

    public static EntryCondition allOf(List<EntryCondition> conditions) {
        return group(ConditionKind.ALL_OF, conditions);
    }

    public ConditionKind kind() {
        return kind;
    }

    /** The percentage of ATTENDANCE_BELOW and ABSENCE_AT_LEAST, e.g. 92 or 94.5; null otherwise. */
    public BigDecimal threshold() {
        return threshold;
    }

    /** {@link #threshold()} as an exact rate (92% is 23/25); null when there is none. */
    public Fraction thresholdRate() {
        return threshold == null ? null : Fraction.percent(threshold.toPlainString());
    }

    /**
     * The kind's one number: school weeks (NO_IMPROVEMENT, DECREASED_FURTHER), sessions (PENALTY_WINDOW), marks
     * (U_MARKS_IN_TERM) or school days (UNEXPLAINED_ABSENCE); null for the others.
     */
    public Integer count() {
        return count;
    }

    /** The conditions of ANY_OF and ALL_OF; empty for the others. */
    public List<EntryCondition> conditions() {
        return conditions == null ? Collections.<EntryCondition>emptyList() : conditions;
    }

    /**
     * The path (relative to this condition) of the first condition that compares with the stage before, e.g.
     * {@code ""} for this one or {@code "conditions[1]"}; null when none does.
     */
    public String relativePath() {
        if (kind.isRelative()) {
            return "";
        }
        for (int i = 0; i < conditions().size(); i++) {
            String inner = conditions.get(i).relativePath();
            if (inner != null) {
                return FieldProblem.join("conditions[" + i + "]", inner);
            }
        }
        return null;
    }

    /** Whether this condition, or one inside it, is of {@code wanted}. */
    public boolean uses(ConditionKind wanted) {
        if (kind == wanted) {
            return true;
        }
        for (EntryCondition c : conditions()) {
            if (c.uses(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** In English, for the ladder's screen: "attendance below 92%", "any of: ...". */
    public String describe() {
        switch (kind) {
            case ATTENDANCE_BELOW:
                return "attendance below " + threshold.toPlainString() + "% this school year";
            case ABSENCE_AT_LEAST:
                return "absence of " + threshold.toPlainString() + "% or more this school year";
            case NO_IMPROVEMENT:
                return "no improvement " + weeks(count) + " after the stage before";
            case DECREASED_FURTHER:
                return count == 0 ? "attendance decreased further since the stage before"
                        : "attendance decreased further since the stage before (judged from " + weeks(count)
                                + " after it)";
            case PENALTY_WINDOW:
                return count + " or more unauthorised sessions (G, N, O, U) in the last " + PenaltyWindow.SCHOOL_WEEKS
                        + " school weeks";
            case U_MARKS_IN_TERM:
                return count + " or more U marks (arrived after the register closed) in a term";
            case UNEXPLAINED_ABSENCE:
                return "the " + ordinal(count) + " consecutive school day of unexplained absence (N or O)";
            case WARNING_BROKEN:
                return "an unauthorised absence (U, N, G, O) during the warning period of the stage before";
            default:
                List<String> parts = new ArrayList<>();
                for (EntryCondition c : conditions) {
                    parts.add(c.describe());
                }
                return (kind == ConditionKind.ANY_OF ? "any of: " : "all of: ") + String.join("; ", parts);
        }
    }

    static String weeks(int n) {
        return n + " school week" + (n == 1 ? "" : "s");
    }

    /** 1st, 2nd, 3rd, 4th, ... 11th, 12th, 13th, 21st. */
    public static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        switch (n % 10) {
            case 1:
                return n + "st";
            case 2:
                return n + "nd";
            case 3:
                return n + "rd";
            default:
                return n + "th";
        }
    }

    private static BigDecimal percent(BigDecimal percent) {
        if (percent == null) {
            throw new InvalidDocumentException("threshold", "is required");
        }
        if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidDocumentException("threshold", "must be between 0 and 100 (a percentage above 0, "
                    + "at most 100; is " + percent.toPlainString() + ")");
        }
        BigDecimal stripped = percent.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new InvalidDocumentException("threshold", "must have at most 2 decimal places (is "
                    + percent.toPlainString() + ")");
        }
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static EntryCondition counted(ConditionKind kind, String field, int value, int min, int max) {
        if (value < min || value > max) {
            throw new InvalidDocumentException(field, "must be between " + min + " and " + max);
        }
        return new EntryCondition(kind, null, value, null);
    }

    private static EntryCondition group(ConditionKind kind, List<EntryCondition> conditions) {
        if (conditions == null || conditions.size() < 2) {
            throw new InvalidDocumentException("conditions", "needs at least 2 conditions (use the condition itself "
                    + "for one)");
        }
        if (conditions.size() > MAX_CONDITIONS) {
            throw new InvalidDocumentException("conditions", "must have at most " + MAX_CONDITIONS + " entries");
        }
        for (int i = 0; i < conditions.size(); i++) {
            if (conditions.get(i) == null) {
                throw new InvalidDocumentException("conditions[" + i + "]", "is required");
            }
        }
        return new EntryCondition(kind, null, null, Collections.unmodifiableList(new ArrayList<>(conditions)));
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof EntryCondition)) {
            return false;
        }
        EntryCondition c = (EntryCondition) o;
        return kind == c.kind && Objects.equals(threshold, c.threshold) && Objects.equals(count, c.count)
                && conditions().equals(c.conditions());
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, threshold, count, conditions());
    }

    @Override
    public String toString() {
        return describe();
    }
}
