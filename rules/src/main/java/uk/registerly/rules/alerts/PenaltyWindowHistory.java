package uk.registerly.rules.alerts;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

/**
 * The penalty window's count on each school day up to the evaluation date, counted by {@link PenaltyWindow}
 * (the same code as the PENALTY_THRESHOLD alert), so casework can say since when a pupil has been at the
 * threshold. Immutable.
 */
public final class PenaltyWindowHistory {
    private final List<LocalDate> days;
    private final int[] counts;

    PenaltyWindowHistory(List<LocalDate> days, int[] counts) {
        this.days = days;
        this.counts = counts;
    }

    static PenaltyWindowHistory of(PupilSchoolDays days) {
        PenaltyWindow window = days.penaltyWindow();
        int[] counts = new int[days.days];
        for (int day = 0; day < days.days; day++) {
            counts[day] = window.sessionsOnSchoolDay(day);
        }
        return new PenaltyWindowHistory(Collections.unmodifiableList(days.calendar.schoolDays().subList(0, days.days)),
                counts);
    }

    /** The count on the latest school day on or before {@code date}; 0 before the first. */
    public int sessionsOn(LocalDate date) {
        int day = latestOnOrBefore(date);
        return day < 0 ? 0 : counts[day];
    }

    /**
     * The first school day of the run of school days, ending with the latest one up to the evaluation date, on
     * which the count was at least {@code sessions}; null when the latest school day's count is below it.
     */
    public LocalDate reachedSince(int sessions) {
        int day = days.size() - 1;
        if (day < 0 || counts[day] < sessions) {
            return null;
        }
        while (day > 0 && counts[day - 1] >= sessions) {
            day--;
        }
        return days.get(day);
    }

    private int latestOnOrBefore(LocalDate date) {
        int found = Collections.binarySearch(days, date);
        return found >= 0 ? found : -found - 2;
    }
}
