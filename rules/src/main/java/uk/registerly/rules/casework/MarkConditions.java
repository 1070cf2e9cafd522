package uk.registerly.rules.casework;

import java.time.LocalDate;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.calendar.Term;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.figures.AttendanceHistory;
import uk.registerly.rules.ladder.ConditionKind;
import uk.registerly.rules.ladder.EntryCondition;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.marks.MarkSource;

/**
 * The entry conditions {@link ConditionJudge} judges from one pupil's marks school day by school day rather than
 * from figures: U marks in the current term and a run of unexplained absence.
 */
final class MarkConditions {

    private static final int SESSIONS = Session.values().length;

    private final SchoolCalendar calendar;
    private final AttendanceHistory history;
    private final LocalDate asOf;
    /** Codes by school day (index among the calendar's school days) and session, up to asOf. */
    private final AttendanceCode[] codes;
    private final int days;

    MarkConditions(PupilEvaluation pupil) {
        this.calendar = pupil.calendar();
        this.history = pupil.attendanceHistory();
        this.asOf = pupil.asOf();
        this.days = history.schoolDays().size();
        this.codes = new AttendanceCode[days * SESSIONS];
        for (EffectiveMark mark : pupil.marks()) {
            int day = calendar.schoolDayIndex(mark.session().date());
            if (mark.source() != MarkSource.CLOSURE && day >= 0 && day < days) {
                codes[day * SESSIONS + mark.session().session().ordinal()] = mark.code();
            }
        }
    }

    ConditionCheck uMarksInTerm(int wanted) {
        Term term = null;
        for (Term t : calendar.terms()) {
            if (!t.from().isAfter(asOf) && (term == null || t.from().isAfter(term.from()))) {
                term = t;
            }
        }
        if (term == null) {
            return ConditionCheck.notMet("no term has started");
        }
        int count = 0;
        LocalDate reached = null;
        for (int day = 0; day < days; day++) {
            LocalDate date = history.schoolDays().get(day);
            if (!term.contains(date)) {
                continue;
            }
            for (Session s : Session.values()) {
                if (codes[day * SESSIONS + s.ordinal()] == AttendanceCode.U && ++count == wanted) {
                    reached = date;
                }
            }
        }
        String figures = count + " U mark" + (count == 1 ? "" : "s") + " (arrived after the register closed) in the "
                + "term " + Dates.format(term.from()) + " to " + Dates.format(term.to());
        if (reached == null) {
            return ConditionCheck.notMet(figures + ", fewer than " + wanted);
        }
        return ConditionCheck.met(ConditionKind.U_MARKS_IN_TERM, reached, figures + ", the " + EntryCondition.ordinal(
                wanted) + " on " + Dates.format(reached));
    }

    /**
     * The run of school days of unexplained absence that is going on: ending with the latest school day up to the
     * evaluation date (or the day before, when the evaluation date has no mark yet, e.g. before the register), each
     * with at least one marked session and every marked session N or O.
     */
    ConditionCheck unexplainedAbsence(int wanted) {
        int last = days - 1;
        if (last >= 0 && history.schoolDays().get(last).equals(asOf) && !anyMark(last)) {
            last--;
        }
        int first = last + 1;
        while (first > 0 && unexplained(first - 1)) {
            first--;
        }
        int run = last - first + 1;
        if (run < wanted) {
            return ConditionCheck.notMet(run == 0 ? "no unexplained absence going on"
                    : run + " school day" + (run == 1 ? "" : "s") + " of unexplained absence (N or O) so far, since "
                            + Dates.format(history.schoolDays().get(first)));
        }
        LocalDate reached = history.schoolDays().get(first + wanted - 1);
        return ConditionCheck.met(ConditionKind.UNEXPLAINED_ABSENCE, reached, "the " + EntryCondition.ordinal(wanted)
                + " consecutive school day of unexplained absence (N or O) was " + Dates.format(reached) + ", since "
                + Dates.format(history.schoolDays().get(first)) + (run > wanted ? " (" + run + " days so far)" : ""));
    }

    private boolean anyMark(int day) {
        for (Session s : Session.values()) {
            if (codes[day * SESSIONS + s.ordinal()] != null) {
                return true;
            }
        }
        return false;
    }

    private boolean unexplained(int day) {
        boolean marked = false;
        for (Session s : Session.values()) {
            AttendanceCode code = codes[day * SESSIONS + s.ordinal()];
            if (code == null) {
                continue;
            }
            if (code != AttendanceCode.N && code != AttendanceCode.O) {
                return false;
            }
            marked = true;
        }
        return marked;
    }
}
