package uk.registerly.rules.figures;

import java.time.LocalDate;
import java.util.Objects;

/** One school week of a pupil's year: that week's figures and the school year's to the end of it. Immutable. */
public final class AttendanceWeek {
    private final LocalDate weekStart;
    private final LocalDate lastSchoolDay;
    private final PupilFigures week;
    private final PupilFigures toDate;

    AttendanceWeek(LocalDate weekStart, LocalDate lastSchoolDay, PupilFigures week, PupilFigures toDate) {
        this.weekStart = Objects.requireNonNull(weekStart, "weekStart");
        this.lastSchoolDay = Objects.requireNonNull(lastSchoolDay, "lastSchoolDay");
        this.week = week;
        this.toDate = toDate;
    }

    /** The Monday of the week. */
    public LocalDate weekStart() {
        return weekStart;
    }

    /** The week's last school day counted (the evaluation date, in the current week). */
    public LocalDate lastSchoolDay() {
        return lastSchoolDay;
    }

    /** The sessions of this week only (the weekly chart's bar). */
    public PupilFigures week() {
        return week;
    }

    /** The school year to date (from admission) at the end of {@link #lastSchoolDay()} (the chart's line). */
    public PupilFigures toDate() {
        return toDate;
    }

    @Override
    public String toString() {
        Fraction rate = toDate.attendanceRate();
        return weekStart + ": " + week.attendanceSessions() + "/" + week.possibleSessions() + ", to date "
                + (rate == null ? "-" : rate.toPercent(1) + "%");
    }
}
