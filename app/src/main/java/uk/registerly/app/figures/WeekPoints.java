package uk.registerly.app.figures;

import android.content.Context;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import uk.registerly.app.R;
import uk.registerly.app.ui.Dates;
import uk.registerly.app.ui.chart.ChartPoint;
import uk.registerly.rules.figures.AttendanceWeek;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.figures.GroupFigures;
import uk.registerly.rules.figures.PupilFigures;

/** Weeks of the rules' figures as the chart's points: each week's own attendance, worded for the axis and TalkBack. */
public final class WeekPoints {
    /**
     * The line the charts draw: below 90% attendance a pupil is persistently absent ("missing 10% or more of their
     * possible sessions", the DfE's definition; rules' {@link PupilFigures#PERSISTENT_ABSENCE}).
     */
    public static final double PERSISTENT_ABSENCE_LINE = PupilFigures.PERSISTENT_ABSENCE.complement().toDouble() * 100;

    private WeekPoints() {
    }

    public static List<ChartPoint> of(Context context, List<AttendanceWeek> weeks) {
        Locale locale = Dates.locale(context);
        List<ChartPoint> points = new ArrayList<>();
        for (AttendanceWeek week : weeks) {
            PupilFigures figures = week.week();
            boolean any = figures.hasPossibleSessions();
            Fraction rate = any ? figures.attendanceRate() : null;
            String value = any ? context.getString(R.string.figures_week_value, rate.toPercent(1),
                    figures.attendanceSessions(), figures.possibleSessions()) : null;
            points.add(new ChartPoint(Dates.dayMonth(week.weekStart(), locale),
                    context.getString(R.string.figures_week_spoken, Dates.dayMonthLong(week.weekStart(), locale)),
                    any ? rate.toDouble() * 100 : null, value));
        }
        return points;
    }

    /**
     * A group's weeks ({@code FiguresByGroup.weeks()}: keyed by the week's Monday) as the chart's points, each
     * week's attendance over the sessions possible in it.
     */
    public static List<ChartPoint> ofGroupWeeks(Context context, List<GroupFigures> weeks) {
        Locale locale = Dates.locale(context);
        List<ChartPoint> points = new ArrayList<>();
        for (GroupFigures week : weeks) {
            LocalDate monday = LocalDate.parse(week.group());
            Fraction rate = week.attendanceRate();
            String value = rate == null ? null : context.getString(R.string.figures_week_value, rate.toPercent(1),
                    week.attendanceSessions(), week.possibleSessions());
            points.add(new ChartPoint(Dates.dayMonth(monday, locale),
                    context.getString(R.string.figures_week_spoken, Dates.dayMonthLong(monday, locale)),
                    rate == null ? null : rate.toDouble() * 100, value));
        }
        return points;
    }

    public static String persistentAbsenceLabel(Context context) {
        return context.getString(R.string.figures_persistent_line,
                Fraction.of(Math.round(PERSISTENT_ABSENCE_LINE), 100).toPercent(0));
    }
}
