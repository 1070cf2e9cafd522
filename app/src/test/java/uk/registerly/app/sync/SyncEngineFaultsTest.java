package uk.registerly.app.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import android.app.Application;

import androidx.annotation.NonNull;
import androidx.test.ext.junit.runners.AndroidJUnit4;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.annotation.Config;
import org.robolectric.annotation.SQLiteMode;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.network.NetworkTimeouts;
import uk.registerly.app.security.DeviceIdentity.Role;
import uk.registerly.app.testing.AcceptingServer;
import uk.registerly.app.testing.MockServerDevice;
import uk.registerly.app.testing.TestDataLayer;
import uk.registerly.app.testing.TestSchool;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * Issue 12 items 3 and 8: the sync engine acts only on the server's own JSON error codes. Whatever
 * else answers — a proxy's HTML 413 or 401, a captive portal's 200 or redirect, an empty body, the
 * server's own "unauthorized" — leaves every event pending and the device enrolled; only
 * {@code device_revoked} wipes, only {@code events_rejected}'s REJECTED events are quarantined,
 * {@code batch_too_large} splits, and a batch the server fails on is bisected to the one event.
 */
@RunWith(AndroidJUnit4.class)
@Config(application = Application.class)
@SQLiteMode(SQLiteMode.Mode.NATIVE)
public class SyncEngineFaultsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 9, 7);
    private static final Instant AT_0852 = Instant.parse("2026-09-07T07:52:00Z");
    private static final NetworkTimeouts QUICK = new NetworkTimeouts(Duration.ofMillis(500), Duration.ofMillis(500),
            Duration.ofSeconds(5));
    /** 3A's pupils (the teacher's class). */
    private static final String[] PUPILS = {TestSchool.AMARA, TestSchool.DANIEL, TestSchool.ELSIE};

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

    private static MockResponse html(int status, String body) {
        return new MockResponse().setResponseCode(status).setHeader("Content-Type", "text/html").setBody(body);
    }

    private void assertNothingLostAndStillEnrolled(SyncResult result, int pending) {
        assertEquals(result.toString(), SyncResult.Status.RETRY, result.status);
        assertEquals(pending, database.journal().countPending());
        assertTrue("nothing quarantined", database.deliveries().rejected().isEmpty());
        assertNotNull("still enrolled", data.identities.current());
        assertNotNull(data.identities.token());
    }

    private List<JournalEventEntity> marks(int count) {
        List<JournalEventEntity> marks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            marks.add(data.register.recordMark(PUPILS[i % PUPILS.length], MONDAY,
                    i < PUPILS.length ? Session.AM : Session.PM, AttendanceCode.N));
        }
        return marks;
    }

    @Test
    public void aProxysHtml413LeavesTheEventPendingWhereItUsedToBeQuarantined() {
        marks(1);
        server.enqueue(html(413, "<html><body><h1>413 Request Entity Too Large</h1></body></html>"));

        SyncResult result = engine.syncUntilIdle();

        assertNothingLostAndStillEnrolled(result, 1);
        assertTrue(result.error, result.error.contains("not the server's (HTTP 413, text/html)"));
        assertEquals(SyncProblem.UNREADABLE, data.status.lastError().problem);
    }

    @Test
    public void aProxysBodyLimitSplitsTheBatchUntilItPassesAndQuarantinesNothing() {
        marks(4);
        AcceptingServer accepting = new AcceptingServer();
        server.setDispatcher(new Dispatcher() {
            @NonNull
            @Override
            public MockResponse dispatch(@NonNull RecordedRequest request) {
                if (request.getPath().startsWith("/api/v1/sync/push")
                        && request.getBody().clone().readUtf8().split("\"deviceSeq\"").length - 1 > 1) {
                    return html(413, "<html><body><h1>413 Request Entity Too Large</h1></body></html>");
                }
                return accepting.dispatch(request);
            }
        });

        assertEquals(SyncResult.Status.IDLE, engine.syncUntilIdle().status);

        assertEquals(0, database.journal().countPending());
        assertTrue(database.deliveries().rejected().isEmpty());
    }

    @Test
    public void aProxysHtml401NeverWipesTheDevice() {
        marks(2);
        server.enqueue(html(401, "<html><body>Proxy authentication required</body></html>"));

        assertNothingLostAndStillEnrolled(engine.syncUntilIdle(), 2);
        assertNotNull("the roster is kept", database.roster().firstSchool());
    }

    @Test
    public void theServersOwnUnauthorizedIsNotARevocation() {
        marks(1);
        server.enqueue(AcceptingServer.json("{\"error\":\"unauthorized\",\"message\":\"unknown token\"}")
                .setResponseCode(401));

        assertNothingLostAndStillEnrolled(engine.syncUntilIdle(), 1);
    }

    @Test
    public void aCaptivePortalsPageAnsweredWith200IsATransientFault() {
        marks(2);
        server.enqueue(html(200, "<html><body>Sign in to Guest Wi-Fi</body></html>"));
        assertNothingLostAndStillEnrolled(engine.syncUntilIdle(), 2);
        // And a portal that answers with JSON of its own, not the server's shape.
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/plain").setBody("{\"results\":[]}"));
        assertNothingLostAndStillEnrolled(engine.syncUntilIdle(), 2);
    }

    @Test
    public void aRedirectIsNotFollowedAndNotTheServersAnswer() throws Exception {
        marks(1);
        server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/portal/login"));

        assertNothingLostAndStillEnrolled(engine.syncUntilIdle(), 1);
        assertEquals("/api/v1/sync/push", server.takeRequest(1, TimeUnit.SECONDS).getPath());
        assertEquals("the portal's page is never fetched", 1, server.getRequestCount());
    }

    @Test
    public void anEmptyBodyOrAGatewaysHtml502IsATransientFault() {
        marks(1);
        server.enqueue(new MockResponse().setResponseCode(400));
        assertNothingLostAndStillEnrolled(engine.syncUntilIdle(), 1);
        server.enqueue(html(502, "<html>Bad Gateway</html>"));
        SyncResult gateway = engine.syncUntilIdle();
        assertNothingLostAndStillEnrolled(gateway, 1);
        assertEquals(SyncProblem.SERVER_UNAVAILABLE, data.status.lastError().problem);

        server.setDispatcher(new AcceptingServer());
        assertEquals(SyncResult.Status.IDLE, engine.syncUntilIdle().status);
        assertEquals(0, database.journal().countPending());
    }

    @Test
    public void aProxysHtmlAnswerToThePullWipesNothingEither() {
        server.setDispatcher(new AcceptingServer()
                .answer("/api/v1/sync/pull?since=0&limit=500", html(401, "<html>Log in</html>")));

        assertNothingLostAndStillEnrolled(engine.syncUntilIdle(), 0);
    }

    @Test
    public void onlyTheServersDeviceRevokedWipesTheDevice() {
        server.setDispatcher(new AcceptingServer().answer("/api/v1/sync/pull?since=0&limit=500",
                AcceptingServer.json("{\"error\":\"device_revoked\",\"message\":\"this device was revoked\"}")
                        .setResponseCode(401)));

        assertEquals(SyncResult.Status.REVOKED, engine.syncUntilIdle().status);
        assertEquals(null, data.identities.current());
    }

    @Test
    public void batchTooLargeSplitsTheBatchUntilItFits() {
        List<JournalEventEntity> marks = marks(4);
        AcceptingServer accepting = new AcceptingServer();
        List<Integer> sizes = new ArrayList<>();
        server.setDispatcher(new Dispatcher() {
            @NonNull
            @Override
            public MockResponse dispatch(@NonNull RecordedRequest request) {
                if (request.getPath().startsWith("/api/v1/sync/push")) {
                    int size = request.getBody().clone().readUtf8().split("\"deviceSeq\"").length - 1;
                    sizes.add(size);
                    if (size > 1) {
                        return AcceptingServer.json("{\"error\":\"batch_too_large\",\"message\":\"at most 1\"}")
                                .setResponseCode(413);
                    }
                }
                return accepting.dispatch(request);
            }
        });

        assertEquals(SyncResult.Status.IDLE, engine.syncUntilIdle().status);

        assertEquals(0, database.journal().countPending());
        assertTrue(database.deliveries().rejected().isEmpty());
        assertEquals(4, sizes.get(0).intValue());
        assertEquals(2, sizes.get(1).intValue());
        assertEquals(4, accepting.pushes.get());
        assertNotNull(database.deliveries().deliveryOf(marks.get(3).id));
    }

    /** A server that fails (its own internal_error, 500) on any batch holding one event, and stores the rest. */
    private static final class FailsOn extends Dispatcher {
        final AcceptingServer accepting = new AcceptingServer();
        final String poison;
        int failures;

        FailsOn(String poison) {
            this.poison = poison;
        }

        @NonNull
        @Override
        public MockResponse dispatch(@NonNull RecordedRequest request) {
            if (request.getPath().startsWith("/api/v1/sync/push") && request.getBody().clone().readUtf8().contains(poison)) {
                failures++;
                return AcceptingServer.json("{\"error\":\"internal_error\",\"message\":\"the server failed\"}")
                        .setResponseCode(500);
            }
            return accepting.dispatch(request);
        }
    }

    @Test
    public void aPoisonEventIsFoundByBisectionAndOnlyItIsQuarantinedWhileTheOthersSync() {
        List<JournalEventEntity> marks = marks(4);
        JournalEventEntity poison = marks.get(2);
        FailsOn failing = new FailsOn(poison.id);
        server.setDispatcher(failing);

        SyncResult first = engine.syncUntilIdle();

        assertEquals(first.toString(), SyncResult.Status.RETRY, first.status);
        assertEquals("the 3 others are stored in the first pass", 1, database.journal().countPending());
        assertTrue("one strike is not enough to give up on it", database.deliveries().rejected().isEmpty());

        for (int pass = 2; pass <= PoisonEvents.STRIKES; pass++) {
            engine.syncUntilIdle();
        }

        assertEquals(0, database.journal().countPending());
        assertEquals(1, database.deliveries().rejected().size());
        assertEquals(poison.id, database.deliveries().rejected().get(0).event.id);
        assertTrue(database.deliveries().rejected().get(0).reason.contains("the server failed on this event"));
        for (JournalEventEntity mark : marks) {
            if (mark != poison) {
                assertNotNull(database.deliveries().deliveryOf(mark.id));
            }
        }
    }

    @Test
    public void aPoisonEventAtTheHeadOfTheOutboxDoesNotHoldUpThoseBehindIt() {
        List<JournalEventEntity> marks = marks(4);
        server.setDispatcher(new FailsOn(marks.get(0).id));

        engine.syncUntilIdle();

        assertEquals("only the poison waits", 1, database.journal().countPending());
        assertEquals(marks.get(0).id, database.journal().pending().get(0).id);
    }

    @Test
    public void aServerFailingForEveryoneCostsNoEventHoweverOftenItIsTried() {
        marks(4);
        server.setDispatcher(new Dispatcher() {
            @NonNull
            @Override
            public MockResponse dispatch(@NonNull RecordedRequest request) {
                return AcceptingServer.json("{\"error\":\"internal_error\",\"message\":\"the server failed\"}")
                        .setResponseCode(500);
            }
        });

        for (int pass = 0; pass < 2 * PoisonEvents.STRIKES; pass++) {
            assertNothingLostAndStillEnrolled(engine.syncUntilIdle(), 4);
        }
        assertFalse("a bounded number of requests per pass", server.getRequestCount() > 2 * PoisonEvents.STRIKES * 6);
    }
}
