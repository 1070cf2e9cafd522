package uk.registerly.rules.alerts;

import java.util.Collections;
import java.util.List;

/**
 * One pupil's alerts as of a date, with the penalty window's count on that date: the
 * office worklist shows a pupil approaching the threshold before any alert exists.
 */
public final class PupilAlerts {
    private final List<Alert> alerts;
    private final int penaltyWindowSessions;

    PupilAlerts(List<Alert> alerts, int penaltyWindowSessions) {
        this.alerts = Collections.unmodifiableList(alerts);
        this.penaltyWindowSessions = penaltyWindowSessions;
    }

    /** In {@link Alert#ORDER}. */
    public List<Alert> alerts() {
        return alerts;
    }

    /** G, N, O and U sessions in the {@link PenaltyWindow} as of the date. */
    public int penaltyWindowSessions() {
        return penaltyWindowSessions;
    }
}
