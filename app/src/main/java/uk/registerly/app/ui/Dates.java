package uk.registerly.app.ui;

import android.content.Context;
import android.text.format.DateFormat;

import androidx.core.os.ConfigurationCompat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as the reader's language writes them ("Mon 7 Sep", "pon., 7 wrz", "الاثنين ٧
 * سبتمبر"): ICU's best pattern for each locale, never a fixed English order. School times are
 * on the 24-hour clock.
 */
public final class Dates {
    private Dates() {
    }

    /** The language the screen is shown in (the app's resources), which is what dates must follow. */
    public static Locale locale(Context context) {
        return ConfigurationCompat.getLocales(context.getResources().getConfiguration()).get(0);
    }

    /** Weekday, day and month. */
    public static String day(LocalDate date, Locale locale) {
        return format(date, "EEEdMMM", locale);
    }

    /** Weekday, day, month and year. */
    public static String dayWithYear(LocalDate date, Locale locale) {
        return format(date, "EEEdMMMyyyy", locale);
    }

    /** Day and short month, for a chart's axis ("2 Sep"). */
    public static String dayMonth(LocalDate date, Locale locale) {
        return format(date, "dMMM", locale);
    }

    /** Day and month in full, for what TalkBack reads ("2 September"). */
    public static String dayMonthLong(LocalDate date, Locale locale) {
        return format(date, "dMMMM", locale);
    }

    public static String time(LocalDateTime at, Locale locale) {
        return DateTimeFormatter.ofPattern(DateFormat.getBestDateTimePattern(locale, "HHmm"), locale).format(at);
    }

    /** Day, month and time, for "when" a record was made. */
    public static String dayAndTime(LocalDateTime at, Locale locale) {
        return format(at, "dMMMHHmm", locale);
    }

    private static String format(java.time.temporal.TemporalAccessor value, String skeleton, Locale locale) {
        return DateTimeFormatter.ofPattern(DateFormat.getBestDateTimePattern(locale, skeleton), locale).format(value);
    }
}
