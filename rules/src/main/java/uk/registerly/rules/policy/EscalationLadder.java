package uk.registerly.rules.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.registerly.rules.figures.Fraction;

/** A school's escalation ladder: non-overlapping rate bands, each with an action. Gaps mean no action. */
public final class EscalationLadder {
    private static final EscalationLadder NONE = new EscalationLadder(Collections.<LadderBand>emptyList());

    private final List<LadderBand> bands;

    public EscalationLadder(List<LadderBand> bands) {
        for (int i = 0; i < bands.size(); i++) {
            for (int j = i + 1; j < bands.size(); j++) {
                if (bands.get(i).overlaps(bands.get(j))) {
                    throw new IllegalArgumentException("ladder bands " + bands.get(i) + " and " + bands.get(j) + " overlap");
                }
            }
        }
        this.bands = Collections.unmodifiableList(new ArrayList<>(bands));
    }

    public static EscalationLadder none() {
        return NONE;
    }

    public static EscalationLadder of(LadderBand... bands) {
        List<LadderBand> list = new ArrayList<>();
        Collections.addAll(list, bands);
        return new EscalationLadder(list);
    }

    public List<LadderBand> bands() {
        return bands;
    }

    /** The band holding {@code attendanceRate}, or null when the rate needs no action. */
    public LadderBand bandFor(Fraction attendanceRate) {
        if (attendanceRate == null) {
            return null;
        }
        for (LadderBand band : bands) {
            if (band.contains(attendanceRate)) {
                return band;
            }
        }
        return null;
    }
}
