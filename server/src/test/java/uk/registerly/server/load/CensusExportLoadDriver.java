package uk.registerly.server.load;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient;

/**
 * Load driver (not a test: run by hand, see docs/benchmarks.md, "Census export"). Builds a school of
 * 1,500 pupils with an autumn term of register history pushed through the real push path, then times
 * issue 17's census attendance return for the term (target: under 5 s), as CSV and as JSON, over real
 * HTTP, one request at a time; and, in the same run, the office's alerts as the baseline (the same
 * whole-school evaluation of the event log, without the file). Also the daily data and a week of marks.
 *
 * <p>Arguments: [school days of history=70] [requests per endpoint=5].
 */
public final class CensusExportLoadDriver {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<String> YEAR_GROUPS = List.of("7", "8", "9", "10", "11");

    private CensusExportLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        int historyDays = args.length > 0 ? Integer.parseInt(args[0]) : 70;
        int requests = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // Wednesday 16 December 2026, 10:30: the autumn census term (1 Aug - 31 Dec) all but over.
        LocalDate day = LocalDate.of(2026, 12, 16);
        Clock clock = Clock.fixed(day.atTime(10, 30).atZone(LONDON).toInstant(), ZoneOffset.UTC);
        try (ScratchServer scratch = ScratchServer.start("registerly-census-pg", clock)) {
            RegisterlyServer server = scratch.server();
            long seeding = System.nanoTime();
            DemoSchool school = server.demoSchools().create(new DemoSchoolOptions("Census Load Academy",
                    YEAR_GROUPS, 10, 30, historyDays, false));
            double seedSeconds = (System.nanoTime() - seeding) / 1e9;
            long events = server.database().jdbi().withHandle(h -> h.createQuery(
                            "select count(*) from events where school_id = :s")
                    .bind("s", school.schoolId()).mapTo(Long.class).one());
            System.out.printf("school: %,d pupils, %d school days of history to %s 10:30, %,d events (seeded in %.1f s);"
                            + " %d cores, %d MiB heap%n", school.allPupils().size(), historyDays, day, events, seedSeconds,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
            ApiClient api = new ApiClient(server.baseUrl());
            String office = api.enrol(school.officeCode());
            time(api, office, "/api/v1/alerts", requests);
            time(api, office, "/api/v1/exports/census?term=autumn&year=2026&format=csv", requests);
            time(api, office, "/api/v1/exports/census?term=autumn&year=2026", requests);
            time(api, office, "/api/v1/exports/daily?date=" + day.minusDays(1) + "&format=csv", requests);
            time(api, office, "/api/v1/exports/marks?from=" + day.minusDays(7) + "&to=" + day, requests);
        }
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
