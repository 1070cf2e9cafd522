package uk.registerly.server.http;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Fast parsing of the fixed ISO forms devices send ({@code 2026-09-07}, {@code 2026-09-07T08:50[:00[.123]]},
 * {@code 2026-09-07T07:50:00[.123]Z}). java.time's general formatters cost about a fifth of a push's
 * CPU; anything else falls back to them, so every ISO form they accept is still accepted.
 */
public final class IsoTimes {

    private IsoTimes() {
    }

    public static LocalDate date(String s) {
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            int y = digits(s, 0, 4);
            int m = digits(s, 5, 7);
            int d = digits(s, 8, 10);
            if (y >= 0 && m >= 0 && d >= 0) {
                return LocalDate.of(y, m, d);
            }
        }
        return LocalDate.parse(s);
    }

    public static LocalDateTime localDateTime(String s) {
        LocalDateTime fast = fastDateTime(s, s.length());
        return fast != null ? fast : LocalDateTime.parse(s);
    }

    public static Instant instant(String s) {
        int n = s.length();
        if (n > 0 && s.charAt(n - 1) == 'Z') {
            LocalDateTime fast = fastDateTime(s, n - 1);
            if (fast != null) {
                return fast.toInstant(ZoneOffset.UTC);
            }
        }
        return Instant.parse(s);
    }

    /** {@code s[0, end)} as YYYY-MM-DDTHH:MM, :SS and .fraction optional; null when not of that form. */
    private static LocalDateTime fastDateTime(String s, int end) {
        if (end < 16 || s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return null;
        }
        int y = digits(s, 0, 4);
        int mo = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        int h = digits(s, 11, 13);
        int mi = digits(s, 14, 16);
        int sec = 0;
        int nanos = 0;
        if (end > 16) {
            if (end < 19 || s.charAt(16) != ':') {
                return null;
            }
            sec = digits(s, 17, 19);
            if (end > 19) {
                if (s.charAt(19) != '.' || end == 20 || end > 29) {
                    return null;
                }
                nanos = digits(s, 20, end);
                for (int i = end; i < 29; i++) {
                    nanos *= 10;
                }
            }
        }
        if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0 || nanos < 0) {
            return null;
        }
        try {
            return LocalDateTime.of(y, mo, d, h, mi, sec, nanos);
        } catch (DateTimeException e) {
            return null; // let the general parser report it
        }
    }

    private static int digits(String s, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
