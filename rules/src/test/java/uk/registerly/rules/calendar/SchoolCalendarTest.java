package uk.registerly.rules.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.codes.AttendanceCode;

class SchoolCalendarTest {
    // Two half-terms with a half-term week (26-30 Oct) between, an INSET Monday and a PM-only closure.
    private static final SchoolCalendar CALENDAR = SchoolCalendar.builder()
            .term(d("2026-09-07"), d("2026-10-23"))
            .term(d("2026-11-02"), d("2026-12-18"))
            .closedDay(d("2026-09-07"))
            .closure(new Closure(d("2026-09-09"), EnumSet.of(Session.PM), AttendanceCode.Y4))
            .build();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void schoolSessionsAreTermTimeWeekdaysLessClosures() {
        assertTrue(CALENDAR.isSchoolSession(d("2026-09-08"), Session.AM));
        assertFalse(CALENDAR.isSchoolSession(d("2026-09-12"), Session.AM), "Saturday");
        assertFalse(CALENDAR.isSchoolSession(d("2026-10-27"), Session.AM), "half-term");
        assertFalse(CALENDAR.isSchoolSession(d("2026-09-07"), Session.PM), "INSET");
        assertTrue(CALENDAR.isSchoolSession(d("2026-09-09"), Session.AM));
        assertFalse(CALENDAR.isSchoolSession(d("2026-09-09"), Session.PM));
    }

    @Test
    void aClosedSessionCarriesItsClosureCode() {
        assertSame(AttendanceCode.CLOSED, CALENDAR.closureCode(d("2026-09-07"), Session.AM));
        assertSame(AttendanceCode.Y4, CALENDAR.closureCode(d("2026-09-09"), Session.PM));
        assertNull(CALENDAR.closureCode(d("2026-09-09"), Session.AM));
    }

    @Test
    void aDayWithOneOpenSessionIsASchoolDayAndAClosedDayIsNot() {
        assertTrue(CALENDAR.isSchoolDay(d("2026-09-09")));
        assertFalse(CALENDAR.isSchoolDay(d("2026-09-07")));
        assertEquals(d("2026-09-08"), CALENDAR.schoolDays().get(0));
    }

    @Test
    void schoolDaysAfterSkipWeekendsHolidaysAndClosedDays() {
        assertEquals(d("2026-09-15"), CALENDAR.schoolDayAfter(d("2026-09-08"), 5));
        assertEquals(d("2026-11-02"), CALENDAR.schoolDayAfter(d("2026-10-23"), 1));
        assertEquals(d("2026-09-08"), CALENDAR.schoolDayAfter(d("2026-09-05"), 1));
        assertNull(CALENDAR.schoolDayAfter(d("2026-12-17"), 2));
    }

    @Test
    void aWeekWithoutSchoolSessionsIsNotASchoolWeek() {
        int beforeHalfTerm = CALENDAR.schoolWeekIndex(d("2026-10-23"));
        assertEquals(-1, CALENDAR.schoolWeekIndex(d("2026-10-28")));
        assertEquals(beforeHalfTerm + 1, CALENDAR.schoolWeekIndex(d("2026-11-04")));
        assertEquals(d("2026-11-02"), CALENDAR.schoolWeekStarts().get(beforeHalfTerm + 1));
    }

    @Test
    void theFirstSchoolDayOfAWeekSkipsItsClosedMonday() {
        int week = CALENDAR.schoolWeekIndex(d("2026-09-10"));
        assertEquals(d("2026-09-08"), CALENDAR.schoolDays().get(CALENDAR.firstSchoolDayOfWeek(week)));
    }

    @Test
    void sessionsThroughListOpenAndClosedSessionsInOrder() {
        assertEquals(6, CALENDAR.sessionsThrough(d("2026-09-09")).size());
        assertTrue(CALENDAR.sessionsThrough(d("2026-09-09")).get(0).isClosed());
        assertTrue(CALENDAR.sessionsThrough(d("2026-09-06")).isEmpty());
    }

    @Test
    void aClosureTakesHashOrAnUnableToAttendCodeOnly() {
        assertThrows(IllegalArgumentException.class,
                () -> new Closure(d("2026-09-08"), EnumSet.of(Session.AM), AttendanceCode.X));
        assertThrows(IllegalArgumentException.class,
                () -> new Closure(d("2026-09-08"), EnumSet.of(Session.AM), AttendanceCode.I));
    }

    @Test
    void aTermCannotEndBeforeItStarts() {
        assertThrows(IllegalArgumentException.class, () -> new Term(d("2026-09-08"), d("2026-09-07")));
    }

    @Test
    void schoolWeeksAfterADateSkipWeeksWithoutSchool() {
        SchoolCalendar calendar = SchoolCalendar.builder()
                .term(LocalDate.parse("2026-09-07"), LocalDate.parse("2026-10-23"))
                .term(LocalDate.parse("2026-11-02"), LocalDate.parse("2026-12-18"))
                .closedDay(LocalDate.parse("2026-10-19"))
                .build();
        assertEquals(LocalDate.parse("2026-09-14"), calendar.schoolWeeksAfter(LocalDate.parse("2026-09-09"), 1));
        assertEquals(LocalDate.parse("2026-09-14"), calendar.schoolWeeksAfter(LocalDate.parse("2026-09-12"), 1),
                "a Saturday is in its school week");
        assertEquals(LocalDate.parse("2026-10-20"), calendar.schoolWeeksAfter(LocalDate.parse("2026-10-14"), 1),
                "the week's first school day, after an INSET Monday");
        assertEquals(LocalDate.parse("2026-11-02"), calendar.schoolWeeksAfter(LocalDate.parse("2026-10-21"), 1),
                "half term is not a school week");
        assertEquals(LocalDate.parse("2026-11-02"), calendar.schoolWeeksAfter(LocalDate.parse("2026-10-28"), 1),
                "a day in half term counts as in the week before it");
        assertEquals(LocalDate.parse("2026-09-07"), calendar.schoolWeeksAfter(LocalDate.parse("2026-08-20"), 1),
                "before the calendar: the first school week");
        assertEquals(LocalDate.parse("2026-12-14"), calendar.schoolWeeksAfter(LocalDate.parse("2026-10-12"), 8));
        assertNull(calendar.schoolWeeksAfter(LocalDate.parse("2026-12-14"), 1), "beyond the calendar");
    }
}
