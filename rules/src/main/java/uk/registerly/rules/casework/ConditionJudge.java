package uk.registerly.rules.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import uk.registerly.rules.alerts.PenaltyWindow;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.figures.AttendanceHistory;
import uk.registerly.rules.figures.Fraction;
import uk.registerly.rules.figures.PupilFigures;
import uk.registerly.rules.ladder.ConditionKind;
import uk.registerly.rules.ladder.EntryCondition;
import uk.registerly.rules.ladder.LadderStage;

/**
 * Judges entry conditions for one pupil as of the evaluation date. Figures are the school year's to date (the
 * ones every screen shows, {@code PupilEvaluation.schoolYearFigures()}); "then" is the school year's figures at
 * the end of the last school day before the stage before was taken.
 */
final class ConditionJudge {
    /** The stage before a condition's stage, and the case's place on it. */
    static final class Before {
        static final Before NONE = new Before(null, 0, null, null);

        final LadderStage stage;
        final int level;
        /** When the case entered that stage; null when it is not the case's current stage. */
        final LocalDate enteredOn;
        final WarningWindow warning;

        Before(LadderStage stage, int level, LocalDate enteredOn, WarningWindow warning) {
            this.stage = stage;
            this.level = level;
            this.enteredOn = enteredOn;
            this.warning = warning;
        }
    }

    private final PupilEvaluation pupil;
    private final SchoolCalendar calendar;
    private final AttendanceHistory history;
    private final LocalDate asOf;
    private final PupilFigures now;
    private final MarkConditions marks;

    ConditionJudge(PupilEvaluation pupil) {
        this.pupil = pupil;
        this.calendar = pupil.calendar();
        this.history = pupil.attendanceHistory();
        this.asOf = pupil.asOf();
        this.now = pupil.schoolYearFigures();
        this.marks = new MarkConditions(pupil);
    }

    Fraction rateNow() {
        return now.attendanceRate();
    }

    ConditionCheck check(EntryCondition c, Before before) {
        switch (c.kind()) {
            case ATTENDANCE_BELOW:
                return attendanceBelow(c);
            case ABSENCE_AT_LEAST:
                return absenceAtLeast(c);
            case NO_IMPROVEMENT:
            case DECREASED_FURTHER:
                return sinceStageBefore(c, before);
            case PENALTY_WINDOW:
                return penaltyWindow(c.count());
            case U_MARKS_IN_TERM:
                return marks.uMarksInTerm(c.count());
            case UNEXPLAINED_ABSENCE:
                return marks.unexplainedAbsence(c.count());
            case WARNING_BROKEN:
                return warningBroken(before);
            default:
                return group(c, before);
        }
    }

    private ConditionCheck attendanceBelow(EntryCondition c) {
        Fraction threshold = c.thresholdRate();
        Fraction rate = now.attendanceRate();
        String limit = c.threshold().toPlainString() + "%";
        if (rate == null) {
            return ConditionCheck.notMet("no attendance figures yet this school year");
        }
        String figures = "attendance " + Dates.percent(rate) + " this school year (" + now.attendanceSessions() + " of "
                + now.possibleSessions() + " sessions)";
        if (!rate.isBelow(threshold)) {
            return ConditionCheck.notMet(figures + ", not below " + limit);
        }
        LocalDate since = runStart(f -> f.attendanceRate() != null && f.attendanceRate().isBelow(threshold), null);
        return ConditionCheck.met(ConditionKind.ATTENDANCE_BELOW, since, figures + ", below " + limit + " since "
                + Dates.format(since));
    }

    private ConditionCheck absenceAtLeast(EntryCondition c) {
        Fraction threshold = c.thresholdRate();
        Fraction rate = now.absenceRate();
        String limit = c.threshold().toPlainString() + "%"
                + (threshold.equals(PupilFigures.PERSISTENT_ABSENCE) ? " (persistent absence)"
                        : threshold.equals(PupilFigures.SEVERE_ABSENCE) ? " (severe absence)" : "");
        if (rate == null) {
            return ConditionCheck.notMet("no attendance figures yet this school year");
        }
        String figures = "absence " + Dates.percent(rate) + " this school year (" + now.absenceSessions() + " of "
                + now.possibleSessions() + " sessions)";
        if (!rate.isAtLeast(threshold)) {
            return ConditionCheck.notMet(figures + ", below " + limit);
        }
        LocalDate since = runStart(f -> f.absenceRate() != null && f.absenceRate().isAtLeast(threshold), null);
        return ConditionCheck.met(ConditionKind.ABSENCE_AT_LEAST, since, figures + ", at or above " + limit + " since "
                + Dates.format(since));
    }

    /** NO_IMPROVEMENT and DECREASED_FURTHER: now against then, judged from a number of school weeks after. */
    private ConditionCheck sinceStageBefore(EntryCondition c, Before before) {
        boolean noImprovement = c.kind() == ConditionKind.NO_IMPROVEMENT;
        if (before.stage == null) {
            return ConditionCheck.notMet("there is no stage before to compare with");
        }
        String stage = "stage " + before.level;
        if (before.enteredOn == null) {
            return ConditionCheck.notMet("compares with " + stage + ", which is not the case's current stage");
        }
        String taken = stage + " on " + Dates.format(before.enteredOn);
        Fraction then = history.rateAsOf(before.enteredOn.minusDays(1));
        Fraction rate = now.attendanceRate();
        if (then == null || rate == null) {
            return ConditionCheck.notMet("no attendance figures " + (then == null ? "before " + taken : "yet")
                    + " to compare with");
        }
        int weeks = c.count();
        LocalDate judged = weeks == 0 ? calendar.schoolDayAfter(before.enteredOn, 1)
                : calendar.schoolWeeksAfter(before.enteredOn, weeks);
        String after = weeks + " school week" + (weeks == 1 ? "" : "s") + " after " + taken;
        String numbers = Dates.percent(then) + " then, " + Dates.percent(rate) + " now";
        if (judged == null) {
            return ConditionCheck.notMet("judged " + (weeks == 0 ? "after " + taken : after)
                    + ", beyond the school calendar");
        }
        if (judged.isAfter(asOf)) {
            return ConditionCheck.notMet("judged from " + Dates.format(judged) + (weeks == 0 ? "" : ", " + after)
                    + " (" + numbers + ")");
        }
        Predicate<PupilFigures> holds = noImprovement
                ? f -> f.attendanceRate() != null && f.attendanceRate().compareTo(then) <= 0
                : f -> f.attendanceRate() != null && f.attendanceRate().isBelow(then);
        if (!holds.test(now)) {
            return ConditionCheck.notMet((noImprovement ? "improved since " : "not decreased since ") + taken + ": "
                    + numbers);
        }
        LocalDate since = runStart(holds, judged);
        return ConditionCheck.met(c.kind(), since, noImprovement
                ? "no improvement " + after + ": " + numbers
                : "attendance decreased further since " + taken + ": " + numbers);
    }

    private ConditionCheck penaltyWindow(int sessions) {
        int count = pupil.penaltyWindowSessions();
        String national = sessions == PenaltyWindow.THRESHOLD_SESSIONS
                ? " (the national threshold for considering a penalty notice)" : "";
        String figures = count + " unauthorised session" + (count == 1 ? "" : "s") + " (G, N, O, U) in the last "
                + PenaltyWindow.SCHOOL_WEEKS + " school weeks";
        if (count < sessions) {
            return ConditionCheck.notMet(figures + ", below " + sessions + national);
        }
        LocalDate since = pupil.penaltyWindowHistory().reachedSince(sessions);
        since = since == null ? asOf : since;
        return ConditionCheck.met(ConditionKind.PENALTY_WINDOW, since, figures + ", at or above " + sessions + national
                + " since " + Dates.format(since));
    }

    private ConditionCheck warningBroken(Before before) {
        if (before.stage == null || before.enteredOn == null || before.warning == null) {
            return ConditionCheck.notMet(before.stage == null ? "there is no stage before"
                    : "compares with the warning period of stage " + before.level + ", which is not the case's "
                            + "current stage");
        }
        WarningWindow w = before.warning;
        return w.isBroken() ? ConditionCheck.met(ConditionKind.WARNING_BROKEN, w.brokenOn(), w.describe())
                : ConditionCheck.notMet(w.describe());
    }

    private ConditionCheck group(EntryCondition c, Before before) {
        boolean any = c.kind() == ConditionKind.ANY_OF;
        List<String> metReasons = new ArrayList<>();
        List<String> allReasons = new ArrayList<>();
        LocalDate since = null;
        ConditionKind trigger = null;
        boolean safeguarding = false;
        boolean all = true;
        for (EntryCondition inner : c.conditions()) {
            ConditionCheck check = check(inner, before);
            allReasons.add(check.reason);
            if (!check.met) {
                all = false;
                continue;
            }
            metReasons.add(check.reason);
            trigger = trigger == null ? check.trigger : trigger;
            safeguarding |= check.safeguarding;
            since = since == null ? check.metSince
                    : any ? (check.metSince.isBefore(since) ? check.metSince : since)
                            : (check.metSince.isAfter(since) ? check.metSince : since);
        }
        if (any ? metReasons.isEmpty() : !all) {
            return ConditionCheck.notMet((any ? "none of: " : "not all of: ") + String.join("; ", allReasons));
        }
        return ConditionCheck.met(since, String.join("; ", any ? metReasons : allReasons), trigger, safeguarding);
    }

    /**
     * The first school day of the run, ending with the latest school day up to the evaluation date, on whose
     * school-year-to-date figures {@code holds} is true, and not before {@code notBefore}; the evaluation date
     * when there are no school days.
     */
    private LocalDate runStart(Predicate<PupilFigures> holds, LocalDate notBefore) {
        List<LocalDate> schoolDays = history.schoolDays();
        LocalDate since = null;
        for (int i = schoolDays.size() - 1; i >= 0; i--) {
            LocalDate day = schoolDays.get(i);
            if ((notBefore != null && day.isBefore(notBefore)) || !holds.test(history.figuresAsOf(day))) {
                break;
            }
            since = day;
        }
        if (since == null) {
            since = notBefore != null && !notBefore.isAfter(asOf) ? notBefore : asOf;
        }
        return since;
    }
}
