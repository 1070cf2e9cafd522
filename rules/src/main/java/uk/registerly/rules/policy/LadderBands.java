package uk.registerly.rules.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.ladder.AttendanceLadder;
import uk.registerly.rules.ladder.ConditionKind;
import uk.registerly.rules.ladder.EntryCondition;
import uk.registerly.rules.ladder.LadderStage;

/**
 * The rate bands of a stage ladder, for {@link SchoolPolicy#ladder()} and every caller of
 * {@code PupilEvaluation.ladderBand()}: each ESCALATION stage entered on "attendance below t" (alone or as one of
 * ANY_OF) gives the band from the next lower such threshold (or 0) up to t, named by the stage's id and described
 * by its title. When two stages share a threshold the lower stage names the band.
 */
final class LadderBands {
    private LadderBands() {
    }

    static EscalationLadder of(AttendanceLadder ladder) {
        TreeMap<Fraction, LadderStage> byThreshold = new TreeMap<>();
        for (LadderStage stage : ladder.escalationStages()) {
            Fraction threshold = attendanceThreshold(stage.entry());
            if (threshold != null && !byThreshold.containsKey(threshold)) {
                byThreshold.put(threshold, stage);
            }
        }
        List<LadderBand> bands = new ArrayList<>();
        Fraction from = Fraction.ZERO;
        for (Map.Entry<Fraction, LadderStage> band : byThreshold.entrySet()) {
            bands.add(new LadderBand(from, band.getKey(), band.getValue().id(), band.getValue().title()));
            from = band.getKey();
        }
        return new EscalationLadder(bands);
    }

    /** The rate below which the condition is met on its own, or null. */
    private static Fraction attendanceThreshold(EntryCondition entry) {
        if (entry.kind() == ConditionKind.ATTENDANCE_BELOW) {
            return entry.thresholdRate();
        }
        if (entry.kind() == ConditionKind.ANY_OF) {
            Fraction highest = null;
            for (EntryCondition c : entry.conditions()) {
                Fraction t = c.kind() == ConditionKind.ATTENDANCE_BELOW ? c.thresholdRate() : null;
                if (t != null && (highest == null || t.compareTo(highest) > 0)) {
                    highest = t;
                }
            }
            return highest;
        }
        return null;
    }
}
