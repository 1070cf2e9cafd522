package uk.registerly.app.data.scope;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;

import okhttp3.mockwebserver.MockResponse;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.entity.DeliveredEventEntity;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.NotRecordableException;
import uk.registerly.app.data.roster.SchoolClass;
import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.sync.SyncResult;
import uk.registerly.app.testing.AcceptingServer;
import uk.registerly.app.testing.LiveDataValues;
import uk.registerly.app.testing.MockServerDevice;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The pull obeys a SCOPE notice (sync-protocol §6, "Scope"): everything outside the new scope is
 * dropped in the page's transaction — roster rows, pulled events, own events already on the server,
 * withheld fields — but never the device's unsent events; a cover's class is listed and markable on
 * its days only. Alice's tablet (3A) held 4A (Finn) from before scopes.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class ScopeNoticeTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    private static final String FINNS_PULLED_MARK = "f1000000-0000-4000-8000-000000000001";
    private static final String AMARAS_REPORT = "f1000000-0000-4000-8000-000000000002";
    private static final String FINNS_DELIVERED = "f1000000-0000-4000-8000-000000000003";
    private static final String FINNS_UNSENT = "f1000000-0000-4000-8000-000000000004";
    private static final String AMARAS_MARK = "f1000000-0000-4000-8000-000000000005";

    @Rule
    public final MockServerDevice device = new MockServerDevice(Role.TEACHER, Instant.parse("2026-09-07T07:52:00Z"),
            NetworkTimeouts.DEFAULT);

    @Before
    public void heldTheWholeSchoolBefore() {
        TestSchool.danielsContacts(device.data.rosterChanges);
        long now = device.data.clock.millis();
        device.database.journal().insertIfAbsent(remote(FINNS_PULLED_MARK, "REGISTER_MARK", TestSchool.FINN, "2026-09-04",
                "{\"pupil\":\"" + TestSchool.FINN + "\",\"date\":\"2026-09-04\",\"session\":\"AM\",\"code\":\"/\"}"));
        device.database.journal().insertIfAbsent(remote(AMARAS_REPORT, "ABSENCE_REPORT", TestSchool.AMARA, null,
                "{\"pupil\":\"" + TestSchool.AMARA + "\",\"from\":\"2026-09-08\",\"to\":\"2026-09-08\","
                        + "\"sessions\":[\"AM\",\"PM\"],\"category\":\"ILLNESS\",\"note\":\"Amara has chickenpox\"}"));
        device.database.journal().insertIfAbsent(remote(AMARAS_MARK, "REGISTER_MARK", TestSchool.AMARA, "2026-09-04",
                "{\"pupil\":\"" + TestSchool.AMARA + "\",\"date\":\"2026-09-04\",\"session\":\"AM\",\"code\":\"/\"}"));
        // Own marks for Finn from when this tablet's teacher had 4A: one the server stored, one not yet sent.
        device.database.journal().insertNew(local(FINNS_DELIVERED, 0, TestSchool.FINN, now));
        device.database.journal().insertNew(local(FINNS_UNSENT, 1, TestSchool.FINN, now));
        device.database.deliveries().delivered(Collections.singletonList(
                new DeliveredEventEntity(FINNS_DELIVERED, "ACCEPTED", now)));
    }

    @Test
    public void aNoticeDropsEverythingOutsideTheTeachersClassesButNeverItsUnsentEvents() {
        pullAnswers(notice("[\"" + TestSchool.AMARA + "\",\"" + TestSchool.DANIEL + "\",\"" + TestSchool.ELSIE + "\"]",
                "[{\"classId\":\"" + TestSchool.CLASS_3A + "\",\"grant\":\"TEACHES\"}]"));

        syncOnce();

        assertNull("4A's pupil is gone", device.database.roster().pupil(TestSchool.FINN));
        assertNotNull(device.database.roster().pupil(TestSchool.AMARA));
        assertNull("4A is gone", device.database.roster().schoolClass(TestSchool.CLASS_4A));
        assertNotNull(device.database.roster().schoolClass(TestSchool.CLASS_3A));
        assertEquals("GUARDIAN is not a teacher's kind", 0, count("guardians") + count("guardian_pupils"));
        assertNull("a pulled event about Finn is gone", device.database.journal().find(FINNS_PULLED_MARK));
        assertNull("an own event the server has is gone", device.database.journal().find(FINNS_DELIVERED));
        assertNotNull("an own event the server refused is never dropped", device.database.journal().find(FINNS_UNSENT));
        assertEquals(1, device.database.deliveries().rejected().size());
        assertNotNull(device.database.journal().find(AMARAS_MARK));
        JournalEventEntity report = device.database.journal().find(AMARAS_REPORT);
        assertFalse("the parent's note, withheld from teachers, is stripped", report.payload.contains("chickenpox"));
        assertTrue(report.payload.contains("ILLNESS"));
        assertEquals(AMARAS_REPORT, report.id);
        assertEquals("4-1~S1", device.database.pullCursor().get());
        assertEquals(TestSchool.TEACHER, device.data.scopes.current().staffId());
    }

    @Test
    public void aPendingEventOutsideTheScopeIsKeptToBePushed() {
        device.database.runInTransaction(() -> device.data.rosterChanges.apply("SCOPE", com.google.gson.JsonParser
                .parseString(notice("[\"" + TestSchool.AMARA + "\"]", "[{\"classId\":\"" + TestSchool.CLASS_3A
                        + "\",\"grant\":\"TEACHES\"}]")).getAsJsonObject().getAsJsonObject("data")));
        assertNotNull(device.database.journal().find(FINNS_UNSENT));
        assertEquals(1, device.database.journal().countPending());
        assertNull(device.database.journal().find(FINNS_DELIVERED));
        assertNull(device.database.roster().pupil(TestSchool.DANIEL));
    }

    @Test
    public void aCoveredClassIsListedAndMarkableOnItsDaysAndGoesWhenTheCoverEnds() {
        String bothClasses = "[\"" + TestSchool.AMARA + "\",\"" + TestSchool.DANIEL + "\",\"" + TestSchool.ELSIE
                + "\",\"" + TestSchool.FINN + "\"]";
        pullAnswers(notice(bothClasses, "[{\"classId\":\"" + TestSchool.CLASS_3A + "\",\"grant\":\"TEACHES\"},"
                + "{\"classId\":\"" + TestSchool.CLASS_4A + "\",\"grant\":\"COVER\",\"coverId\":\"c0000000-0000-4000-8000-000000000001\","
                + "\"from\":\"2026-09-07\",\"to\":\"2026-09-11\"}]"));
        syncOnce();

        List<SchoolClass> mine = LiveDataValues.latest(device.data.roster.myClasses());
        assertEquals(2, mine.size());
        assertEquals(TestSchool.CLASS_4A, mine.get(1).id);
        assertEquals(LocalDate.of(2026, 9, 11), mine.get(1).coverUntil);
        assertNull(mine.get(0).coverUntil);
        JournalEventEntity mark = device.data.register.recordMark(TestSchool.FINN, MONDAY, Session.AM, AttendanceCode.N);
        assertNotNull(mark);
        assertThrows("not a cover day: the cover began on Monday", NotRecordableException.class,
                () -> device.data.register.recordMark(TestSchool.FINN, LocalDate.of(2026, 9, 4), Session.AM,
                        AttendanceCode.N));

        // The cover was revoked: the next notice leaves 4A out.
        pullAnswers(notice("[\"" + TestSchool.AMARA + "\",\"" + TestSchool.DANIEL + "\",\"" + TestSchool.ELSIE + "\"]",
                "[{\"classId\":\"" + TestSchool.CLASS_3A + "\",\"grant\":\"TEACHES\"}]"));
        syncOnce();
        assertEquals(1, LiveDataValues.latest(device.data.roster.myClasses()).size());
        assertNull(device.database.roster().pupil(TestSchool.FINN));
    }

    private void syncOnce() {
        assertEquals(SyncResult.Status.IDLE, device.data.syncEngine(device.context, NetworkTimeouts.DEFAULT)
                .syncUntilIdle().status);
    }

    private void pullAnswers(String notice) {
        AcceptingServer server = new AcceptingServer() {
            @Override
            public MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
                if (request.getPath() != null && request.getPath().startsWith("/api/v1/sync/pull")) {
                    bodies.add("");
                    return json("{\"events\":[],\"roster\":[" + notice + "],\"next\":\"4-1~S1\",\"hasMore\":false,"
                            + "\"serverTime\":\"" + SERVER_TIME + "\"}");
                }
                if (request.getPath() != null && request.getPath().startsWith("/api/v1/sync/push")) {
                    // Finn's class has moved on: the server refuses his mark, which the device keeps for review.
                    return json(answer(request.getBody().clone().readUtf8(), "REJECTED"));
                }
                return super.dispatch(request);
            }
        };
        device.server.setDispatcher(server);
    }

    private static String notice(String pupils, String classes) {
        return "{\"cursor\":\"4-1\",\"kind\":\"SCOPE\",\"id\":\"de71ce00-0000-4000-8000-000000000010\","
                + "\"changedAt\":\"2026-09-07T07:52:00Z\",\"data\":{\"deviceId\":\"de71ce00-0000-4000-8000-000000000010\","
                + "\"role\":\"TEACHER\",\"staffId\":\"" + TestSchool.TEACHER + "\",\"everyPupil\":false,\"pupils\":" + pupils
                + ",\"everyClass\":false,\"classes\":" + classes + ","
                + "\"eventTypes\":[\"ABSENCE_REPORT\",\"AMENDMENT\",\"ARRIVAL\",\"ARRIVAL_WITHDRAWN\",\"REASON\",\"REGISTER_MARK\"],"
                + "\"rosterKinds\":[\"SCHOOL\",\"STAFF\",\"CLASS\",\"PUPIL\"],"
                + "\"withheldPayload\":{\"ABSENCE_REPORT\":[\"note\",\"evidence\"]},\"withheldRoster\":{}}}";
    }

    private int count(String table) {
        try (android.database.Cursor rows = device.database.getOpenHelper().getReadableDatabase()
                .query("SELECT COUNT(*) FROM " + table)) {
            rows.moveToFirst();
            return rows.getInt(0);
        }
    }

    private static JournalEventEntity remote(String id, String type, String pupil, String date, String payload) {
        return new JournalEventEntity(id, JournalEventEntity.REMOTE, 1, type, pupil, date, null, payload,
                "2026-09-04T08:00:00Z", null, "1-1", 1L);
    }

    private static JournalEventEntity local(String id, long seq, String pupil, long now) {
        return new JournalEventEntity(id, JournalEventEntity.LOCAL, seq, "REGISTER_MARK", pupil, "2026-09-04", null,
                "{\"pupil\":\"" + pupil + "\",\"date\":\"2026-09-04\",\"session\":\"AM\",\"code\":\"N\"}",
                "2026-09-04T08:00:00Z", null, null, now);
    }
}
