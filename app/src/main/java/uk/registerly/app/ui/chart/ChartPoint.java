package uk.registerly.app.ui.chart;

import androidx.annotation.Nullable;

import java.util.Objects;

/**
 * One week on a {@link WeeklyChartView}: its short axis label ("2 Sep"), what TalkBack says for it ("week of
 * 2 September"), and its percentage, or null when the week has nothing to show (a gap in the line, no bar).
 * {@code valueText} is how the percentage is read out and labelled when the caller words it itself (with a
 * small group's pupil count, say); null: the chart formats the value.
 */
public final class ChartPoint {
    public final String axisLabel;
    public final String spokenLabel;
    @Nullable
    public final Double percent;
    @Nullable
    public final String valueText;

    public ChartPoint(String axisLabel, String spokenLabel, @Nullable Double percent, @Nullable String valueText) {
        this.axisLabel = Objects.requireNonNull(axisLabel, "axisLabel");
        this.spokenLabel = Objects.requireNonNull(spokenLabel, "spokenLabel");
        if (percent != null && (percent.isNaN() || percent < 0 || percent > 100)) {
            throw new IllegalArgumentException("a percentage is between 0 and 100: " + percent);
        }
        this.percent = percent;
        this.valueText = valueText;
    }

    public ChartPoint(String axisLabel, String spokenLabel, @Nullable Double percent) {
        this(axisLabel, spokenLabel, percent, null);
    }
}
