package uk.registerly.server.load;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.util.UUID;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.cache.EvaluatedSchool;
import uk.registerly.server.cache.SchoolStateCache;
import uk.registerly.server.http.Json;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.school.SchoolSetups;
import uk.registerly.server.testing.TestEvents;
import uk.registerly.server.worklists.Worklists;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient;

/**
 * Load driver (not a test: run by hand, see docs/benchmarks.md). Builds a school of 1,500 pupils with
 * a register history pushed through the real push path, then times the office's worklists, which
 * re-evaluate the school's whole event log with the rules module on every request: the alerts and the
 * first-day calling list (both from the cache) and the casework worklist (evaluated per request), over real
 * HTTP, one request at a time.
 *
 * <p>Arguments: [school days of history=60] [requests per endpoint=10].
 */
public final class WorklistLoadDriver {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<String> YEAR_GROUPS = List.of("7", "8", "9", "10", "11");
    private static final int CLASSES_PER_YEAR = 10;
    private static final int PUPILS_PER_CLASS = 30;

    private WorklistLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        int historyDays = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        // Mid-morning of a school day, so today's morning register has closed and the calling list is full.
        LocalDate day = nextWeekday(LocalDate.now(LONDON));
        Clock clock = Clock.fixed(day.atTime(10, 30).atZone(LONDON).toInstant(), ZoneOffset.UTC);
        try (ScratchServer scratch = ScratchServer.start("registerly-worklist-pg", clock)) {
            RegisterlyServer server = scratch.server();
            long seeding = System.nanoTime();
            DemoSchool school = server.demoSchools().create(new DemoSchoolOptions("Worklist Load Academy",
                    YEAR_GROUPS, CLASSES_PER_YEAR, PUPILS_PER_CLASS, historyDays, false));
            double seedSeconds = (System.nanoTime() - seeding) / 1e9;
            long events = server.database().jdbi().withHandle(h -> h.createQuery("select count(*) from events where school_id = :s")
                    .bind("s", school.schoolId()).mapTo(Long.class).one());
            System.out.printf("school: %,d pupils, %d school days of history to %s 10:30, %,d events (seeded through push in %.1f s); %d cores, %d MiB heap%n",
                    school.allPupils().size(), historyDays, day, events, seedSeconds,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));

            ApiClient api = new ApiClient(server.baseUrl());
            String office = api.enrol(school.officeCode());
            fromScratch(server, school, clock, requests);
            time(api, office, "/api/v1/alerts", requests);
            time(api, office, "/api/v1/worklists/first-day-calling", requests);
            // Issue 16: the casework ladder's due-now list evaluates the school and reads every CASE_ACTION itself
            // (no cache), so it is timed beside the from-scratch baseline above.
            time(api, office, "/api/v1/worklists/casework", requests);
            afterPushes(api, office, school, day, requests);
            memoryPerCachedSchool(server, school, clock);
        }
    }

    /**
     * The baseline in the same run: the alerts evaluated from the whole log as every request did before
     * the cache (read 600,000 facts, evaluate every pupil, write the JSON), in-process, so without HTTP.
     */
    private static void fromScratch(RegisterlyServer server, DemoSchool school, Clock clock, int requests) {
        long[] took = new long[requests + 2];
        for (int i = 0; i < took.length; i++) {
            long start = System.nanoTime();
            server.database().jdbi().useHandle(h -> {
                SchoolSetup setup = new SchoolSetups().current(h, school.schoolId());
                EvaluatedSchool evaluated = SchoolStateCache.fromScratch(h, setup, setup.today(clock.instant()));
                try {
                    Json.MAPPER.writeValueAsBytes(Worklists.alerts(evaluated));
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            });
            took[i] = System.nanoTime() - start;
        }
        long[] timed = Arrays.copyOfRange(took, 2, took.length);
        Arrays.sort(timed);
        System.out.printf("baseline, alerts from scratch in-process (no HTTP): %d runs, min %.0f ms, median %.0f ms, max %.0f ms%n",
                requests, timed[0] / 1e6, timed[requests / 2] / 1e6, timed[requests - 1] / 1e6);
    }

    /** Each timed request right after the office pushed 30 reasons for today: the cache advances first. */
    private static void afterPushes(ApiClient api, String office, DemoSchool school, LocalDate day, int requests) {
        TestEvents events = new TestEvents();
        List<UUID> pupils = school.allPupils();
        long[] took = new long[requests];
        for (int i = 0; i < requests; i++) {
            List<ObjectNode> batch = new java.util.ArrayList<>();
            for (int p = 0; p < 30; p++) {
                batch.add(events.reason(pupils.get((i * 30 + p) % pupils.size()), day, "AM", "I"));
            }
            check(api.post("/api/v1/sync/push", office, TestEvents.batch(batch)), "push");
            long start = System.nanoTime();
            check(api.get("/api/v1/alerts", office), "/api/v1/alerts");
            took[i] = System.nanoTime() - start;
        }
        Arrays.sort(took);
        System.out.printf("GET /api/v1/alerts right after a push of 30 reasons: %d requests, min %.0f ms, median %.0f ms, max %.0f ms%n",
                requests, took[0] / 1e6, took[requests / 2] / 1e6, took[requests - 1] / 1e6);
    }

    /** Heap retained by one more cached copy of the school's state, after full collections. */
    private static void memoryPerCachedSchool(RegisterlyServer server, DemoSchool school, Clock clock) {
        long before = usedAfterGc();
        SchoolStateCache cache = new SchoolStateCache(Long.MAX_VALUE);
        EvaluatedSchool held = server.database().jdbi().withHandle(h -> {
            SchoolSetup setup = new SchoolSetups().current(h, school.schoolId());
            return cache.current(h, setup, setup.today(clock.instant()));
        });
        long after = usedAfterGc();
        System.out.printf("memory per cached school: %.1f MiB retained for %,d facts and %,d pupils (%.0f bytes a fact)%n",
                (after - before) / (1024.0 * 1024), held.facts(), held.pupils().size(),
                (after - before) / (double) held.facts());
        if (cache.schools() != 1) {
            throw new IllegalStateException("the cache should hold the school");
        }
    }

    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** Two warm-up requests, then {@code requests} timed ones, one after another. */
    private static void time(ApiClient api, String token, String path, int requests) {
        for (int i = 0; i < 2; i++) {
            check(api.get(path, token), path);
        }
        long[] took = new long[requests];
        int bytes = 0;
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            ApiClient.Response response = api.get(path, token);
            took[i] = System.nanoTime() - start;
            check(response, path);
            bytes = response.raw().body().length();
        }
        Arrays.sort(took);
        System.out.printf("GET %s: %d requests, min %.0f ms, median %.0f ms, max %.0f ms; response %,d characters%n",
                path, requests, took[0] / 1e6, took[requests / 2] / 1e6, took[requests - 1] / 1e6, bytes);
    }

    private static void check(ApiClient.Response response, String path) {
        if (response.status() != 200) {
            throw new IllegalStateException(path + " failed: " + response);
        }
    }
}
