package uk.registerly.rules.alerts;

import java.time.LocalDate;
import java.util.List;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The national penalty-notice threshold: 10 G/N/O/U sessions within the last 10 school
 * weeks (this week up to the day, plus the 9 school weeks before it; weeks without a
 * school session do not count, so the window spans holidays, terms and years). Only
 * sessions while the pupil is of compulsory school age count. One alert per episode.
 */
final class PenaltyThresholdRule implements AlertRule {
    static final int SESSIONS = 10;
    static final int SCHOOL_WEEKS = 10;

    @Override
    public void detect(PupilSchoolDays days, List<Alert> out) {
        int[] countedBefore = new int[days.days + 1];
        boolean inEpisode = false;
        for (int day = 0; day < days.days; day++) {
            LocalDate date = days.date(day);
            int today = 0;
            if (days.isCompulsorySchoolAge(date)) {
                for (Session s : Session.values()) {
                    AttendanceCode code = days.code(day, s);
                    if (code != null && code.isUnauthorisedAbsence()) {
                        today++;
                    }
                }
            }
            countedBefore[day + 1] = countedBefore[day] + today;
            int week = days.calendar.schoolWeekIndex(date);
            int windowStart = days.calendar.firstSchoolDayOfWeek(Math.max(0, week - (SCHOOL_WEEKS - 1)));
            int inWindow = countedBefore[day + 1] - countedBefore[windowStart];
            if (inWindow >= SESSIONS) {
                if (!inEpisode) {
                    out.add(Alert.penaltyThreshold(days.pupil, date, inWindow));
                    inEpisode = true;
                }
            } else {
                inEpisode = false;
            }
        }
    }
}
