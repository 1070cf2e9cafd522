package uk.registerly.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.TestEvents;
import uk.registerly.server.testing.ServerTest;

/**
 * The cursor's promise: while 20 devices push concurrently, a device pulling all the time sees every
 * event exactly once and in cursor order, and so does a pull from cursor zero afterwards. Sequence
 * numbers are handed out before commit, so a scheme ordering by them alone would skip events here.
 */
class ConcurrentPushPullTest extends ServerTest {

    private static final int DEVICES = 20;
    private static final int BATCHES_PER_DEVICE = 10;
    private static final int EVENTS_PER_BATCH = 30;

    @Test
    void twentyDevicesPushingWhileAnotherPullsLoseAndRepeatNothing() throws Exception {
        DemoSchool school = server.demoSchools().create(
                new DemoSchoolOptions("Concurrency Primary", List.of("3", "4"), 2, 5, 0, false));
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 11, 3); !d.isAfter(LocalDate.of(2026, 11, 18)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.add(d);
            }
        }
        String officeToken = api.enrol(school.officeCode());
        Set<String> pushed = ConcurrentHashMap.newKeySet();
        AtomicBoolean pushing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(DEVICES + 1);
        try {
            CountDownLatch ready = new CountDownLatch(DEVICES);
            List<Future<?>> pushers = new ArrayList<>();
            for (int d = 0; d < DEVICES; d++) {
                DemoSchool.DemoClass c = school.classes().get(d % school.classes().size());
                int device = d;
                pushers.add(pool.submit(() -> {
                    String token = api.enrol(c.teacherCode());
                    TestEvents events = new TestEvents();
                    ready.countDown();
                    ready.await();
                    for (int b = 0; b < BATCHES_PER_DEVICE; b++) {
                        List<ObjectNode> batch = new ArrayList<>();
                        LocalDate day = days.get((device + b) % days.size());
                        while (batch.size() < EVENTS_PER_BATCH) {
                            for (UUID pupil : c.pupils()) {
                                if (batch.size() < EVENTS_PER_BATCH) {
                                    batch.add(events.mark(pupil, day, batch.size() % 2 == 0 ? "AM" : "PM", "/"));
                                }
                            }
                        }
                        Response r = api.post("/api/v1/sync/push", token, TestEvents.batch(batch));
                        assertEquals(200, r.status(), r.toString());
                        batch.forEach(e -> pushed.add(e.get("id").asText()));
                    }
                    return null;
                }));
            }
            Future<List<String>> puller = pool.submit(() -> pullUntilCaughtUp(officeToken, pushing, pushed));
            for (Future<?> f : pushers) {
                f.get(120, TimeUnit.SECONDS);
            }
            pushing.set(false);
            List<String> seenWhilePushing = puller.get(120, TimeUnit.SECONDS);

            int total = DEVICES * BATCHES_PER_DEVICE * EVENTS_PER_BATCH;
            assertEquals(total, pushed.size());
            assertEquals(total, seenWhilePushing.size(), "the concurrent puller saw an event twice or missed one");
            assertEquals(pushed, new HashSet<>(seenWhilePushing));

            List<String> fromZero = pullUntilCaughtUp(officeToken, new AtomicBoolean(false), pushed);
            assertEquals(seenWhilePushing, fromZero, "a pull from 0 gives the same events in the same order");
        } finally {
            pool.shutdownNow();
        }
    }

    /** Pulls pages until pushing has stopped and everything pushed was seen; checks order on the way. */
    private static List<String> pullUntilCaughtUp(String token, AtomicBoolean pushing, Set<String> pushed)
            throws InterruptedException {
        List<String> seen = new ArrayList<>();
        Set<String> unique = new HashSet<>();
        String cursor = "0";
        Cursor previous = Cursor.START;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            boolean done = !pushing.get();
            Response page = api.get("/api/v1/sync/pull?since=" + cursor + "&limit=97", token);
            assertEquals(200, page.status(), page.toString());
            // Events and roster changes come in two arrays, each in cursor order; merged, they continue
            // strictly after everything pulled before.
            Cursor pageStart = previous;
            Cursor lastEvent = pageStart;
            for (JsonNode event : page.body().get("events")) {
                Cursor at = Cursor.parse(event.get("cursor").asText());
                assertTrue(at.compareTo(lastEvent) > 0, "cursor order broken at " + at);
                lastEvent = at;
                String id = event.get("id").asText();
                assertTrue(unique.add(id), "event " + id + " pulled twice");
                seen.add(id);
            }
            Cursor lastChange = pageStart;
            for (JsonNode change : page.body().get("roster")) {
                Cursor at = Cursor.parse(change.get("cursor").asText());
                assertTrue(at.compareTo(lastChange) > 0, "cursor order broken at " + at);
                lastChange = at;
            }
            previous = lastEvent.compareTo(lastChange) > 0 ? lastEvent : lastChange;
            assertEquals(previous.toString(), page.text("next"), "next is the last row served");
            cursor = page.text("next");
            if (!page.body().get("hasMore").asBoolean()) {
                if (done && unique.containsAll(pushed)) {
                    return seen;
                }
                Thread.sleep(2);
            }
        }
        assertFalse(true, "the puller did not catch up: saw " + seen.size() + " of " + pushed.size());
        return seen;
    }
}
