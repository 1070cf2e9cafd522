package uk.registerly.app.data.schoolday;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.gson.JsonObject;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.UUID;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.JournalRows;
import uk.registerly.app.data.journal.OfflineFirstNewerEventsRepository;
import uk.registerly.app.data.journal.SchoolDayPayloads;
import uk.registerly.app.testing.LiveDataValues;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.rollcall.RollCallFact;
import uk.registerly.rules.rollcall.RollCallReason;
import uk.registerly.rules.schoolday.Collector;
import uk.registerly.rules.schoolday.DepartureReason;
import uk.registerly.rules.schoolday.EarlyDeparture;

/**
 * Issue 15 item 1: the school-day events an older version of the app pulled before it knew them were kept raw
 * (type and payload as served, keys by the conventions of {@link JournalRows#keysOfUnknown}). Rows are never
 * rewritten, so this version must read those rows as they are: the same keys as its own, read by the same
 * queries, and no longer counted as needing a newer app.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class RawSchoolDayRowsFoldedTest {
    private static final LocalDate DAY = LocalDate.of(2026, 9, 7);
    private static final LocalDateTime AT = DAY.atTime(10, 30);

    private RegisterlyDatabase database;
    private long seq;

    @Before
    public void setUp() {
        database = TestDatabases.inMemory(ApplicationProvider.getApplicationContext());
    }

    @After
    public void tearDown() {
        database.close();
    }

    /** As the previous version's pull stored an event of a type it did not know (SyncEngine.pulledRow). */
    private JournalEventEntity storedRaw(String type, @androidx.annotation.Nullable String pupil, JsonObject payload) {
        JournalRows.Keys keys = JournalRows.keysOfUnknown(pupil, payload);
        seq++;
        JournalEventEntity row = new JournalEventEntity(UUID.randomUUID().toString(), JournalEventEntity.REMOTE, seq,
                type, keys.pupilId, keys.factDate, keys.refId, payload.toString(), "2026-09-07T09:30:00Z", null,
                "7-" + seq, 1_000L + seq);
        database.journal().insertIfAbsent(row);
        return row;
    }

    @Test
    public void everyNewTypeIsKeptUnderTheKeysAnOlderVersionGaveItsRawRow() {
        JsonObject[] payloads = {
                SchoolDayPayloads.earlyDeparture(TestSchool.AMARA, AT, DepartureReason.MEDICAL_APPOINTMENT,
                        Collector.guardian("g-1"), "dentist", true, "Rita Anand, Office Manager"),
                SchoolDayPayloads.returned(TestSchool.AMARA, AT.plusHours(1)),
                SchoolDayPayloads.rollCallStarted(AT, RollCallReason.FIRE_DRILL),
                SchoolDayPayloads.rollCallAccounted(TestSchool.AMARA, "rc-1", true, AT),
                SchoolDayPayloads.rollCallEnded("rc-1", AT),
                SchoolDayPayloads.spotCheck("Room 4", null, AT, Arrays.asList(TestSchool.AMARA), Collections.emptyList()),
                SchoolDayPayloads.parentNotified(TestSchool.AMARA, DAY, Session.AM,
                        SchoolDayPayloads.NoticeKind.ABSENCE, AT)};
        EventType[] types = {EventType.EARLY_DEPARTURE, EventType.RETURNED, EventType.ROLL_CALL_STARTED,
                EventType.ROLL_CALL_ACCOUNTED, EventType.ROLL_CALL_ENDED, EventType.SPOT_CHECK, EventType.PARENT_NOTIFIED};
        for (int i = 0; i < types.length; i++) {
            JournalRows.Keys known = JournalRows.keysOf(types[i], payloads[i]);
            // The pull gives a school-wide event no pupil; a pupil's event names its pupil.
            String served = JournalRows.namesNoPupil(types[i]) ? null : TestSchool.AMARA;
            JournalRows.Keys raw = JournalRows.keysOfUnknown(served, payloads[i]);
            assertEquals(types[i] + " pupil", raw.pupilId, known.pupilId);
            assertEquals(types[i] + " day", raw.factDate, known.factDate);
            assertEquals(types[i] + " reference", raw.refId, known.refId);
            assertEquals(types[i] + " day", "2026-09-07", known.factDate);
        }
    }

    @Test
    public void rawRowsOfTheNewTypesAreReadAsFactsAndNoLongerNeedANewerApp() {
        JournalEventEntity out = storedRaw("EARLY_DEPARTURE", TestSchool.AMARA, SchoolDayPayloads.earlyDeparture(
                TestSchool.AMARA, DAY.atTime(12, 30), DepartureReason.MEDICAL_APPOINTMENT,
                Collector.adult("Joy Okafor", "aunt"), null, false, null));
        storedRaw("RETURNED", TestSchool.AMARA, SchoolDayPayloads.returned(TestSchool.AMARA, DAY.atTime(14, 0)));
        JournalEventEntity start = storedRaw("ROLL_CALL_STARTED", null,
                SchoolDayPayloads.rollCallStarted(DAY.atTime(13, 45), RollCallReason.FIRE_DRILL));
        storedRaw("ROLL_CALL_ACCOUNTED", TestSchool.DANIEL,
                SchoolDayPayloads.rollCallAccounted(TestSchool.DANIEL, start.id, true, DAY.atTime(13, 50)));
        storedRaw("ROLL_CALL_ENDED", null, SchoolDayPayloads.rollCallEnded(start.id, DAY.atTime(14, 5)));
        storedRaw("PARENT_NOTIFIED", TestSchool.AMARA, SchoolDayPayloads.parentNotified(TestSchool.AMARA, DAY,
                Session.AM, SchoolDayPayloads.NoticeKind.ABSENCE, DAY.atTime(9, 21)));

        assertTrue("no row is of a type this version does not know",
                database.journal().otherTypes(EventType.names()).isEmpty());
        assertEquals("the pupil's record no longer asks for a newer app", Integer.valueOf(0), LiveDataValues.latest(
                new OfflineFirstNewerEventsRepository(database.journal()).needingNewerApp(TestSchool.AMARA)));

        SchoolDayFacts facts = SchoolDayFacts.of(database.journal().ofTypes(SchoolDayFacts.TYPES));
        assertEquals(1, facts.departures.size());
        EarlyDeparture departure = facts.departures.get(0);
        assertEquals(out.id, departure.id());
        assertEquals(TestSchool.AMARA, departure.pupil());
        assertEquals(DAY.atTime(12, 30), departure.at());
        assertEquals(DepartureReason.MEDICAL_APPOINTMENT, departure.reason());
        assertEquals("aunt", departure.collector().relationship());
        assertFalse(departure.approved());
        assertNull(departure.approvedBy());
        assertEquals(1, facts.returns.size());
        assertEquals(DAY.atTime(14, 0), facts.returns.get(0).at());
        assertEquals(3, facts.rollCalls.size());
        assertEquals(RollCallFact.Type.STARTED, facts.rollCalls.get(0).type());
        assertEquals(RollCallReason.FIRE_DRILL, facts.rollCalls.get(0).reason());
        assertEquals(start.id, facts.rollCalls.get(1).rollCall());
        assertEquals(TestSchool.DANIEL, facts.rollCalls.get(1).pupil());
        assertEquals(RollCallFact.Type.ENDED, facts.rollCalls.get(2).type());
        assertEquals("the rules' register facts stay as they were",
                0, database.journal().factsFor(Collections.singletonList(TestSchool.AMARA)).size());
    }

    @Test
    public void aRowThisVersionCannotReadIsLeftOutNotFatal() {
        JsonObject widened = new JsonObject();
        widened.addProperty("pupil", TestSchool.AMARA);
        widened.addProperty("at", "2026-09-07T10:30:00");
        widened.addProperty("reason", "SCHOOL_TRIP");
        widened.addProperty("approved", true);
        storedRaw("EARLY_DEPARTURE", TestSchool.AMARA, widened);
        storedRaw("RETURNED", TestSchool.AMARA, SchoolDayPayloads.returned(TestSchool.AMARA, DAY.atTime(14, 0)));

        SchoolDayFacts facts = SchoolDayFacts.of(database.journal().ofTypes(SchoolDayFacts.TYPES));

        assertTrue(facts.departures.isEmpty());
        assertEquals(1, facts.returns.size());
    }

    @Test(expected = IllegalArgumentException.class)
    public void anApprovedSignOutNamesWhoApproved() {
        SchoolDayPayloads.earlyDeparture(TestSchool.AMARA, AT, DepartureReason.APPROVED_LEAVE, Collector.nobody(),
                null, true, " ");
    }
}
