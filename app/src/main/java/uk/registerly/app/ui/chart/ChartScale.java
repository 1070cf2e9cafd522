package uk.registerly.app.ui.chart;

import androidx.annotation.Nullable;

import java.util.List;

/**
 * The percentage axis of a chart: from a round number at or below the lowest value (and the target) up to
 * 100, with gridlines at a round step. Attendance mostly lies between 85% and 100%, so an axis from 0 would
 * flatten every week into one line; the lower bound shows where the axis starts, read on its label.
 */
final class ChartScale {
    final double lower;
    final double upper = 100;
    final double step;

    private ChartScale(double lower, double step) {
        this.lower = lower;
        this.step = step;
    }

    static ChartScale of(List<ChartPoint> points, @Nullable Double target) {
        double min = target == null ? 100 : target;
        for (ChartPoint p : points) {
            if (p.percent != null) {
                min = Math.min(min, p.percent);
            }
        }
        double span = 100 - min;
        double step = span <= 15 ? 5 : span <= 40 ? 10 : 20;
        double lower = Math.floor(min / step) * step;
        if (lower >= min && lower > 0) {
            lower -= step; // the lowest value sits above the axis, not on it
        }
        return new ChartScale(Math.max(0, lower), step);
    }

    int ticks() {
        return (int) Math.round((upper - lower) / step) + 1;
    }

    double tick(int i) {
        return lower + i * step;
    }

    /** Where a percentage lies between the axis's bottom (0) and top (1). */
    float fraction(double percent) {
        return (float) ((Math.max(lower, Math.min(upper, percent)) - lower) / (upper - lower));
    }
}
