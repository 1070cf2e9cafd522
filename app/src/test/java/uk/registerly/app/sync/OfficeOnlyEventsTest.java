package uk.registerly.app.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.time.Duration;
import java.time.Instant;

import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.AcceptingServer;
import uk.registerly.app.testing.MockServerDevice;
import uk.registerly.app.testing.TestSchool;

/**
 * Issue 16: a case action is the office's alone (sync-protocol §6: never pulled by TEACHER, GATE or PARENT devices),
 * a read receipt the office's and the parent's. The server filters its pull by role; should one be served anyway, a
 * teacher's or gate device does not keep it, and the cursor still moves past it.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class OfficeOnlyEventsTest {
    private static final NetworkTimeouts QUICK = new NetworkTimeouts(Duration.ofMillis(500), Duration.ofMillis(500),
            Duration.ofSeconds(5));
    private static final Instant NOW = Instant.parse("2026-10-02T10:00:00Z");
    private static final String ACTION = "ca5e0000-0000-4000-8000-000000000001";
    private static final String RECEIPT = "ca5e0000-0000-4000-8000-000000000002";
    private static final String MARK = "ca5e0000-0000-4000-8000-000000000003";

    private static String event(String cursor, String id, String type, String payload) {
        return "{\"cursor\":\"" + cursor + "\",\"id\":\"" + id + "\",\"type\":\"" + type + "\",\"pupil\":\""
                + TestSchool.DANIEL + "\",\"deviceId\":\"o\",\"deviceSeq\":1,\"deviceTime\":\"2026-10-02T09:00:00Z\","
                + "\"receivedAt\":\"2026-10-02T09:00:01Z\",\"payload\":" + payload + "}";
    }

    private static String page() {
        return "{\"events\":["
                + event("50-1", ACTION, "CASE_ACTION", "{\"pupil\":\"" + TestSchool.DANIEL + "\",\"stage\":\"STAGE_1\","
                        + "\"action\":{\"type\":\"MEETING\",\"description\":\"Chat\"},\"by\":{\"name\":\"Rita Anand\","
                        + "\"position\":\"Attendance Officer\"},\"at\":\"2026-10-02T10:00:00\",\"outcome\":\"DONE\"}")
                + "," + event("50-2", RECEIPT, "LETTER_READ", "{\"pupil\":\"" + TestSchool.DANIEL + "\",\"letter\":\""
                        + "1e770000-0000-4000-8000-000000000001\",\"at\":\"2026-10-02T10:05:00\"}")
                + "," + event("50-3", MARK, "REGISTER_MARK", "{\"pupil\":\"" + TestSchool.DANIEL + "\",\"date\":"
                        + "\"2026-10-02\",\"session\":\"AM\",\"code\":\"/\",\"at\":\"2026-10-02T08:55:00\"}")
                + "],\"roster\":[],\"next\":\"50-3\",\"hasMore\":false,\"serverTime\":\"2026-10-02T10:00:00Z\"}";
    }

    @Rule
    public final MockServerDevice teacher = new MockServerDevice(Role.TEACHER, NOW, QUICK);
    @Rule
    public final MockServerDevice gate = new MockServerDevice(Role.GATE, NOW, QUICK);
    @Rule
    public final MockServerDevice office = new MockServerDevice(Role.OFFICE, NOW, QUICK);

    private static void pull(MockServerDevice device) {
        device.server.setDispatcher(new AcceptingServer()
                .answer("/api/v1/sync/pull?since=0&limit=500", AcceptingServer.json(page()))
                .answer("/api/v1/sync/pull?since=50-3&limit=500", AcceptingServer.json(page())));
        assertEquals(SyncResult.Status.IDLE, device.data.syncEngine(device.context, QUICK).syncUntilIdle().status);
        assertEquals("the cursor moved past all three", "50-3", device.database.pullCursor().get());
    }

    @Test
    public void teacherAndGateDevicesNeverKeepACaseActionOrAReadReceipt() {
        for (MockServerDevice device : new MockServerDevice[] {teacher, gate}) {
            pull(device);
            String role = device.data.identities.current().role().name();
            assertNull(role + " keeps no case action", device.database.journal().find(ACTION));
            assertNull(role + " keeps no read receipt", device.database.journal().find(RECEIPT));
            assertNotNull(role + " keeps the register mark", device.database.journal().find(MARK));
        }
    }

    @Test
    public void theOfficeKeepsBoth() {
        pull(office);
        assertEquals(EventType.CASE_ACTION.name(), office.database.journal().find(ACTION).type);
        assertEquals("2026-10-02", office.database.journal().find(ACTION).factDate);
        assertEquals(EventType.LETTER_READ.name(), office.database.journal().find(RECEIPT).type);
    }

    @Test
    public void whoMayHoldWhat() {
        assertTrue(EventType.CASE_ACTION.isHeldBy(Role.OFFICE));
        assertFalse(EventType.CASE_ACTION.isHeldBy(Role.TEACHER));
        assertFalse(EventType.CASE_ACTION.isHeldBy(Role.GATE));
        assertFalse(EventType.CASE_ACTION.isHeldBy(Role.PARENT));
        assertTrue(EventType.LETTER_READ.isHeldBy(Role.PARENT));
        assertFalse(EventType.LETTER_READ.isHeldBy(Role.TEACHER));
        assertTrue("a type this version does not know is kept raw", EventPuller.mayHold(Role.TEACHER, "NEWER_THING"));
        assertTrue(EventPuller.mayHold(Role.TEACHER, "REGISTER_MARK"));
    }
}
