package uk.registerly.app.data.worklists;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.testing.FollowUpDataLayer;
import uk.registerly.app.testing.LiveDataValues;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.evaluation.AttendanceEvaluation;

/**
 * The office's worklists from the rules' evaluation of six and a half weeks of term (2 September
 * to 16 October 2026, 33 school days): each pupil lands on the lists the rules put them on.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class OfficeWorklistsTest {
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 9, 2);
    private static final LocalDate THURSDAY = LocalDate.of(2026, 10, 15);

    private RegisterlyDatabase database;
    private FollowUpDataLayer layer;

    @Before
    public void setUp() {
        database = TestDatabases.inMemory(ApplicationProvider.getApplicationContext());
        // Friday 16 October, 12:00 in London.
        layer = new FollowUpDataLayer(database, Instant.parse("2026-10-16T11:00:00Z")).office();
    }

    @After
    public void tearDown() {
        database.close();
    }

    private Map<Worklist, List<WorklistEntry>> worklists() {
        AttendanceEvaluation evaluation = LiveDataValues.latest(layer.data.records.schoolEvaluation());
        return OfficeWorklists.build(evaluation, LiveDataValues.latest(layer.data.roster.pupils()));
    }

    @Test
    public void eachDutyLandsOnItsListAndADoneDutyLeavesIt() {
        // Amara: present, but N on Monday 5 October AM (never explained) and on Tuesday 6 AM (explained).
        layer.pulled.markDays(TestSchool.AMARA, FIRST_DAY, LocalDate.of(2026, 10, 2), AttendanceCode.PRESENT_AM,
                AttendanceCode.PRESENT_PM);
        layer.pulled.markDays(TestSchool.AMARA, LocalDate.of(2026, 10, 5), LocalDate.of(2026, 10, 6), AttendanceCode.N,
                AttendanceCode.PRESENT_PM);
        layer.pulled.markDays(TestSchool.AMARA, LocalDate.of(2026, 10, 7), THURSDAY, AttendanceCode.PRESENT_AM,
                AttendanceCode.PRESENT_PM);
        layer.pulled.add(uk.registerly.app.data.journal.EventType.REASON, uk.registerly.app.data.journal.EventPayloads
                .reason(TestSchool.AMARA, LocalDate.of(2026, 10, 6), Session.AM, AttendanceCode.M,
                        LocalDate.of(2026, 10, 14).atTime(10, 0), null), LocalDate.of(2026, 10, 14).atTime(10, 0));
        // Daniel: N every day since Monday 28 September (14 school days).
        layer.pulled.markDays(TestSchool.DANIEL, FIRST_DAY, LocalDate.of(2026, 9, 25), AttendanceCode.PRESENT_AM,
                AttendanceCode.PRESENT_PM);
        layer.pulled.markDays(TestSchool.DANIEL, LocalDate.of(2026, 9, 28), THURSDAY, AttendanceCode.N,
                AttendanceCode.N);
        // Elsie: O on four mornings and afternoons (8 sessions) in the last fortnight.
        layer.pulled.markDays(TestSchool.ELSIE, FIRST_DAY, LocalDate.of(2026, 10, 5), AttendanceCode.PRESENT_AM,
                AttendanceCode.PRESENT_PM);
        layer.pulled.markDays(TestSchool.ELSIE, LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 9),
                AttendanceCode.O, AttendanceCode.O);
        layer.pulled.markDays(TestSchool.ELSIE, LocalDate.of(2026, 10, 12), THURSDAY, AttendanceCode.PRESENT_AM,
                AttendanceCode.PRESENT_PM);
        // Finn: ill for 15 school days (30 sessions).
        layer.pulled.markDays(TestSchool.FINN, FIRST_DAY, LocalDate.of(2026, 9, 22), AttendanceCode.I,
                AttendanceCode.I);
        layer.pulled.markDays(TestSchool.FINN, LocalDate.of(2026, 9, 23), THURSDAY, AttendanceCode.PRESENT_AM,
                AttendanceCode.PRESENT_PM);

        Map<Worklist, List<WorklistEntry>> lists = worklists();

        assertEquals("a line per pupil", java.util.Arrays.asList(TestSchool.AMARA, TestSchool.DANIEL),
                sorted(pupils(lists.get(Worklist.N_OVERDUE))));
        WorklistEntry amarasN = find(lists.get(Worklist.N_OVERDUE), TestSchool.AMARA);
        assertEquals("Amara's explained N (6 October) is done; 5 October is overdue", Integer.valueOf(1),
                amarasN.sessions);
        assertEquals(LocalDate.of(2026, 10, 5), amarasN.sessionDate);
        assertEquals(Session.AM, amarasN.session);
        WorklistEntry danielsN = find(lists.get(Worklist.N_OVERDUE), TestSchool.DANIEL);
        // N from 28 September: up to 9 October, whose 5th school day after is today (Friday 16): 10 days.
        assertEquals(Integer.valueOf(20), danielsN.sessions);
        assertEquals(LocalDate.of(2026, 9, 28), danielsN.sessionDate);
        assertEquals(Collections.singletonList(TestSchool.DANIEL), pupils(lists.get(Worklist.CONTINUOUS_ABSENCE)));
        assertEquals(Collections.singletonList(TestSchool.DANIEL), pupils(lists.get(Worklist.PENALTY_REACHED)));
        assertEquals(Integer.valueOf(28), lists.get(Worklist.PENALTY_REACHED).get(0).sessions);
        assertEquals(Collections.singletonList(TestSchool.ELSIE), pupils(lists.get(Worklist.PENALTY_APPROACHING)));
        assertEquals(Integer.valueOf(8), lists.get(Worklist.PENALTY_APPROACHING).get(0).sessions);
        assertEquals(Collections.singletonList(TestSchool.FINN),
                pupils(lists.get(Worklist.SICKNESS_RETURN)));
        // Absence counts authorised and unauthorised alike: Daniel 28 of 64 sessions, Elsie 8 (12.5%),
        // Finn 30 (47%); nobody reaches 50%.
        assertEquals(java.util.Arrays.asList(TestSchool.DANIEL, TestSchool.ELSIE, TestSchool.FINN),
                sorted(pupils(lists.get(Worklist.PERSISTENT_ABSENCE))));
        assertTrue(lists.get(Worklist.SEVERE_ABSENCE).isEmpty());
    }

    private static List<String> sorted(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        Collections.sort(copy);
        return copy;
    }

    private static List<String> pupils(List<WorklistEntry> entries) {
        List<String> ids = new ArrayList<>();
        for (WorklistEntry entry : entries) {
            ids.add(entry.pupil.id);
        }
        return ids;
    }

    private static WorklistEntry find(List<WorklistEntry> entries, String pupil) {
        for (WorklistEntry entry : entries) {
            if (entry.pupil.id.equals(pupil)) {
                return entry;
            }
        }
        throw new AssertionError(pupil + " is not on the list");
    }
}
