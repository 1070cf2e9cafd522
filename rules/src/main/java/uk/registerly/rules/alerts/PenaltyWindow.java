package uk.registerly.rules.alerts;

import java.time.LocalDate;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The rolling window of the national penalty-notice threshold: G, N, O and U sessions
 * within the last 10 school weeks (the current school week up to the day, plus the 9
 * school weeks before it; weeks without a school session are not school weeks, so the
 * window spans holidays, terms and years). Only sessions while the pupil is of
 * compulsory school age count.
 *
 * <p>The one place the window is counted: {@link PenaltyThresholdRule} asks it for each
 * school day, the evaluation asks it for {@code asOf}, so the alert and the count shown on
 * the office worklist cannot disagree.
 */
public final class PenaltyWindow {
    /** Sessions in the window at which the school must consider a penalty notice. */
    public static final int THRESHOLD_SESSIONS = 10;
    /** Sessions in the window from which the threshold is approaching (8 and 9 of 10). */
    public static final int APPROACHING_SESSIONS = 8;
    /** The window's length, the current school week included. */
    public static final int SCHOOL_WEEKS = 10;

    private final PupilSchoolDays days;
    /** countedBefore[d]: counted sessions on the school days before school day d. */
    private final int[] countedBefore;

    PenaltyWindow(PupilSchoolDays days) {
        this.days = days;
        this.countedBefore = new int[days.days + 1];
        for (int day = 0; day < days.days; day++) {
            countedBefore[day + 1] = countedBefore[day] + countedOn(day);
        }
    }

    /** Whether a window count has reached the threshold. */
    public static boolean isReached(int sessions) {
        return sessions >= THRESHOLD_SESSIONS;
    }

    /** Whether a window count is approaching the threshold without having reached it. */
    public static boolean isApproaching(int sessions) {
        return sessions >= APPROACHING_SESSIONS && !isReached(sessions);
    }

    /** The count on school day {@code day} (an index among the pupil's school days), that day included. */
    int sessionsOnSchoolDay(int day) {
        return sessionsInWindow(day + 1, days.calendar.schoolWeekIndex(days.date(day)));
    }

    /**
     * The count as of the evaluation date, which need not be a school day: the current
     * week is in the window when it is a school week (even when its school sessions are
     * all after the date, e.g. an INSET Monday); in a week without school sessions the
     * window ends with the latest school week before it.
     */
    int sessionsAsOf() {
        if (days.days == 0) {
            return 0;
        }
        int week = days.calendar.schoolWeekIndex(days.asOf);
        if (week < 0) {
            week = days.calendar.schoolWeekIndex(days.date(days.days - 1));
        }
        return sessionsInWindow(days.days, week);
    }

    /** Counted sessions on school days before {@code endDay} in the window whose latest school week is {@code week}. */
    private int sessionsInWindow(int endDay, int week) {
        int start = days.calendar.firstSchoolDayOfWeek(Math.max(0, week - (SCHOOL_WEEKS - 1)));
        return countedBefore[endDay] - countedBefore[start];
    }

    private int countedOn(int day) {
        LocalDate date = days.date(day);
        if (!days.isCompulsorySchoolAge(date)) {
            return 0;
        }
        int counted = 0;
        for (Session s : Session.values()) {
            AttendanceCode code = days.code(day, s);
            if (code != null && code.isUnauthorisedAbsence()) {
                counted++;
            }
        }
        return counted;
    }
}
