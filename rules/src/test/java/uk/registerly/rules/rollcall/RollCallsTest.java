package uk.registerly.rules.rollcall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.registerly.rules.calendar.Session.AM;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.AutumnTerm;
import uk.registerly.rules.Facts;
import uk.registerly.rules.evaluation.Pupil;
import uk.registerly.rules.marks.AttendanceFact;
import uk.registerly.rules.schoolday.EarlyDeparture;
import uk.registerly.rules.schoolday.PupilReturn;

class RollCallsTest {
    static final String DAY = "2026-11-18";

    static RollCallFact tick(String call, String pupil, boolean accounted, String time) {
        return RollCallFact.accounted(Facts.newId(), call, pupil, accounted, Facts.at(DAY, time));
    }

    @Test
    void startsWhileOneRunsJoinItAndTheEarliestEndEndsIt() {
        RollCallFact a = RollCallFact.started("a", Facts.at(DAY, "10:00"), RollCallReason.FIRE_DRILL);
        RollCallFact b = RollCallFact.started("b", Facts.at(DAY, "10:01"), RollCallReason.REAL_EVACUATION);
        RollCallFact endB = RollCallFact.ended("e1", "b", Facts.at(DAY, "10:20"));
        RollCallFact endA = RollCallFact.ended("e2", "a", Facts.at(DAY, "10:25"));
        RollCallFact later = RollCallFact.started("c", Facts.at(DAY, "11:00"), RollCallReason.LOCKDOWN);
        List<RollCall> calls = RollCalls.incidents(Arrays.asList(later, endA, b, endB, a));
        assertEquals(2, calls.size());
        assertEquals("a", calls.get(0).id());
        assertEquals(RollCallReason.FIRE_DRILL, calls.get(0).reason());
        assertEquals(Facts.at(DAY, "10:20"), calls.get(0).endedAt());
        assertEquals("c", calls.get(1).id());
        assertTrue(calls.get(1).isOpen());
        assertSame(null, RollCalls.find(Arrays.asList(a), "zzz"));
        assertEquals("a", RollCalls.find(Arrays.asList(a, b), "b").id());
        assertEquals("c", RollCalls.current(Arrays.asList(later, endA, b, endB, a)).id());
        assertNull(RollCalls.current(Arrays.asList(a, endA)));
    }

    @Test
    void ticksAreReversibleAndThoseAfterTheEndIgnored() {
        RollCallFact start = RollCallFact.started("s", Facts.at(DAY, "10:00"), RollCallReason.FIRE_DRILL);
        List<RollCallFact> facts = Arrays.asList(start, tick("s", "p1", true, "10:02"), tick("s", "p1", false, "10:03"),
                tick("s", "p2", true, "10:04"), tick("s", "p3", true, "10:04"), tick("s", "p3", false, "10:30"),
                RollCallFact.ended("e", "s", Facts.at(DAY, "10:10")), tick("s", "p1", true, "10:11"));
        RollCall call = RollCalls.incidents(facts).get(0);
        assertNull(call.accountedAt("p1"));
        assertEquals(Facts.at(DAY, "10:04"), call.accountedAt("p2"));
        assertEquals(Facts.at(DAY, "10:04"), call.accountedAt("p3"));
    }

    @Test
    void theReportSaysWhoWasMissingAndForHowLong() {
        OnSiteList list = new OnSiteList(AutumnTerm.POLICY);
        List<Pupil> pupils = Arrays.asList(new Pupil("p1", "5", null), new Pupil("p2", "5", null),
                new Pupil("p3", "5", null), new Pupil("p4", "5", null));
        List<AttendanceFact> marks = Arrays.asList(Facts.mark("p1", DAY, AM, "/", "08:45"),
                Facts.mark("p2", DAY, AM, "/", "08:45"), Facts.mark("p4", DAY, AM, "I", "08:45"));
        RollCallFact start = RollCallFact.started("s", Facts.at(DAY, "10:00"), RollCallReason.FIRE_DRILL);
        List<RollCallFact> facts = Arrays.asList(start, tick("s", "p1", true, "10:03"), tick("s", "p3", true, "10:12"),
                tick("s", "p4", true, "10:05"), RollCallFact.ended("e", "s", Facts.at(DAY, "10:20")));
        RollCall call = RollCalls.incidents(facts).get(0);
        List<OnSiteEntry> atStart = list.compute(pupils, marks, Collections.<EarlyDeparture>emptyList(),
                Collections.<PupilReturn>emptyList(), call.startedAt());
        RollCallReport report = RollCalls.report(call, atStart, Facts.at(DAY, "11:00"));
        assertEquals(3, report.expected()); // p1, p2 present, p3 unmarked; p4 absent
        assertEquals(2, report.accounted());
        assertNull(report.allAccountedAt());
        assertEquals(1, report.missing().size());
        assertEquals("p2", report.missing().get(0).pupil());
        assertEquals(20, report.missing().get(0).minutes()); // missing from the start to the end
        assertEquals(12, report.lines().get(2).minutes()); // p3 found after 12 minutes
        RollCallReport.Line extra = report.lines().get(3);
        assertEquals("p4", extra.pupil());
        assertFalse(extra.expected());
    }

    /**
     * A roll call started on one device and completed on three, one of them offline throughout (it started its
     * own while the alarm rang): whatever order each device receives the events in, the report is the same.
     */
    @Test
    void threeDevicesConvergeToTheSameReportWhateverTheOrder() {
        OnSiteList list = new OnSiteList(AutumnTerm.POLICY);
        List<Pupil> pupils = new ArrayList<>();
        List<AttendanceFact> marks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            pupils.add(new Pupil("p" + i, "5", null));
            marks.add(Facts.mark("p" + i, DAY, AM, "/", "08:45"));
        }
        List<RollCallFact> facts = new ArrayList<>();
        facts.add(RollCallFact.started("office", Facts.at(DAY, "10:00"), RollCallReason.FIRE_DRILL));
        facts.add(RollCallFact.started("offline", Facts.at(DAY, "10:00:30"), RollCallReason.FIRE_DRILL));
        for (int i = 0; i < 30; i++) {
            String call = i < 10 ? "office" : i < 20 ? "office" : "offline"; // tablets 1, 2 online; tablet 3 offline
            facts.add(tick(call, "p" + i, true, String.format("10:%02d", 1 + i / 3)));
        }
        facts.add(RollCallFact.ended("end", "office", Facts.at(DAY, "10:15")));
        String expected = null;
        Random random = new Random(15);
        for (int round = 0; round < 20; round++) {
            List<RollCallFact> shuffled = new ArrayList<>(facts);
            Collections.shuffle(shuffled, random);
            RollCall call = RollCalls.incidents(shuffled).get(0);
            RollCallReport report = RollCalls.report(call, list.compute(pupils, marks,
                    Collections.<EarlyDeparture>emptyList(), Collections.<PupilReturn>emptyList(), call.startedAt()),
                    Facts.at(DAY, "12:00"));
            String text = report.expected() + "/" + report.accounted() + "/" + report.allAccountedAt() + "/"
                    + call.startIds().size();
            if (expected == null) {
                expected = text;
            }
            assertEquals(expected, text);
        }
        assertEquals("30/30/" + Facts.at(DAY, "10:10") + "/2", expected);
    }
}
