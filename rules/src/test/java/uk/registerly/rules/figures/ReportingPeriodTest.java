package uk.registerly.rules.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.AutumnTerm;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.evaluation.Evaluator;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.policy.SchoolPresets;

class ReportingPeriodTest {
    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void theSchoolYearStartsOnTheFirstOfSeptember() {
        assertEquals(d("2025-09-01"), ReportingPeriod.schoolYearStart(d("2026-08-31")));
        assertEquals(d("2026-09-01"), ReportingPeriod.schoolYearStart(d("2026-09-01")));
        assertEquals(d("2026-09-01"), ReportingPeriod.schoolYearStart(d("2027-07-20")));
    }

    @Test
    void theYearToDateStartsAtAdmissionWhenThePupilJoinedLater() {
        assertEquals(ReportingPeriod.between(d("2026-09-01"), d("2026-12-03")),
                ReportingPeriod.schoolYearToDate(d("2026-12-03"), null));
        assertEquals(ReportingPeriod.between(d("2026-09-01"), d("2026-12-03")),
                ReportingPeriod.schoolYearToDate(d("2026-12-03"), d("2021-09-01")));
        assertEquals(ReportingPeriod.between(d("2026-11-02"), d("2026-12-03")),
                ReportingPeriod.schoolYearToDate(d("2026-12-03"), d("2026-11-02")));
        ReportingPeriod notYet = ReportingPeriod.schoolYearToDate(d("2026-12-03"), d("2027-01-04"));
        assertTrue(notYet.isEmpty());
        assertFalse(notYet.contains(d("2026-12-03")));
    }

    /** Summer term 2026 (last school year) and the autumn term 2026 (this one), as one calendar. */
    private static final SchoolCalendar TWO_YEARS = SchoolCalendar.builder()
            .term(d("2026-06-01"), d("2026-07-17"))
            .term(d("2026-09-07"), d("2026-10-23"))
            .build();

    @Test
    void persistentAbsenceIsJudgedOverThisSchoolYearOnly() {
        List<AttendanceFact> facts = new ArrayList<>();
        facts.addAll(AutumnTerm.marks(TWO_YEARS, "2026-06-01", 20, "O", Session.AM, Session.PM));
        facts.addAll(AutumnTerm.marks(TWO_YEARS, "2026-09-07", 20, "/", Session.AM));
        facts.addAll(AutumnTerm.marks(TWO_YEARS, "2026-09-07", 20, "\\", Session.PM));
        SchoolPolicy withLadder = AutumnTerm.POLICY.toBuilder().ladder(SchoolPresets.millbrook().ladder()).build();
        PupilEvaluation p = new Evaluator(withLadder, TWO_YEARS).evaluatePupil(AutumnTerm.PUPIL, facts, d("2026-10-02"));
        assertEquals(d("2026-10-02"), p.asOf());
        assertTrue(p.figures().isPersistentlyAbsent(), "every evaluated session: 40 of 80 absent");
        assertEquals(ReportingPeriod.between(d("2026-09-01"), d("2026-10-02")), p.schoolYearToDate());
        PupilFigures year = p.schoolYearFigures();
        assertEquals(40, year.possibleSessions());
        assertEquals(40, year.attendanceSessions());
        assertFalse(year.isPersistentlyAbsent());
        assertEquals(Fraction.of(1, 1), year.attendanceRate());
        assertNull(p.ladderBand(), "100% this year: no action, although last summer's 0% would make it 50%");
    }

    @Test
    void figuresCountFromThePupilsAdmissionDate() {
        Pupil joined = new Pupil("p1", "5", d("2016-05-01"), d("2026-09-21"), null);
        List<AttendanceFact> facts = new ArrayList<>();
        // Recorded before the admission date was corrected on the roster: kept, but not this pupil's year.
        facts.addAll(AutumnTerm.marks(TWO_YEARS, "2026-09-07", 10, "N", Session.AM, Session.PM));
        facts.addAll(AutumnTerm.marks(TWO_YEARS, "2026-09-21", 10, "/", Session.AM));
        facts.addAll(AutumnTerm.marks(TWO_YEARS, "2026-09-21", 10, "\\", Session.PM));
        PupilEvaluation p = new Evaluator(AutumnTerm.POLICY, TWO_YEARS).evaluatePupil(joined, facts, d("2026-10-02"));
        assertEquals(ReportingPeriod.between(d("2026-09-21"), d("2026-10-02")), p.schoolYearToDate());
        assertEquals(20, p.schoolYearFigures().possibleSessions());
        assertFalse(p.schoolYearFigures().isPersistentlyAbsent());
        assertEquals(40, p.figures().possibleSessions());
        // Any other range by the same tally, e.g. a report's dates.
        assertEquals(10, p.figures(ReportingPeriod.between(d("2026-09-07"), d("2026-09-11"))).possibleSessions());
    }

    @Test
    void aPupilAdmittedAfterTheEvaluationDateHasNothingPossible() {
        Pupil future = new Pupil("p1", "5", null, d("2026-10-12"), null);
        PupilEvaluation p = new Evaluator(AutumnTerm.POLICY, TWO_YEARS).evaluatePupil(future,
                new ArrayList<AttendanceFact>(), d("2026-10-02"));
        assertEquals(0, p.schoolYearFigures().possibleSessions());
        assertNull(p.schoolYearFigures().attendanceRate());
        assertFalse(p.schoolYearFigures().isPersistentlyAbsent());
    }
}
