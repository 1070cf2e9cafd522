package uk.registerly.rules.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.registerly.rules.AutumnTerm.all;
import static uk.registerly.rules.AutumnTerm.marks;
import static uk.registerly.rules.calendar.Session.AM;
import static uk.registerly.rules.calendar.Session.PM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.registerly.rules.AutumnTerm;
import uk.registerly.rules.Facts;
import uk.registerly.rules.calendar.Closure;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.evaluation.PupilEvaluation;
import uk.registerly.rules.marks.AttendanceFact;

/**
 * The penalty window's count as of a date ({@link PupilEvaluation#penaltyWindowSessions()}),
 * for the office worklist's "reached or approaching (8 of 10)". Autumn term 2026: school
 * weeks W0 = w/c 7 Sep ... W6 = w/c 19 Oct, half-term, W7 = w/c 2 Nov, W9 = w/c 16 Nov,
 * W10 = w/c 23 Nov, W13 = w/c 14 Dec (the last).
 */
class PenaltyWindowSessionsTest {
    private static final String[] UNAUTHORISED = {"G", "N", "O", "U"};

    private static PupilEvaluation asOf(List<AttendanceFact> facts, String date) {
        return AutumnTerm.evaluate(facts, date).pupil(AutumnTerm.PUPIL.id());
    }

    private static PupilEvaluation asOf(SchoolCalendar calendar, Pupil pupil, List<AttendanceFact> facts,
            String date) {
        return AutumnTerm.evaluate(AutumnTerm.POLICY, calendar, pupil, facts, date).pupil(pupil.id());
    }

    private static List<Alert> penaltyAlerts(PupilEvaluation pupil) {
        List<Alert> out = new ArrayList<>();
        for (Alert a : pupil.alerts()) {
            if (a.type() == AlertType.PENALTY_THRESHOLD) {
                out.add(a);
            }
        }
        return out;
    }

    /** {@code n} sessions of W0 from Monday AM on, cycling through G, N, O, U. */
    private static List<AttendanceFact> unauthorisedSessions(int n) {
        List<AttendanceFact> facts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            String day = LocalDate.parse("2026-09-07").plusDays(k / 2).toString();
            Session session = k % 2 == 0 ? AM : PM;
            facts.add(Facts.mark("p1", day, session, UNAUTHORISED[k % 4], session == AM ? "08:45" : "13:31"));
        }
        return facts;
    }

    @ParameterizedTest(name = "{0} sessions: approaching {1}, reached {2}")
    @CsvSource({"0, false, false", "7, false, false", "8, true, false", "9, true, false", "10, false, true"})
    void theCountIsApproachingAt8And9AndReachedAt10(int sessions, boolean approaching, boolean reached) {
        PupilEvaluation pupil = asOf(unauthorisedSessions(sessions), "2026-09-11");
        assertEquals(sessions, pupil.penaltyWindowSessions());
        assertEquals(approaching, pupil.isApproachingPenaltyThreshold());
        assertEquals(reached, !penaltyAlerts(pupil).isEmpty());
    }

    @Test
    void theConstantsAreTheNationalThresholdAndTheWorklistsApproachingMark() {
        assertEquals(10, PenaltyWindow.THRESHOLD_SESSIONS);
        assertEquals(8, PenaltyWindow.APPROACHING_SESSIONS);
        assertEquals(10, PenaltyWindow.SCHOOL_WEEKS);
    }

    @Test
    void onlyGNOandUCountNotAuthorisedAbsenceLatenessOrPresence() {
        List<AttendanceFact> facts = all(unauthorisedSessions(4), marks("2026-09-09", 1, "I", AM),
                marks("2026-09-09", 1, "L", PM), marks("2026-09-10", 1, "M", AM), marks("2026-09-10", 1, "\\", PM));
        assertEquals(4, asOf(facts, "2026-09-11").penaltyWindowSessions());
    }

    @Test
    void theTenthSchoolWeekBackCountingThisOneIsInTheWindowAndTheEleventhIsOut() {
        // 5 in W0 and 5 in W9: ten school weeks counting W9, eleven calendar weeks (half-term).
        List<AttendanceFact> facts = all(marks("2026-09-07", 5, "G", AM), marks("2026-11-16", 5, "O", AM));
        PupilEvaluation friday = asOf(facts, "2026-11-20");
        assertEquals(10, friday.penaltyWindowSessions());
        assertEquals(Collections.singletonList(Alert.penaltyThreshold("p1", LocalDate.parse("2026-11-20"), 10)),
                penaltyAlerts(friday));
        assertEquals(10, asOf(facts, "2026-11-22").penaltyWindowSessions(), "Sunday is still in W9");
        assertEquals(5, asOf(facts, "2026-11-23").penaltyWindowSessions(), "on Monday of W10, W0 has left");
    }

    @Test
    void sessionsElevenSchoolWeeksBackNeverReachTheWindowOrTheAlert() {
        List<AttendanceFact> facts = all(marks("2026-09-07", 5, "G", AM), marks("2026-11-23", 5, "O", AM));
        PupilEvaluation pupil = asOf(facts, "2026-11-27");
        assertEquals(5, pupil.penaltyWindowSessions());
        assertTrue(penaltyAlerts(pupil).isEmpty());
    }

    @Test
    void aHalfTermWeekWithoutSchoolSessionsIsNotASchoolWeek() {
        // 8 in W0; on 20 Nov W0 is 11 calendar weeks back but within the last 10 school weeks.
        List<AttendanceFact> facts = marks("2026-09-07", 4, "G", AM, PM);
        PupilEvaluation pupil = asOf(facts, "2026-11-20");
        assertEquals(8, pupil.penaltyWindowSessions());
        assertTrue(pupil.isApproachingPenaltyThreshold());
    }

    @Test
    void inAHolidayTheWindowIsTheLastTenSchoolWeeksBeforeIt() {
        // 23 and 30 Dec are in the Christmas holiday: the window is W4 (w/c 5 Oct) .. W13.
        List<AttendanceFact> w4 = marks("2026-10-05", 4, "O", AM, PM);
        List<AttendanceFact> w3 = marks("2026-09-28", 4, "O", AM, PM);
        assertEquals(8, asOf(w4, "2026-12-23").penaltyWindowSessions());
        assertEquals(8, asOf(w4, "2026-12-30").penaltyWindowSessions());
        assertEquals(0, asOf(w3, "2026-12-23").penaltyWindowSessions());
        // Half-term: the window ends with W6 and still holds W0.
        assertEquals(8, asOf(marks("2026-09-07", 4, "O", AM, PM), "2026-10-28").penaltyWindowSessions());
    }

    @Test
    void aSchoolWeekWhoseSessionsAreAllAfterAsOfIsAlreadyTheCurrentSchoolWeek() {
        // Monday 23 Nov is an INSET day, so W10 starts its sessions on Tuesday; as of that
        // Monday the window is W1..W10, exactly the window the alert rule uses on Tuesday.
        SchoolCalendar calendar = AutumnTerm.calendar().closedDay(LocalDate.parse("2026-11-23")).build();
        List<AttendanceFact> facts = marks(calendar, "2026-09-07", 4, "G", AM, PM);
        assertEquals(8, asOf(calendar, AutumnTerm.PUPIL, facts, "2026-11-20").penaltyWindowSessions());
        assertEquals(0, asOf(calendar, AutumnTerm.PUPIL, facts, "2026-11-23").penaltyWindowSessions());
        assertEquals(0, asOf(calendar, AutumnTerm.PUPIL, facts, "2026-11-24").penaltyWindowSessions());
    }

    @Test
    void aPupilBelowCompulsorySchoolAgeCountsNothing() {
        Pupil reception = new Pupil("p1", "R", LocalDate.parse("2021-11-10"));   // compulsory from 31 Dec 2026
        SchoolCalendar calendar = AutumnTerm.calendar().build();
        PupilEvaluation pupil = asOf(calendar, reception, marks("2026-09-07", 5, "G", AM, PM), "2026-09-11");
        assertEquals(0, pupil.penaltyWindowSessions());
        assertFalse(pupil.isApproachingPenaltyThreshold());
        assertTrue(penaltyAlerts(pupil).isEmpty());
    }

    @Test
    void sessionsCountFromTheDayCompulsorySchoolAgeStarts() {
        Pupil reception = new Pupil("p1", "R", LocalDate.parse("2021-11-10"));   // compulsory from 31 Dec 2026
        SchoolCalendar calendar = SchoolCalendar.builder()
                .term(LocalDate.parse("2026-12-07"), LocalDate.parse("2026-12-18"))
                .term(LocalDate.parse("2027-01-04"), LocalDate.parse("2027-01-15"))
                .build();
        List<AttendanceFact> facts = marks(calendar, "2026-12-07", 15, "G", AM, PM);
        assertEquals(0, asOf(calendar, reception, facts, "2026-12-18").penaltyWindowSessions());
        PupilEvaluation january = asOf(calendar, reception, facts, "2027-01-08");
        assertEquals(10, january.penaltyWindowSessions());
        assertEquals(Collections.singletonList(Alert.penaltyThreshold("p1", LocalDate.parse("2027-01-08"), 10)),
                penaltyAlerts(january));
    }

    @Test
    void anUnknownDateOfBirthCountsAsCompulsorySchoolAge() {
        Pupil unknown = new Pupil("p1", "R", null);
        SchoolCalendar calendar = AutumnTerm.calendar().build();
        assertEquals(9, asOf(calendar, unknown, unauthorisedSessions(9), "2026-09-11").penaltyWindowSessions());
    }

    /**
     * Over whole terms of varied marks (with an INSET Monday and a closed afternoon), the
     * alert is raised on a school day exactly when the count as of that day is at least 10
     * and the count as of the school day before was not (one alert per episode), with that
     * count as its {@code sessions}.
     */
    @Test
    void theAlertIsRaisedExactlyWhenTheCountAsOfThatDayReachesTenAfterASchoolDayBelowIt() {
        SchoolCalendar calendar = AutumnTerm.calendar()
                .closedDay(LocalDate.parse("2026-11-23"))
                .closure(new Closure(LocalDate.parse("2026-10-14"), EnumSet.of(PM), AttendanceCode.CLOSED))
                .build();
        int alerts = 0;
        int episodesEnded = 0;
        for (int seed = 1; seed <= 8; seed++) {
            List<AttendanceFact> facts = randomTerm(calendar, new Random(seed), 0.06 + 0.01 * seed);
            Map<LocalDate, Alert> alertsByDate = new HashMap<>();
            for (Alert a : penaltyAlerts(asOf(calendar, AutumnTerm.PUPIL, facts, "2026-12-18"))) {
                alertsByDate.put(a.date(), a);
            }
            int previous = 0;
            for (LocalDate day : calendar.schoolDays()) {
                int count = asOf(calendar, AutumnTerm.PUPIL, facts, day.toString()).penaltyWindowSessions();
                boolean alertExpected = count >= 10 && previous < 10;
                assertEquals(alertExpected, alertsByDate.containsKey(day),
                        "seed " + seed + ", " + day + ": count " + count + ", the school day before " + previous);
                if (alertExpected) {
                    assertEquals(Integer.valueOf(count), alertsByDate.get(day).sessions(), "seed " + seed + ", " + day);
                }
                if (previous >= 10 && count < 10) {
                    episodesEnded++;
                }
                previous = count;
            }
            alerts += alertsByDate.size();
        }
        // Guards against a pattern too mild (or too heavy) to test anything.
        assertTrue(alerts >= 5, alerts + " alerts");
        assertTrue(episodesEnded >= 1, "an episode that ended and was followed by further school days");
    }

    /** Every open session of the calendar marked: unauthorised with probability {@code p}, else mostly present. */
    private static List<AttendanceFact> randomTerm(SchoolCalendar calendar, Random random, double p) {
        List<AttendanceFact> facts = new ArrayList<>();
        for (LocalDate day : calendar.schoolDays()) {
            for (Session s : Session.values()) {
                if (!calendar.isSchoolSession(day, s)) {
                    continue;
                }
                double roll = random.nextDouble();
                String code;
                if (roll < p) {
                    code = UNAUTHORISED[random.nextInt(UNAUTHORISED.length)];
                } else if (roll < p + 0.05) {
                    code = "I";
                } else if (roll < p + 0.07) {
                    continue;   // left unmarked
                } else {
                    code = s == AM ? "/" : "\\";
                }
                facts.add(Facts.mark("p1", day.toString(), s, code, s == AM ? "08:45" : "13:31"));
            }
        }
        return facts;
    }
}
