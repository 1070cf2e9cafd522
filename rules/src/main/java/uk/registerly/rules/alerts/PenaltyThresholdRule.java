package uk.registerly.rules.alerts;

import java.util.List;

/**
 * The national penalty-notice threshold: an alert on the first school day on which the
 * {@link PenaltyWindow} count reaches {@value PenaltyWindow#THRESHOLD_SESSIONS}. One alert
 * per episode (an episode ends on a school day whose count is below it).
 */
final class PenaltyThresholdRule implements AlertRule {
    @Override
    public void detect(PupilSchoolDays days, List<Alert> out) {
        PenaltyWindow window = days.penaltyWindow();
        boolean inEpisode = false;
        for (int day = 0; day < days.days; day++) {
            int inWindow = window.sessionsOnSchoolDay(day);
            if (PenaltyWindow.isReached(inWindow)) {
                if (!inEpisode) {
                    out.add(Alert.penaltyThreshold(days.pupil, days.date(day), inWindow));
                    inEpisode = true;
                }
            } else {
                inEpisode = false;
            }
        }
    }
}
