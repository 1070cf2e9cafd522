package uk.registerly.rules.evaluation;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import uk.registerly.rules.alerts.Alert;
import uk.registerly.rules.alerts.PenaltyWindow;
import uk.registerly.rules.alerts.PenaltyWindowHistory;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.figures.AttendanceHistory;
import uk.registerly.rules.figures.AttendanceWeek;
import uk.registerly.rules.figures.PupilFigures;
import uk.registerly.rules.figures.ReportingPeriod;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.marks.EffectiveMark;
import uk.registerly.rules.policy.LadderBand;

/** Everything the rules say about one pupil up to the evaluation date. */
public final class PupilEvaluation {
    private final Pupil pupil;
    private final LocalDate asOf;
    private final List<EffectiveMark> marks;
    private final List<SchoolSession> unmarked;
    private final PupilFigures figures;
    private final List<Alert> alerts;
    private final int penaltyWindowSessions;
    private final LadderBand ladderBand;
    private final List<AttendanceFact> outsideSchoolSessions;
    private final ReportingPeriod schoolYearToDate;
    private final PupilFigures schoolYearFigures;
    private final SchoolCalendar calendar;
    private final PenaltyWindowHistory penaltyWindowHistory;
    /** Built on first use (most evaluations never ask); racy but idempotent, and the result is immutable. */
    private volatile AttendanceHistory attendanceHistory;

    PupilEvaluation(Pupil pupil, LocalDate asOf, SchoolCalendar calendar, List<EffectiveMark> marks,
            List<SchoolSession> unmarked, PupilFigures figures, ReportingPeriod schoolYearToDate,
            PupilFigures schoolYearFigures, List<Alert> alerts, int penaltyWindowSessions,
            PenaltyWindowHistory penaltyWindowHistory, LadderBand ladderBand, List<AttendanceFact> outsideSchoolSessions) {
        this.calendar = calendar;
        this.penaltyWindowHistory = penaltyWindowHistory;
        this.pupil = pupil;
        this.asOf = asOf;
        this.marks = Collections.unmodifiableList(marks);
        this.unmarked = Collections.unmodifiableList(unmarked);
        this.figures = figures;
        this.alerts = Collections.unmodifiableList(alerts);
        this.penaltyWindowSessions = penaltyWindowSessions;
        this.ladderBand = ladderBand;
        this.outsideSchoolSessions = Collections.unmodifiableList(outsideSchoolSessions);
        this.schoolYearToDate = schoolYearToDate;
        this.schoolYearFigures = schoolYearFigures;
    }

    public Pupil pupil() {
        return pupil;
    }

    /** One per marked or closed session, by date, AM before PM. */
    public List<EffectiveMark> marks() {
        return marks;
    }

    /** School sessions that have no mark yet. */
    public List<SchoolSession> unmarked() {
        return unmarked;
    }

    /** The evaluation date: sessions after it were not evaluated. */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * Figures over every evaluated session, whatever the school year (what the {@code evaluate} command
     * prints). Screens and worklists show {@link #schoolYearFigures()} instead.
     */
    public PupilFigures figures() {
        return figures;
    }

    /**
     * The range the app and the server both show figures, persistent and severe absence over: the
     * school year to {@link #asOf()}, from the pupil's admission date when later.
     */
    public ReportingPeriod schoolYearToDate() {
        return schoolYearToDate;
    }

    /** Figures over {@link #schoolYearToDate()}: the pupil's attendance, PA and SA as every screen shows them. */
    public PupilFigures schoolYearFigures() {
        return schoolYearFigures;
    }

    /** Figures over any other period (a report's dates), counted by the same tally. */
    public PupilFigures figures(ReportingPeriod period) {
        return period.figures(pupil.id(), marks);
    }

    /**
     * The school year's figures as they stood at the end of each school day up to {@link #asOf()}, and week by
     * week ({@link AttendanceHistory#weeks()}), counted over the same range as {@link #schoolYearFigures()}.
     */
    public AttendanceHistory attendanceHistory() {
        AttendanceHistory history = attendanceHistory;
        if (history == null) {
            history = AttendanceHistory.of(pupil.id(), calendar, marks, asOf, pupil.onRollFrom());
            attendanceHistory = history;
        }
        return history;
    }

    /** Week by week this school year to {@link #asOf()}: each week's figures and the year's to the end of it. */
    public List<AttendanceWeek> weeklyAttendance() {
        return attendanceHistory().weeks();
    }

    /** The calendar the pupil was evaluated against. */
    public SchoolCalendar calendar() {
        return calendar;
    }

    public List<Alert> alerts() {
        return alerts;
    }

    /**
     * G, N, O and U sessions within the last {@value PenaltyWindow#SCHOOL_WEEKS} school weeks
     * as of the evaluation date (this school week up to that date included), counted only
     * while the pupil is of compulsory school age: the same window, counted by the same code,
     * as the PENALTY_THRESHOLD alert, so the alert is raised on a school day on which this
     * count, evaluated as of that day, first reaches {@value PenaltyWindow#THRESHOLD_SESSIONS}.
     */
    public int penaltyWindowSessions() {
        return penaltyWindowSessions;
    }

    /**
     * Whether the penalty window holds {@value PenaltyWindow#APPROACHING_SESSIONS} or more
     * sessions but fewer than {@value PenaltyWindow#THRESHOLD_SESSIONS}.
     */
    /** The penalty window's count on each school day up to {@link #asOf()} (since when it has been reached). */
    public PenaltyWindowHistory penaltyWindowHistory() {
        return penaltyWindowHistory;
    }

    public boolean isApproachingPenaltyThreshold() {
        return PenaltyWindow.isApproaching(penaltyWindowSessions);
    }

    /**
     * Where the attendance rate over the school year to date ({@link #schoolYearFigures()}) sits on the
     * school's ladder; null when it calls for no action.
     */
    public LadderBand ladderBand() {
        return ladderBand;
    }

    /**
     * Facts that fall on no school session (a closed session, a weekend, a holiday, or
     * an arrival after the day's last session ended), and withdrawals of arrivals that are
     * not among the facts or fall on no school session: kept, but they decide no mark.
     */
    public List<AttendanceFact> outsideSchoolSessions() {
        return outsideSchoolSessions;
    }
}
