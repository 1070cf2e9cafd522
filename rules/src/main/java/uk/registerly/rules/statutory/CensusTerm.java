package uk.registerly.rules.statutory;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import uk.registerly.rules.figures.ReportingPeriod;

/**
 * The school census's attendance terms. "Collected one term in arrears: spring census = autumn term
 * (1 Aug - 31 Dec); summer census = spring term (1 Jan - Easter Sunday); autumn census = summer term
 * in two halves (Easter Monday - Sunday before the spring bank holiday; spring bank holiday - 31 Jul)"
 * (DfE, Pupil absence in schools in England, methodology; statutory-data.md section 3). The census
 * terms are fixed dates, not the school's own term dates: a school whose Easter holiday straddles
 * Easter Sunday counts its sessions on either side in different census terms.
 *
 * <p>{@code year} is the calendar year the term falls in (spring 2027 is 1 January to Easter Sunday
 * 2027).
 */
public enum CensusTerm {
    AUTUMN("autumn"),
    SPRING("spring"),
    SUMMER_FIRST_HALF("summer1"),
    SUMMER_SECOND_HALF("summer2");

    private final String code;

    CensusTerm(String code) {
        this.code = code;
    }

    /** autumn, spring, summer1 or summer2: how the API and the files name the term. */
    public String code() {
        return code;
    }

    /** The term named by {@link #code()} (any case); IllegalArgumentException listing the names otherwise. */
    public static CensusTerm parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        for (CensusTerm term : values()) {
            if (term.code.equals(t)) {
                return term;
            }
        }
        throw new IllegalArgumentException("term '" + (text == null ? "" : text.trim())
                + "' must be autumn, spring, summer1 or summer2");
    }

    /** The term's first and last day in {@code year} (both inclusive). */
    public ReportingPeriod period(int year) {
        switch (this) {
            case AUTUMN:
                return ReportingPeriod.between(LocalDate.of(year, Month.AUGUST, 1), LocalDate.of(year, Month.DECEMBER, 31));
            case SPRING:
                return ReportingPeriod.between(LocalDate.of(year, Month.JANUARY, 1), easterSunday(year));
            case SUMMER_FIRST_HALF:
                return ReportingPeriod.between(easterSunday(year).plusDays(1), springBankHoliday(year).minusDays(1));
            default:
                return ReportingPeriod.between(springBankHoliday(year), LocalDate.of(year, Month.JULY, 31));
        }
    }

    /** The census in which this term's attendance is collected (one term in arrears). */
    public String collectedIn() {
        switch (this) {
            case AUTUMN:
                return "spring census";
            case SPRING:
                return "summer census";
            default:
                return "autumn census";
        }
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /**
     * The spring bank holiday in England: the last Monday in May, except in the years it was moved by
     * royal proclamation for a jubilee (2002: 4 June; 2012: 4 June; 2022: 2 June).
     */
    public static LocalDate springBankHoliday(int year) {
        switch (year) {
            case 2002:
            case 2012:
                return LocalDate.of(year, Month.JUNE, 4);
            case 2022:
                return LocalDate.of(year, Month.JUNE, 2);
            default:
                return LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY));
        }
    }
}
