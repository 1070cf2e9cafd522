package uk.registerly.rules.spotcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.registerly.rules.calendar.Session.AM;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.AutumnTerm;
import uk.registerly.rules.Facts;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.rollcall.OnSiteList;
import uk.registerly.rules.schoolday.Collector;
import uk.registerly.rules.schoolday.DepartureReason;
import uk.registerly.rules.schoolday.EarlyDeparture;
import uk.registerly.rules.schoolday.PupilReturn;
import uk.registerly.rules.schoolday.SchoolDayPolicy;
import uk.registerly.rules.schoolday.SchoolDayProblem;

class SpotCheckRulesTest {
    static final String DAY = "2026-11-18";
    static final List<Pupil> PUPILS = Arrays.asList(new Pupil("here", "5", null), new Pupil("truant", "5", null),
            new Pupil("out", "5", null), new Pupil("absent", "5", null), new Pupil("unmarked", "5", null));
    static final List<AttendanceFact> MARKS = Arrays.asList(Facts.mark("here", DAY, AM, "/", "08:45"),
            Facts.mark("truant", DAY, AM, "/", "08:45"), Facts.mark("out", DAY, AM, "/", "08:45"),
            Facts.mark("absent", DAY, AM, "I", "08:45"));
    static final List<EarlyDeparture> OUT = Arrays.asList(new EarlyDeparture("d", "out", Facts.at(DAY, "10:00"),
            DepartureReason.MEDICAL_APPOINTMENT, Collector.nobody(), null, true, "A B, Office"));
    static final SpotCheck CHECK = new SpotCheck("s", "3A", "c3a", Facts.at(DAY, "10:40"),
            new HashSet<>(Arrays.asList("here", "truant", "out", "absent", "unmarked")),
            new HashSet<>(Arrays.asList("here")));

    @Test
    void aPupilRegisteredPresentNotFoundAndNotSignedOutIsAnAlert() {
        SpotCheckRules rules = new SpotCheckRules(new OnSiteList(AutumnTerm.POLICY),
                SchoolDayPolicy.forPreset("basildon-lower"));
        List<TruancyAlert> alerts = rules.alerts(CHECK, PUPILS, MARKS, OUT, Collections.<PupilReturn>emptyList());
        assertEquals(1, alerts.size());
        assertEquals("truant", alerts.get(0).pupil());
        assertTrue(alerts.get(0).line().startsWith("not found in 3A at 10:40"));
        // back from the appointment before the check, and not found: an alert too
        List<TruancyAlert> back = rules.alerts(CHECK, PUPILS, MARKS, OUT,
                Arrays.asList(new PupilReturn("r", "out", Facts.at(DAY, "10:20"))));
        assertEquals(2, back.size());
    }

    @Test
    void theSchoolMayTurnTheAlertsOff() {
        SpotCheckRules off = new SpotCheckRules(new OnSiteList(AutumnTerm.POLICY),
                SchoolDayPolicy.standard().withSpotCheckAlerts(false));
        assertEquals(0, off.alerts(CHECK, PUPILS, MARKS, OUT, Collections.<PupilReturn>emptyList()).size());
    }

    @Test
    void aCheckExpectsSomeone() {
        assertNull(SpotCheckRules.check(CHECK));
        SchoolDayProblem empty = SpotCheckRules.check(new SpotCheck("e", "Lab 2", null, Facts.at(DAY, "10:00"),
                Collections.<String>emptySet(), Collections.<String>emptySet()));
        assertNotNull(empty);
        assertEquals("spot_check_incomplete", empty.errorCode());
    }
}
