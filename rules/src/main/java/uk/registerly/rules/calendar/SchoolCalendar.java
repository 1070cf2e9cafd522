package uk.registerly.rules.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The school's terms and closures. School sessions are AM and PM of every
 * Monday-Friday inside a term, less closed sessions; a school day is a day with at
 * least one school session; a school week is a Monday-Sunday week with at least one.
 *
 * <p>Every question is answered from arrays built once, so evaluating a whole school
 * costs no calendar scans.
 */
public final class SchoolCalendar {
    private static final int SESSIONS = Session.values().length;

    private final List<Term> terms;
    private final List<Closure> closures;
    /** Every Monday-Friday inside a term, ascending: the calendar's slots. */
    private final LocalDate[] termDays;
    /** Closure code per slot (termDay * 2 + session), null when the session is open. */
    private final AttendanceCode[] closedWith;
    private final long firstEpochDay;
    /** Index into termDays by (epochDay - firstEpochDay), -1 for other days. */
    private final int[] termDayByOffset;
    private final List<LocalDate> schoolDays;
    /** For each term day: index among school days of the first school day on or after it. */
    private final int[] schoolDaysBefore;
    /** Mondays of the school weeks, ascending. */
    private final List<LocalDate> schoolWeekStarts;
    /** For each school week: index among school days of its first school day. */
    private final int[] weekFirstSchoolDay;

    private SchoolCalendar(List<Term> terms, List<Closure> closures) {
        this.terms = Collections.unmodifiableList(new ArrayList<>(terms));
        this.closures = Collections.unmodifiableList(new ArrayList<>(closures));
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Term term : terms) {
            for (LocalDate d = term.from(); !d.isAfter(term.to()); d = d.plusDays(1)) {
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    days.add(d);
                }
            }
        }
        termDays = days.toArray(new LocalDate[0]);
        firstEpochDay = termDays.length == 0 ? 0 : termDays[0].toEpochDay();
        int span = termDays.length == 0 ? 0
                : (int) (termDays[termDays.length - 1].toEpochDay() - firstEpochDay + 1);
        termDayByOffset = new int[span];
        Arrays.fill(termDayByOffset, -1);
        for (int i = 0; i < termDays.length; i++) {
            termDayByOffset[(int) (termDays[i].toEpochDay() - firstEpochDay)] = i;
        }
        closedWith = new AttendanceCode[termDays.length * SESSIONS];
        for (Closure closure : closures) {
            int day = termDayIndex(closure.date());
            if (day >= 0) {
                for (Session s : closure.sessions()) {
                    closedWith[day * SESSIONS + s.ordinal()] = closure.code();
                }
            }
        }
        List<LocalDate> open = new ArrayList<>();
        List<LocalDate> weeks = new ArrayList<>();
        List<Integer> weekFirst = new ArrayList<>();
        schoolDaysBefore = new int[termDays.length];
        for (int i = 0; i < termDays.length; i++) {
            schoolDaysBefore[i] = open.size();
            if (hasOpenSession(i)) {
                LocalDate monday = termDays[i].minusDays(termDays[i].getDayOfWeek().getValue() - 1L);
                if (weeks.isEmpty() || !weeks.get(weeks.size() - 1).equals(monday)) {
                    weeks.add(monday);
                    weekFirst.add(open.size());
                }
                open.add(termDays[i]);
            }
        }
        schoolDays = Collections.unmodifiableList(open);
        schoolWeekStarts = Collections.unmodifiableList(weeks);
        weekFirstSchoolDay = new int[weekFirst.size()];
        for (int w = 0; w < weekFirstSchoolDay.length; w++) {
            weekFirstSchoolDay[w] = weekFirst.get(w);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Term> terms() {
        return terms;
    }

    public List<Closure> closures() {
        return closures;
    }

    /** Whether pupils are expected in school for this session. */
    public boolean isSchoolSession(LocalDate date, Session session) {
        int day = termDayIndex(date);
        return day >= 0 && closedWith[day * SESSIONS + session.ordinal()] == null;
    }

    /** The closure code of a term-time weekday session, or null when it is open or not term time. */
    public AttendanceCode closureCode(LocalDate date, Session session) {
        int day = termDayIndex(date);
        return day < 0 ? null : closedWith[day * SESSIONS + session.ordinal()];
    }

    public boolean isSchoolDay(LocalDate date) {
        int day = termDayIndex(date);
        return day >= 0 && hasOpenSession(day);
    }

    /** School days in order. */
    public List<LocalDate> schoolDays() {
        return schoolDays;
    }

    /** Every term-time weekday, open or closed, in order. */
    public List<LocalDate> termDays() {
        return Collections.unmodifiableList(Arrays.asList(termDays));
    }

    /** Position of a term-time weekday among {@link #termDays()}, or -1. */
    public int termDayIndex(LocalDate date) {
        long offset = date.toEpochDay() - firstEpochDay;
        return offset < 0 || offset >= termDayByOffset.length ? -1 : termDayByOffset[(int) offset];
    }

    /**
     * The {@code n}th school day strictly after {@code date} (n >= 1), or null when the
     * calendar does not reach that far.
     */
    public LocalDate schoolDayAfter(LocalDate date, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n must be at least 1");
        }
        int index = firstSchoolDayIndexAfter(date) + n - 1;
        return index < schoolDays.size() ? schoolDays.get(index) : null;
    }

    /** Position of {@code date} among {@link #schoolDays()}, or -1 when it is not a school day. */
    public int schoolDayIndex(LocalDate date) {
        int day = termDayIndex(date);
        return day >= 0 && hasOpenSession(day) ? schoolDaysBefore[day] : -1;
    }

    /** Position among {@link #schoolDays()} of the first school day of the school week {@code weekIndex}. */
    public int firstSchoolDayOfWeek(int weekIndex) {
        return weekFirstSchoolDay[weekIndex];
    }

    /** Mondays of the school weeks, in order. */
    public List<LocalDate> schoolWeekStarts() {
        return schoolWeekStarts;
    }

    /** Position among {@link #schoolWeekStarts()} of the week holding {@code date}, or -1 if that week has no school session. */
    public int schoolWeekIndex(LocalDate date) {
        LocalDate monday = date.minusDays(date.getDayOfWeek().getValue() - 1L);
        int found = Collections.binarySearch(schoolWeekStarts, monday);
        return found >= 0 ? found : -1;
    }

    /**
     * The first school day of the {@code weeks}th school week after the one holding {@code date} (weeks >= 1),
     * or null when the calendar does not reach that far. Weeks without a school session are not school weeks,
     * and a date in such a week (a holiday) counts as in the latest school week before it, so "after 1 school
     * week" from a Wednesday, a Saturday or the half-term break is the first school day of the next school week.
     */
    public LocalDate schoolWeeksAfter(LocalDate date, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1");
        }
        LocalDate monday = date.minusDays(date.getDayOfWeek().getValue() - 1L);
        int found = Collections.binarySearch(schoolWeekStarts, monday);
        int week = found >= 0 ? found : -found - 2;
        int target = week + weeks;
        return target < schoolWeekStarts.size() ? schoolDays.get(weekFirstSchoolDay[target]) : null;
    }

    /** Term-time weekday sessions up to and including {@code asOf}, open or closed, in order. */
    public List<CalendarSession> sessionsThrough(LocalDate asOf) {
        List<CalendarSession> out = new ArrayList<>();
        for (int day = 0; day < termDays.length && !termDays[day].isAfter(asOf); day++) {
            for (Session s : Session.values()) {
                out.add(new CalendarSession(SchoolSession.of(termDays[day], s),
                        closedWith[day * SESSIONS + s.ordinal()]));
            }
        }
        return out;
    }

    private boolean hasOpenSession(int day) {
        for (int s = 0; s < SESSIONS; s++) {
            if (closedWith[day * SESSIONS + s] == null) {
                return true;
            }
        }
        return false;
    }

    private int firstSchoolDayIndexAfter(LocalDate date) {
        if (termDays.length == 0) {
            return 0;
        }
        LocalDate next = date.plusDays(1);
        if (next.isBefore(termDays[0])) {
            return 0;
        }
        if (next.isAfter(termDays[termDays.length - 1])) {
            return schoolDays.size();
        }
        int offset = (int) ChronoUnit.DAYS.between(termDays[0], next);
        while (termDayByOffset[offset] < 0) {
            offset++;
        }
        return schoolDaysBefore[termDayByOffset[offset]];
    }

    public static final class Builder {
        private final List<Term> terms = new ArrayList<>();
        private final List<Closure> closures = new ArrayList<>();

        public Builder term(LocalDate from, LocalDate to) {
            terms.add(new Term(from, to));
            return this;
        }

        public Builder closure(Closure closure) {
            closures.add(closure);
            return this;
        }

        /** A whole-day planned closure marked {@code #}. */
        public Builder closedDay(LocalDate date) {
            return closure(Closure.wholeDay(date));
        }

        public SchoolCalendar build() {
            return new SchoolCalendar(terms, closures);
        }
    }
}
