package uk.registerly.rules.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.MarkSource;

/**
 * A warning letter's period, such as Lady Boswell's Penalty Notice Warning Letter, which "sets out 15 school days
 * during which no unauthorised absence is to be recorded": the school days after the letter's date, broken by the
 * first U, N, G or O among their sessions (as the marks stand: an N later replaced by a reason no longer breaks
 * it), completed when they have all passed with every session marked and none unauthorised. Immutable.
 */
public final class WarningWindow {
    /** Where the period stands. */
    public enum State {
        /** Not over yet, and clean so far. */
        RUNNING,
        /** An unauthorised absence was recorded in it ({@link #brokenOn()}, {@link #brokenSession()}, {@link #brokenBy()}). */
        BROKEN,
        /** Every school day of it has passed, clean. */
        COMPLETED,
        /** Every school day has passed, clean so far, but some of its sessions are still unmarked. */
        AWAITING_MARKS
    }

    private final LocalDate letterDate;
    private final int schoolDays;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final State state;
    private final SchoolSession broken;
    private final AttendanceCode brokenBy;
    private final int daysPassed;
    private final List<SchoolSession> unmarked;

    private WarningWindow(LocalDate letterDate, int schoolDays, LocalDate firstDay, LocalDate lastDay, State state,
            SchoolSession broken, AttendanceCode brokenBy, int daysPassed, List<SchoolSession> unmarked) {
        this.letterDate = letterDate;
        this.schoolDays = schoolDays;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.state = state;
        this.broken = broken;
        this.brokenBy = brokenBy;
        this.daysPassed = daysPassed;
        this.unmarked = Collections.unmodifiableList(unmarked);
    }

    /**
     * @param letterDate the date of the warning letter; the period is the {@code schoolDays} school days after it
     * @param marks the pupil's effective marks (as evaluated up to {@code asOf})
     */
    public static WarningWindow track(LocalDate letterDate, int schoolDays, SchoolCalendar calendar,
            Collection<EffectiveMark> marks, LocalDate asOf) {
        if (schoolDays < 1) {
            throw new IllegalArgumentException("a warning period has at least one school day");
        }
        LocalDate first = calendar.schoolDayAfter(letterDate, 1);
        LocalDate last = calendar.schoolDayAfter(letterDate, schoolDays);
        Map<SchoolSession, AttendanceCode> codes = new HashMap<>();
        for (EffectiveMark mark : marks) {
            if (mark.source() != MarkSource.CLOSURE) {
                codes.put(mark.session(), mark.code());
            }
        }
        int passed = 0;
        List<SchoolSession> unmarked = new ArrayList<>();
        for (LocalDate day = first; day != null && !day.isAfter(asOf) && (last == null || !day.isAfter(last));
                day = calendar.schoolDayAfter(day, 1)) {
            passed++;
            for (Session s : Session.values()) {
                if (!calendar.isSchoolSession(day, s)) {
                    continue;
                }
                SchoolSession session = SchoolSession.of(day, s);
                AttendanceCode code = codes.get(session);
                if (code == null) {
                    unmarked.add(session);
                } else if (code.isUnauthorisedAbsence()) {
                    return new WarningWindow(letterDate, schoolDays, first, last, State.BROKEN, session, code, passed,
                            unmarked);
                }
            }
        }
        State state = last == null || last.isAfter(asOf) ? State.RUNNING
                : unmarked.isEmpty() ? State.COMPLETED : State.AWAITING_MARKS;
        return new WarningWindow(letterDate, schoolDays, first, last, state, null, null, passed, unmarked);
    }

    public LocalDate letterDate() {
        return letterDate;
    }

    /** The period's length in school days. */
    public int schoolDays() {
        return schoolDays;
    }

    /** The first school day of the period (the one after the letter); null when the calendar has none. */
    public LocalDate firstDay() {
        return firstDay;
    }

    /** The last school day of the period; null when the calendar ends first. */
    public LocalDate lastDay() {
        return lastDay;
    }

    public State state() {
        return state;
    }

    public boolean isBroken() {
        return state == State.BROKEN;
    }

    /** The date of the first unauthorised mark in the period; null unless broken. */
    public LocalDate brokenOn() {
        return broken == null ? null : broken.date();
    }

    /** Its session; null unless broken. */
    public Session brokenSession() {
        return broken == null ? null : broken.session();
    }

    /** Its code (U, N, G or O); null unless broken. */
    public AttendanceCode brokenBy() {
        return brokenBy;
    }

    /** School days of the period on or before the evaluation date (up to the break, when broken). */
    public int schoolDaysPassed() {
        return daysPassed;
    }

    /** School days still to come; 0 when broken or over. */
    public int schoolDaysLeft() {
        return state == State.RUNNING ? schoolDays - daysPassed : 0;
    }

    /** Sessions of the period up to the evaluation date (or the break) that have no mark yet. */
    public List<SchoolSession> unmarked() {
        return unmarked;
    }

    /** In English, with the dates and, when broken, the mark: for the pupil's ladder view and a reason. */
    public String describe() {
        String period = schoolDays + "-school-day warning period" + (firstDay == null ? ""
                : " (" + Dates.format(firstDay) + (lastDay == null ? " on" : " to " + Dates.format(lastDay)) + ")");
        switch (state) {
            case BROKEN:
                return brokenBy.symbol() + " on " + Dates.format(brokenOn()) + " (" + brokenSession() + ") broke the "
                        + period + " set out on " + Dates.format(letterDate);
            case COMPLETED:
                return "the " + period + " set out on " + Dates.format(letterDate) + " passed with no unauthorised "
                        + "absence";
            case AWAITING_MARKS:
                return "the " + period + " is over, clean so far, but " + unmarked.size() + " of its sessions "
                        + (unmarked.size() == 1 ? "is" : "are") + " unmarked";
            default:
                return "the " + period + " set out on " + Dates.format(letterDate) + ": " + daysPassed + " of "
                        + schoolDays + " school days passed with no unauthorised absence";
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
