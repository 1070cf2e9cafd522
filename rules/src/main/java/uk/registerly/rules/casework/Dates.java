package uk.registerly.rules.casework;

import java.time.LocalDate;
import uk.registerly.rules.figures.Fraction;

/**
 * Dates and rates as the office reads them in a reason: "14 Sep 2026", "91.3%". Month names are written out
 * here rather than taken from the JVM's locale data, which names September "Sep" or "Sept" by version.
 */
final class Dates {
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
        "Nov", "Dec"};

    private Dates() {
    }

    static String format(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    static String percent(Fraction rate) {
        return rate == null ? "no figures yet" : rate.toPercent(1) + "%";
    }
}
