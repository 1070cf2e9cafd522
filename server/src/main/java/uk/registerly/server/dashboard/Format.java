package uk.registerly.server.dashboard;

import java.util.Locale;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.figures.GroupFigures;

/** Numbers as the dashboard shows them. */
final class Format {

    private Format() {
    }

    /** "94.3%", or "–" when nothing was possible. */
    static String percent(Fraction f) {
        return f == null ? "–" : f.toPercent(1) + "%";
    }

    /**
     * A group's percentage; for a group of fewer than {@link GroupFigures#SMALL_GROUP} pupils with its count
     * beside it ("66.7% of 3 pupils"): never a percentage of a handful of pupils on its own.
     */
    static String percent(Fraction f, GroupFigures group) {
        String p = percent(f);
        return group.isSmall() && f != null ? p + " of " + group.pupils() + (group.pupils() == 1 ? " pupil" : " pupils") : p;
    }

    static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }
}
