package uk.registerly.server.exports.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.config.MarksPushSettings;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.school.SchoolSetups;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.SettableClock;
import uk.registerly.server.testing.TestEvents;
import uk.registerly.server.testing.TestServers;

/**
 * The push of the marks to an integrator (issue 17, item 5), against a real HTTP receiver: every change of
 * the marks-changes feed delivered in order, at least once and none skipped, with the bearer secret and a
 * per-batch idempotency key; a receiver that fails is retried with a doubling back-off and, once it
 * recovers, gets everything from where the last delivery ended.
 */
class MarksPusherTest extends ServerTest {

    private static final String SECRET = "integrator-secret-0123456789";
    private static final Duration BASE = Duration.ofSeconds(30);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 17);

    private final TestEvents events = new TestEvents();
    private final SettableClock retryClock = new SettableClock(TestServers.NOW);
    private DemoSchool school;
    private String office;

    @BeforeEach
    void demoSchoolWithAHistory() {
        school = server.demoSchools().create(DemoSchoolOptions.small().withHistorySchoolDays(3));
        office = api.enrol(school.officeCode());
    }

    private MarksPusher pusher(TestReceiver receiver, Duration interval, int batchSize) {
        return pusher(receiver, interval, batchSize, BASE, retryClock);
    }

    private MarksPusher pusher(TestReceiver receiver, Duration interval, int batchSize, Duration base, Clock retries) {
        MarksPushSettings settings = new MarksPushSettings(receiver.url(), SECRET, interval, base,
                Duration.ofMinutes(10), batchSize);
        return new MarksPusher(server.database().jdbi(), new SchoolSetups(), settings,
                Clock.fixed(TestServers.NOW, ZoneOffset.UTC), retries, h -> List.of(school.schoolId()));
    }

    /** The feed's changes from the start, once it serves every register fact stored (the horizon may lag). */
    private List<JsonNode> wholeFeed(String[] reached) {
        Set<String> stored = new HashSet<>(server.database().jdbi().withHandle(h -> h.createQuery("""
                        select id::text from events where school_id = :s
                        and type in ('REGISTER_MARK', 'ARRIVAL', 'REASON', 'AMENDMENT', 'ARRIVAL_WITHDRAWN')""")
                .bind("s", school.schoolId()).mapTo(String.class).list()));
        List<JsonNode> all = new ArrayList<>();
        waitFor(() -> {
            all.clear();
            String cursor = "0";
            while (true) {
                Response r = api.get("/api/v1/exports/marks/changes?since=" + cursor + "&limit=1000", office);
                assertEquals(200, r.status(), r.toString());
                r.body().get("changes").forEach(all::add);
                cursor = r.body().get("next").asText();
                if (!r.body().get("hasMore").asBoolean()) {
                    break;
                }
            }
            reached[0] = cursor;
            Set<String> seen = new HashSet<>();
            all.forEach(c -> seen.add(c.get("event").asText()));
            return seen.equals(stored);
        }, "the feed serves every register fact");
        return List.copyOf(all);
    }

    private String storedCursor() {
        return server.database().jdbi().withHandle(h -> MarksPushCursors.find(h, school.schoolId())
                .map(s -> s.cursor().toString()).orElse("none"));
    }

    /** Rounds until the push's cursor reaches {@code end}: the horizon may hold a round back a moment. */
    private void pushUntil(MarksPusher pusher, String end) {
        waitFor(() -> {
            pusher.runOnce();
            return storedCursor().equals(end);
        }, "the push reaches " + end);
    }

    private static void waitFor(BooleanSupplier condition, String what) {
        for (int tries = 0; tries < 1200; tries++) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("timed out waiting until " + what);
    }

    private static List<String> keys(List<JsonNode> changes) {
        return changes.stream().map(c -> c.get("cursor").asText() + " " + c.get("event").asText() + " "
                + c.get("date").asText() + " " + c.get("session").asText() + " " + c.get("code")).toList();
    }

    @Test
    void everyChangeOfTheFeedIsDeliveredOnceInOrderWithTheSecretAndAKeyPerBatch() {
        try (TestReceiver receiver = new TestReceiver(0)) {
            MarksPusher pusher = pusher(receiver, Duration.ofHours(1), 7);
            String[] reached = new String[1];
            List<JsonNode> feed = wholeFeed(reached);
            assertTrue(feed.size() > 7, "the history spans several batches");
            pushUntil(pusher, reached[0]);

            assertEquals(keys(feed), keys(receiver.deliveredChanges()));
            Set<String> batchKeys = new HashSet<>();
            String previousTo = "0";
            for (TestReceiver.Received r : receiver.received()) {
                assertEquals("Bearer " + SECRET, r.authorization());
                assertEquals(r.body().get("batch").asText(), r.idempotencyKey());
                assertTrue(batchKeys.add(r.idempotencyKey()), "one key per batch");
                assertEquals(school.schoolId().toString(), r.body().get("school").asText());
                assertEquals(previousTo, r.body().get("from").asText(), "each batch starts where the last ended");
                previousTo = r.body().get("to").asText();
            }
            assertEquals(reached[0], previousTo);

            // A round with nothing new sends nothing; a new mark is sent alone, from the stored cursor.
            int before = receiver.received().size();
            pusher.runOnce();
            assertEquals(before, receiver.received().size());
            String teacher = api.enrol(school.teacherCode());
            ObjectNode mark = events.mark(school.parentChildren().get(0), TUESDAY, "PM", "L");
            Response push = api.post("/api/v1/sync/push", teacher, TestEvents.batch(mark));
            assertEquals("ACCEPTED", push.body().get("results").get(0).get("status").asText(), push.toString());
            List<JsonNode> after = wholeFeed(reached);
            pushUntil(pusher, reached[0]);
            assertEquals(keys(after), keys(receiver.deliveredChanges()));
            JsonNode last = receiver.received().get(receiver.received().size() - 1).body().get("changes");
            assertEquals(mark.get("id").asText(), last.get(last.size() - 1).get("event").asText());
        }
    }

    @Test
    void aReceiverThatFailsIsRetriedWithTheSameKeyAfterADoublingBackOffAndLosesNothing() {
        try (TestReceiver receiver = new TestReceiver(3)) {
            MarksPusher pusher = pusher(receiver, Duration.ofHours(1), 5);
            String[] reached = new String[1];
            List<JsonNode> feed = wholeFeed(reached);

            pusher.runOnce();
            assertEquals(1, receiver.received().size(), "a failed batch ends the school's round");
            assertEquals("0", storedCursor(), "the cursor stays until a delivery");
            pusher.runOnce();
            assertEquals(1, receiver.received().size(), "not again before the back-off");
            retryClock.advance(BASE);
            pusher.runOnce();
            assertEquals(2, receiver.received().size());
            retryClock.advance(BASE);
            pusher.runOnce();
            assertEquals(2, receiver.received().size(), "the second wait is twice the first");
            retryClock.advance(BASE);
            pusher.runOnce();
            assertEquals(3, receiver.received().size());
            retryClock.advance(BASE.multipliedBy(4));
            pushUntil(pusher, reached[0]);

            List<TestReceiver.Received> all = receiver.received();
            String firstKey = all.get(0).idempotencyKey();
            for (int i = 0; i < 4; i++) {
                assertEquals(firstKey, all.get(i).idempotencyKey(), "the same batch, the same key");
                assertEquals("0", all.get(i).body().get("from").asText());
            }
            assertEquals(204, all.get(3).answered());
            assertNotEquals(firstKey, all.get(4).idempotencyKey());
            assertEquals(keys(feed), keys(receiver.deliveredChanges()), "nothing lost, nothing skipped");
            int failures = server.database().jdbi().withHandle(h -> MarksPushCursors.find(h, school.schoolId())
                    .orElseThrow().failures());
            assertEquals(0, failures, "a delivery clears the failures");
        }
    }

    @Test
    void theBackgroundJobPushesOnItsIntervalUntilClosed() {
        try (TestReceiver receiver = new TestReceiver(1)) {
            String[] reached = new String[1];
            List<JsonNode> feed = wholeFeed(reached);
            // the job's own clock here, the real one, with a back-off of a few milliseconds
            try (MarksPusher pusher = pusher(receiver, Duration.ofMillis(200), 1000, Duration.ofMillis(5),
                    Clock.systemUTC())) {
                pusher.start();
                waitFor(() -> storedCursor().equals(reached[0]), "the job delivers everything");
            }
            assertEquals(503, receiver.received().get(0).answered());
            assertEquals(keys(feed), keys(receiver.deliveredChanges()));
        }
    }

    @Test
    void theServerPushesOnlyWhenConfigured() {
        assertTrue(server.marksPusher().isEmpty(), "off by default");
        try (TestReceiver receiver = new TestReceiver(0);
             RegisterlyServer configured = RegisterlyServer.start(TestServers.config()
                     .marksPush(MarksPushSettings.of(receiver.url(), SECRET)).build())) {
            assertTrue(configured.marksPusher().isPresent());
        }
    }
}
