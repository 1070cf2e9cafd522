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
    private final PenaltyWindowHistory penaltyWindowHistory;

    PupilAlerts(List<Alert> alerts, int penaltyWindowSessions, PenaltyWindowHistory penaltyWindowHistory) {
        this.alerts = Collections.unmodifiableList(alerts);
        this.penaltyWindowSessions = penaltyWindowSessions;
        this.penaltyWindowHistory = penaltyWindowHistory;
    }

    /** In {@link Alert#ORDER}. */
    public List<Alert> alerts() {
        return alerts;
    }

    /** G, N, O and U sessions in the {@link PenaltyWindow} as of the date. */
    public int penaltyWindowSessions() {
        return penaltyWindowSessions;
    }

    /** The window's count on each school day up to the date. */
    public PenaltyWindowHistory penaltyWindowHistory() {
        return penaltyWindowHistory;
    }
}
