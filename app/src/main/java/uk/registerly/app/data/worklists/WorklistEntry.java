package uk.registerly.app.data.worklists;

import androidx.annotation.Nullable;

import java.time.LocalDate;

import uk.registerly.app.data.roster.RosterPupil;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.figures.Fraction;

/**
 * One pupil on one worklist, with the facts the line shows (which are filled depends on the
 * list: a date, a session, a count of sessions, a rate).
 */
public final class WorklistEntry {
    public final Worklist list;
    public final RosterPupil pupil;
    /** When the duty arose (the alert's date); null for figures-based lists. */
    @Nullable
    public final LocalDate date;
    /** The overdue session's day and session (N overdue). */
    @Nullable
    public final LocalDate sessionDate;
    @Nullable
    public final Session session;
    /** Sessions counted (penalty window, illness). */
    @Nullable
    public final Integer sessions;
    /** Absence rate (persistent and severe absence). */
    @Nullable
    public final Fraction rate;

    WorklistEntry(Worklist list, RosterPupil pupil, @Nullable LocalDate date, @Nullable LocalDate sessionDate,
                  @Nullable Session session, @Nullable Integer sessions, @Nullable Fraction rate) {
        this.list = list;
        this.pupil = pupil;
        this.date = date;
        this.sessionDate = sessionDate;
        this.session = session;
        this.sessions = sessions;
        this.rate = rate;
    }
}
