package uk.registerly.app.data.db.dao;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import android.app.Application;
import android.database.sqlite.SQLiteException;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.gson.JsonObject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.DeliveredEventEntity;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.RejectedEventEntity;
import uk.registerly.app.data.journal.EventJournal;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.testing.TestDataLayer;
import uk.registerly.app.testing.TestDatabases;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/** The journal on real SQLite: sequence numbers, append-only, delivery state, the outbox. */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class JournalDaoTest {
    private static final Instant NOW = Instant.parse("2026-09-07T07:52:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);

    private RegisterlyDatabase database;
    private TestDataLayer data;
    private JournalDao journal;

    @Before
    public void setUp() {
        database = TestDatabases.inMemory(ApplicationProvider.getApplicationContext());
        data = new TestDataLayer(database, NOW);
        journal = database.journal();
    }

    @After
    public void tearDown() {
        database.close();
    }

    @Test
    public void eachWriteGetsTheNextSequenceNumberAFreshLowerCaseUuidAndWholeMilliseconds() {
        data.clock.set(Instant.parse("2026-09-07T07:52:00.123456789Z"));
        List<JournalEventEntity> written = data.journal.appendAll(Arrays.asList(
                new EventJournal.Draft(EventType.REGISTER_MARK, mark(TestSchool.AMARA, "/")),
                new EventJournal.Draft(EventType.REGISTER_MARK, mark(TestSchool.DANIEL, "N"))));
        JournalEventEntity third = data.journal.append(EventType.REGISTER_MARK, mark(TestSchool.ELSIE, "/"));

        assertEquals(Arrays.asList(0L, 1L, 2L), Arrays.asList(written.get(0).deviceSeq, written.get(1).deviceSeq,
                third.deviceSeq));
        assertTrue(third.id.matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        assertEquals("2026-09-07T07:52:00.123Z", third.deviceTime);
        assertEquals(TestSchool.ELSIE, third.pupilId);
        assertEquals("2026-09-07", third.factDate);
        assertEquals("each write asks for a sync", 2, data.syncRequests.get());
    }

    @Test
    public void theJournalAndDeliveryRecordsRefuseUpdatesAndDeletes() {
        JournalEventEntity event = data.journal.append(EventType.REGISTER_MARK, mark(TestSchool.AMARA, "N"));
        JournalEventEntity refused = data.journal.append(EventType.REGISTER_MARK, mark(TestSchool.DANIEL, "X"));
        database.deliveries().delivered(Collections.singletonList(
                new DeliveredEventEntity(event.id, DeliveredEventEntity.ACCEPTED, 1L)));
        database.deliveries().rejected(Collections.singletonList(
                new RejectedEventEntity(refused.id, "X is for pupils below compulsory school age", 1L)));

        for (String sql : Arrays.asList(
                "UPDATE journal SET payload = '{}' WHERE id = '" + event.id + "'",
                "DELETE FROM journal WHERE id = '" + event.id + "'",
                "UPDATE delivered_events SET result = 'DUPLICATE'",
                "DELETE FROM delivered_events",
                "DELETE FROM rejected_events")) {
            SQLiteException error = assertThrows(sql, SQLiteException.class,
                    () -> database.getOpenHelper().getWritableDatabase().execSQL(sql));
            assertTrue(error.getMessage(), error.getMessage().contains("append-only"));
        }
        assertEquals(event.payload, journal.find(event.id).payload);
    }

    @Test
    public void aPulledEventTheDeviceAlreadyHasIsIgnoredItsOwnIncluded() {
        JournalEventEntity own = data.journal.append(EventType.REGISTER_MARK, mark(TestSchool.AMARA, "N"));
        JournalEventEntity echoed = new JournalEventEntity(own.id, JournalEventEntity.REMOTE, 7, own.type,
                own.pupilId, own.factDate, null, own.payload, own.deviceTime, null, "10-1", 5L);

        assertEquals(-1L, journal.insertIfAbsent(echoed));
        assertEquals(JournalEventEntity.LOCAL, journal.find(own.id).origin);
        assertEquals("the echo is not a new own event", 1, journal.countPending());
    }

    @Test
    public void pendingAreOwnEventsNeitherDeliveredNorRejected() {
        JournalEventEntity delivered = data.journal.append(EventType.REGISTER_MARK, mark(TestSchool.AMARA, "/"));
        JournalEventEntity rejected = data.journal.append(EventType.REGISTER_MARK, mark(TestSchool.DANIEL, "/"));
        JournalEventEntity waiting = data.journal.append(EventType.REGISTER_MARK, mark(TestSchool.ELSIE, "N"));
        journal.insertIfAbsent(new JournalEventEntity("0b6f3c1e-6a57-4c0e-9d0e-0f2c2b1a9e77", JournalEventEntity.REMOTE,
                3, "REGISTER_MARK", TestSchool.FINN, "2026-09-07", null, mark(TestSchool.FINN, "/").toString(),
                "2026-09-07T07:50:00Z", null, "11-2", 1L));
        database.deliveries().delivered(Collections.singletonList(
                new DeliveredEventEntity(delivered.id, DeliveredEventEntity.DUPLICATE, 2L)));
        database.deliveries().rejected(Collections.singletonList(
                new RejectedEventEntity(rejected.id, "not a school session", 3L)));

        assertEquals(Collections.singletonList(waiting.id), ids(journal.pending()));
        assertEquals(1, journal.countPending());
        assertEquals(Long.valueOf(waiting.storedAtEpochMillis), journal.oldestPendingStoredAt());
        assertEquals("not a school session", database.deliveries().rejected().get(0).reason);
    }

    /** A withdrawn arrival and its withdrawal both go to the server, in the order recorded, at once. */
    @Test
    public void aWithdrawnArrivalLeavesWithItsWithdrawalAndNothingIsHeldBack() {
        JournalEventEntity arrival = data.journal.append(EventType.ARRIVAL,
                EventPayloads.arrival(TestSchool.AMARA, LocalDateTime.of(2026, 9, 7, 9, 5)));
        JournalEventEntity withdrawal = withdraw(arrival);

        assertEquals(Arrays.asList(arrival.id, withdrawal.id), ids(journal.outbox(100)));
        assertEquals(arrival.id, withdrawal.refId);
        assertEquals("2026-09-07", withdrawal.factDate);
        assertEquals(Collections.singletonList(arrival.id),
                journal.withdrawnAmong(Collections.singletonList(arrival.id)));
        assertEquals("the rules read both", 2, journal.factsOn(Collections.singletonList(TestSchool.AMARA),
                "2026-09-07").size());
    }

    @Test
    public void aWithdrawalTheServerRefusedWithdrawsNothing() {
        JournalEventEntity arrival = data.journal.append(EventType.ARRIVAL,
                EventPayloads.arrival(TestSchool.AMARA, LocalDateTime.of(2026, 9, 7, 9, 5)));
        JournalEventEntity withdrawal = withdraw(arrival);
        database.deliveries().rejected(Collections.singletonList(
                new RejectedEventEntity(withdrawal.id, "no arrival was recorded by this school's gate", 3L)));

        assertTrue(journal.withdrawnAmong(Collections.singletonList(arrival.id)).isEmpty());
        assertEquals(1, journal.factsOn(Collections.singletonList(TestSchool.AMARA), "2026-09-07").size());
    }

    @Test
    public void theDeliveryOfAnEventIsRecordedOnceTheFirstAnswerWins() {
        JournalEventEntity event = data.journal.append(EventType.REGISTER_MARK, mark(TestSchool.AMARA, "/"));
        database.deliveries().delivered(Collections.singletonList(
                new DeliveredEventEntity(event.id, DeliveredEventEntity.ACCEPTED, 1L)));
        database.deliveries().delivered(Collections.singletonList(
                new DeliveredEventEntity(event.id, DeliveredEventEntity.DUPLICATE, 2L)));

        assertNotNull(database.deliveries().deliveryOf(event.id));
        assertEquals(DeliveredEventEntity.ACCEPTED, database.deliveries().deliveryOf(event.id).result);
    }

    private JournalEventEntity withdraw(JournalEventEntity arrival) {
        return data.journal.append(EventType.ARRIVAL_WITHDRAWN, EventPayloads.arrivalWithdrawn(arrival.pupilId,
                arrival.id, LocalDateTime.of(2026, 9, 7, 9, 5, 4), "wrong card"));
    }

    private static JsonObject mark(String pupil, String code) {
        return EventPayloads.registerMark(pupil, MONDAY, Session.AM, AttendanceCode.parse(code),
                LocalDateTime.of(2026, 9, 7, 8, 52));
    }

    private static List<String> ids(List<JournalEventEntity> events) {
        return events.stream().map(e -> e.id).collect(Collectors.toList());
    }
}
