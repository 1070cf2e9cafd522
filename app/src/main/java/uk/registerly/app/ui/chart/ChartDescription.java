package uk.registerly.app.ui.chart;

import android.content.res.Resources;

import androidx.annotation.Nullable;

import java.util.List;
import java.util.Locale;

import uk.registerly.app.R;

/**
 * What TalkBack reads for a chart, since a screen reader cannot see a line: how many weeks from when to when,
 * the latest, lowest and highest weeks with their values, and, with a target, how many weeks fell below it.
 */
final class ChartDescription {
    private ChartDescription() {
    }

    static String of(Resources res, String title, List<ChartPoint> points, @Nullable Double target,
            @Nullable String targetLabel) {
        ChartPoint first = null;
        ChartPoint last = null;
        ChartPoint lowest = null;
        ChartPoint highest = null;
        int weeks = 0;
        int below = 0;
        for (ChartPoint p : points) {
            if (p.percent == null) {
                continue;
            }
            weeks++;
            first = first == null ? p : first;
            last = p;
            if (lowest == null || p.percent < lowest.percent) {
                lowest = p;
            }
            if (highest == null || p.percent > highest.percent) {
                highest = p;
            }
            if (target != null && p.percent < target) {
                below++;
            }
        }
        if (weeks == 0) {
            return res.getString(R.string.chart_description_empty, title);
        }
        StringBuilder text = new StringBuilder(res.getQuantityString(R.plurals.chart_description_weeks, weeks, title,
                weeks, first.spokenLabel, last.spokenLabel));
        text.append(' ').append(res.getString(R.string.chart_description_latest, value(res, last)));
        if (weeks > 1) {
            text.append(' ').append(res.getString(R.string.chart_description_range, value(res, lowest),
                    lowest.spokenLabel, value(res, highest), highest.spokenLabel));
        }
        if (target != null) {
            text.append(' ').append(res.getQuantityString(R.plurals.chart_description_target, below,
                    targetLabel == null ? percent(res, target) : targetLabel, below, weeks));
        }
        return text.toString();
    }

    static String value(Resources res, ChartPoint p) {
        return p.valueText != null ? p.valueText : percent(res, p.percent);
    }

    static String percent(Resources res, double percent) {
        Locale locale = res.getConfiguration().getLocales().get(0);
        return res.getString(R.string.chart_percent, String.format(locale, "%.1f", percent));
    }
}
