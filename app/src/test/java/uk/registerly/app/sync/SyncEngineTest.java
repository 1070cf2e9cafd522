package uk.registerly.app.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import android.content.Context;

import androidx.test.core.app.ApplicationProvider;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;

import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import android.app.Application;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.DeliveredEventEntity;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.network.ServerClock;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.AcceptingServer;
import uk.registerly.app.testing.MockServerDevice;
import uk.registerly.app.testing.TestDataLayer;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/** The sync engine against MockWebServer: success, faults, rejections, revocation, clock offset, withdrawn arrivals. */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class SyncEngineTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    private static final Instant AT_0852 = Instant.parse("2026-09-07T07:52:00Z");
    /** Short enough that the timeout test takes a fraction of a second. */
    private static final NetworkTimeouts QUICK = new NetworkTimeouts(Duration.ofMillis(500), Duration.ofMillis(300),
            Duration.ofSeconds(5));

    @Rule
    public final MockServerDevice device = new MockServerDevice(Role.TEACHER, AT_0852, QUICK);

    private MockWebServer server;
    private RegisterlyDatabase database;
    private TestDataLayer data;
    private SyncEngine engine;

    @Before
    public void setUp() {
        server = device.server;
        database = device.database;
        data = device.data;
        engine = data.syncEngine(device.context, QUICK);
    }

    @Test
    public void aPassPushesPendingEventsExactlyAsStoredThenPullsAndStoresTheCursorWithThePage() throws Exception {
        JournalEventEntity n = data.register.recordMark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);
        JournalEventEntity present = data.register.recordMark(TestSchool.AMARA, MONDAY, Session.AM,
                AttendanceCode.PRESENT_AM);
        server.setDispatcher(new AcceptingServer() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getPath().startsWith("/api/v1/sync/pull")) {
                    return json("{\"events\":[{\"cursor\":\"12-1\",\"id\":\"7c1d0000-0000-4000-8000-00000000a905\","
                            + "\"type\":\"ARRIVAL\",\"pupil\":\"" + TestSchool.DANIEL + "\",\"deviceId\":\"g\","
                            + "\"deviceSeq\":4,\"deviceTime\":\"2026-09-07T08:05:00Z\",\"receivedAt\":\"2026-09-07T08:05:01Z\","
                            + "\"payload\":{\"pupil\":\"" + TestSchool.DANIEL + "\",\"at\":\"2026-09-07T09:05:00\"}}],"
                            + "\"roster\":[{\"cursor\":\"12-2\",\"kind\":\"PUPIL\",\"id\":\"" + TestSchool.FINN + "\","
                            + "\"changedAt\":\"2026-09-07T08:06:00Z\",\"data\":" + TestSchool.pupil(TestSchool.FINN, "P0004",
                            "Finn", "Walsh-Ode", "4", TestSchool.CLASS_4A) + "}],"
                            + "\"next\":\"12-2\",\"hasMore\":false,\"serverTime\":\"2026-09-07T08:06:00Z\"}");
                }
                return super.dispatch(request);
            }
        });

        SyncResult result = engine.syncUntilIdle();

        assertEquals(SyncResult.Status.IDLE, result.status);
        RecordedRequest push = server.takeRequest(1, TimeUnit.SECONDS);
        assertEquals("/api/v1/sync/push", push.getPath());
        assertEquals("Bearer rgd_test-token", push.getHeader("Authorization"));
        JsonArray events = JsonParser.parseString(push.getBody().readUtf8()).getAsJsonObject().getAsJsonArray("events");
        JsonObject first = events.get(0).getAsJsonObject();
        assertEquals(n.id, first.get("id").getAsString());
        assertEquals(0, first.get("deviceSeq").getAsLong());
        assertEquals("REGISTER_MARK", first.get("type").getAsString());
        assertEquals(n.deviceTime, first.get("deviceTime").getAsString());
        assertEquals(JsonParser.parseString(n.payload), first.get("payload"));
        assertEquals(present.id, events.get(1).getAsJsonObject().get("id").getAsString());
        assertEquals("/api/v1/sync/pull?since=0&limit=500", server.takeRequest(1, TimeUnit.SECONDS).getPath());

        assertEquals(0, database.journal().countPending());
        assertEquals(DeliveredEventEntity.ACCEPTED, database.deliveries().deliveryOf(n.id).result);
        assertEquals("12-2", database.pullCursor().get());
        assertEquals(JournalEventEntity.REMOTE, database.journal().find("7c1d0000-0000-4000-8000-00000000a905").origin);
        assertEquals("Walsh-Ode", database.roster().pupil(TestSchool.FINN).lastName);
        assertEquals(AT_0852, data.status.lastSyncCompleted());
    }

    @Test
    public void aServerErrorEndsThePassForARetryAndTheNextPassSendsEverything() throws Exception {
        data.register.recordMark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);
        server.enqueue(AcceptingServer.json("{\"error\":\"internal_error\",\"message\":\"the server failed\"}")
                .setResponseCode(503));

        SyncResult failed = engine.syncUntilIdle();

        assertEquals(SyncResult.Status.RETRY, failed.status);
        assertTrue(failed.error, failed.error.contains("HTTP 503"));
        assertEquals(1, database.journal().countPending());
        assertTrue(data.status.lastError().message.contains("unavailable"));
        assertEquals("why, for the badge in the reader's language", SyncProblem.SERVER_UNAVAILABLE,
                data.status.lastError().problem);
        assertNull(data.status.lastSyncCompleted());

        server.setDispatcher(new AcceptingServer());
        assertEquals(SyncResult.Status.IDLE, engine.syncUntilIdle().status);
        assertEquals(0, database.journal().countPending());
    }

    @Test
    public void aBatchWhoseAnswerWasLostIsResentIdenticallyAndItsDuplicateCountsAsDelivered() throws Exception {
        JournalEventEntity mark = data.register.recordMark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));

        assertEquals(SyncResult.Status.RETRY, engine.syncUntilIdle().status);
        String firstBody = server.takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8();
        assertEquals(1, database.journal().countPending());

        server.setDispatcher(new AcceptingServer() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (request.getPath().startsWith("/api/v1/sync/push")) {
                    return json(answer(request.getBody().clone().readUtf8(), "DUPLICATE"));
                }
                return super.dispatch(request);
            }
        });
        assertEquals(SyncResult.Status.IDLE, engine.syncUntilIdle().status);

        String resent = server.takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8();
        assertEquals("the same id, sequence number, device time and payload", firstBody, resent);
        assertEquals(DeliveredEventEntity.DUPLICATE, database.deliveries().deliveryOf(mark.id).result);
        assertEquals(0, database.journal().countPending());
    }

    @Test
    public void aServerThatDoesNotAnswerInTimeEndsThePassForALaterRetry() {
        data.register.recordMark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));

        SyncResult result = engine.syncUntilIdle();

        assertEquals(SyncResult.Status.RETRY, result.status);
        assertEquals("the server did not answer in time", result.error);
        assertEquals(1, database.journal().countPending());
    }

    @Test
    public void aRejectedEventIsQuarantinedWithItsReasonAndTheOthersAreSentAtOnce() throws Exception {
        JournalEventEntity first = data.register.recordMark(TestSchool.AMARA, MONDAY, Session.AM, AttendanceCode.N);
        // What only the server knows (the device refuses what the rules refuse, e.g. X at compulsory age):
        // the office ended this teacher's cover of the class after the tablet last synced.
        JournalEventEntity refused = data.register.recordMark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);
        JournalEventEntity third = data.register.recordMark(TestSchool.ELSIE, MONDAY, Session.AM, AttendanceCode.N);
        String reason = "you do not teach this pupil's class or cover it on 2026-09-07";
        AcceptingServer accepting = new AcceptingServer();
        server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
            private boolean rejectedOnce;

            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (!rejectedOnce && request.getPath().startsWith("/api/v1/sync/push")) {
                    rejectedOnce = true;
                    return AcceptingServer.json("{\"error\":\"events_rejected\",\"message\":\"1 of 3 events rejected\","
                            + "\"results\":[{\"id\":\"" + first.id + "\",\"status\":\"NOT_WRITTEN\"},"
                            + "{\"id\":\"" + refused.id + "\",\"status\":\"REJECTED\",\"reason\":\"" + reason + "\"},"
                            + "{\"id\":\"" + third.id + "\",\"status\":\"NOT_WRITTEN\"}]}").setResponseCode(422);
                }
                return accepting.dispatch(request);
            }
        });

        assertEquals(SyncResult.Status.IDLE, engine.syncUntilIdle().status);

        assertEquals(3, server.takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8().split("\"deviceSeq\"").length - 1);
        String resend = server.takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8();
        assertTrue(resend.contains(first.id) && resend.contains(third.id));
        assertFalse("the rejected event is never resent", resend.contains(refused.id));
        assertEquals(0, database.journal().countPending());
        assertEquals(reason, database.deliveries().rejected().get(0).reason);
        assertEquals(refused.id, database.deliveries().rejected().get(0).event.id);
    }

    @Test
    public void everyPageIsPulledAndTheCursorMovesWithEachPage() throws Exception {
        server.enqueue(AcceptingServer.json("{\"events\":[],\"roster\":[],\"next\":\"7-1\",\"hasMore\":true}"));
        server.enqueue(AcceptingServer.json("{\"events\":[],\"roster\":[],\"next\":\"9-3\",\"hasMore\":false}"));

        assertEquals(SyncResult.Status.IDLE, engine.syncUntilIdle().status);

        assertEquals("/api/v1/sync/pull?since=0&limit=500", server.takeRequest(1, TimeUnit.SECONDS).getPath());
        assertEquals("/api/v1/sync/pull?since=7-1&limit=500", server.takeRequest(1, TimeUnit.SECONDS).getPath());
        assertEquals("9-3", database.pullCursor().get());
    }

    @Test
    public void aRevokedDeviceIsWipedButKeepsItsUnsentFactsAndSendsThemUnchangedAfterReEnrolment() throws Exception {
        JournalEventEntity delivered = data.register.recordMark(TestSchool.AMARA, MONDAY, Session.AM,
                AttendanceCode.PRESENT_AM);
        server.setDispatcher(new AcceptingServer());
        engine.syncUntilIdle();
        JournalEventEntity unsent = data.register.recordMark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);
        server.setDispatcher(new okhttp3.mockwebserver.QueueDispatcher());
        server.enqueue(AcceptingServer.json("{\"error\":\"device_revoked\",\"message\":\"this device was revoked\"}")
                .setResponseCode(401));

        SyncResult result = engine.syncUntilIdle();

        assertEquals(SyncResult.Status.REVOKED, result.status);
        assertNull("back to enrolment", data.identities.current());
        assertNull(data.identities.token());
        assertNull(database.roster().firstSchool());
        assertNull(database.journal().find(delivered.id));
        assertEquals(java.util.Collections.singletonList(unsent.id), ids(database.journal().pending()));
        assertEquals(Integer.valueOf(1), data.status.revokedWithKeptEvents());

        data.enrolledAs(Role.TEACHER, device.url());
        server.setDispatcher(new AcceptingServer());
        while (server.getRequestCount() > 0 && server.takeRequest(10, TimeUnit.MILLISECONDS) != null) {
            // drain what the first passes sent
        }
        assertEquals(SyncResult.Status.IDLE, engine.syncUntilIdle().status);
        JsonObject resent = JsonParser.parseString(server.takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8())
                .getAsJsonObject().getAsJsonArray("events").get(0).getAsJsonObject();
        assertEquals(unsent.id, resent.get("id").getAsString());
        assertEquals(unsent.deviceSeq, resent.get("deviceSeq").getAsLong());
        assertEquals(unsent.deviceTime, resent.get("deviceTime").getAsString());
    }

    @Test
    public void theClockOffsetIsLearntFromServerTimeAndTravelsWithLaterEvents() throws Exception {
        server.setDispatcher(new AcceptingServer() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                // The server's clock is 5 minutes ahead of this tablet's (whose clock reads 07:52:00Z).
                return super.dispatch(request).setHeader("X-Server-Time", "2026-09-07T07:57:00Z");
            }
        });
        engine.syncUntilIdle();
        assertEquals(Long.valueOf(300_000), data.serverClock.lastOffsetMs());
        assertTrue(ServerClock.isLarge(data.serverClock.lastOffsetMs()));

        JournalEventEntity mark = data.register.recordMark(TestSchool.DANIEL, MONDAY, Session.AM, AttendanceCode.N);
        engine.syncUntilIdle();

        assertEquals(Long.valueOf(300_000), mark.clockOffsetMs);
        RecordedRequest push = null;
        for (int i = 0; i < 4 && push == null; i++) {
            RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
            push = request.getPath().startsWith("/api/v1/sync/push") ? request : null;
        }
        assertTrue(push.getBody().readUtf8().contains("\"clockOffsetMs\":300000"));
    }

    /** Nothing is held back: an arrival goes at once, and an undo sends a withdrawal that names it. */
    @Test
    public void anArrivalGoesAtOnceAndAnUndoSendsItsWithdrawal() throws Exception {
        data.enrolledAs(Role.GATE, device.url());
        java.util.List<String> pushed = new java.util.ArrayList<>();
        server.setDispatcher(new AcceptingServer() {
            @Override
            protected void onPush(RecordedRequest request) {
                pushed.add(request.getBody().clone().readUtf8());
            }
        });
        data.clock.set(Instant.parse("2026-09-07T08:05:00Z"));
        uk.registerly.app.data.attendance.ArrivalRecorded arrival = data.arrivals.recordArrival(TestSchool.DANIEL);

        assertEquals(SyncResult.Status.IDLE, engine.syncUntilIdle().status);
        assertEquals(1, pushed.size());
        assertTrue(pushed.get(0).contains("\"type\":\"ARRIVAL\""));

        data.clock.advanceSeconds(4);
        assertTrue(data.arrivals.undoArrival(arrival.eventId));
        engine.syncUntilIdle();

        assertEquals(2, pushed.size());
        JsonObject withdrawal = JsonParser.parseString(pushed.get(1)).getAsJsonObject().getAsJsonArray("events")
                .get(0).getAsJsonObject();
        assertEquals("ARRIVAL_WITHDRAWN", withdrawal.get("type").getAsString());
        assertEquals(arrival.eventId, withdrawal.getAsJsonObject("payload").get("arrival").getAsString());
        assertEquals(0, database.journal().countPending());
    }

    private static java.util.List<String> ids(java.util.List<JournalEventEntity> events) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (JournalEventEntity e : events) {
            ids.add(e.id);
        }
        return ids;
    }
}
