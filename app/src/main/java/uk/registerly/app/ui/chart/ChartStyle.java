package uk.registerly.app.ui.chart;

/** How a {@link WeeklyChartView} draws its weeks. */
public enum ChartStyle {
    /** A line through the weeks, a dot on each: a trend over many weeks. */
    LINE,
    /** A bar per week from the axis's bottom: a few weeks, or one pupil's. */
    BAR
}
