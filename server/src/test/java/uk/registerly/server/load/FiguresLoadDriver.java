package uk.registerly.server.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.auth.Role;
import uk.registerly.server.config.ServerConfig;
import uk.registerly.server.dashboard.DashboardRoutes;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.figures.FigureRoutes;
import uk.registerly.server.figures.GroupBy;
import uk.registerly.server.school.SchoolSetups;
import uk.registerly.server.testing.ApiClient;
import uk.registerly.server.testing.StaffLogins;

/**
 * Load driver (not a test: run by hand, see docs/benchmarks.md, "server: the dashboard's year view"). Builds
 * schools of 1,500 pupils with a register history pushed through the real push path, puts them in one trust,
 * then times, over real HTTP and one request at a time, the year view by year group (GET /api/v1/figures and the
 * dashboard's "This year by group" page, both read from the app server's cache of evaluated state), the trust's
 * (GET /api/v1/trust/figures) and the office's alerts (cached too). The baseline, measured in the same run, is
 * the same school and trust figures evaluated from scratch in-process (a figure service with no cache: read
 * every fact, evaluate every pupil, group), as every request did before the cache.
 *
 * <p>Arguments: [school days of history=60] [schools in the trust=1] [requests per endpoint=10].
 */
public final class FiguresLoadDriver {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<String> YEAR_GROUPS = List.of("7", "8", "9", "10", "11");

    private FiguresLoadDriver() {
    }

    public static void main(String[] args) throws Exception {
        int historyDays = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int schools = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        LocalDate day = LocalDate.now(LONDON);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        Clock clock = Clock.fixed(day.atTime(10, 30).atZone(LONDON).toInstant(), ZoneOffset.UTC);
        try (ScratchServer scratch = ScratchServer.start("registerly-figures-pg", clock)) {
            RegisterlyServer server = scratch.server();
            List<DemoSchool> made = new ArrayList<>();
            long seeding = System.nanoTime();
            for (int i = 0; i < schools; i++) {
                made.add(server.demoSchools().create(new DemoSchoolOptions("Figures Load Academy " + (i + 1),
                        YEAR_GROUPS, 10, 30, historyDays, false)));
            }
            long events = server.database().jdbi().withHandle(h -> h.createQuery("select count(*) from events where school_id = any(:s)")
                    .bindArray("s", UUID.class, made.stream().map(DemoSchool::schoolId).toArray(UUID[]::new))
                    .mapTo(Long.class).one());
            System.out.printf("%d schools of %,d pupils, %d school days of history to %s 10:30, %,d events in all "
                            + "(seeded in %.1f s); %d cores, %d MiB heap%n", schools, made.get(0).allPupils().size(),
                    historyDays, day, events, (System.nanoTime() - seeding) / 1e9,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
            System.out.printf("cache budget %,d facts (the default: 40%% of the heap)%n", ServerConfig.defaultCacheMaxFacts());
            ApiClient api = new ApiClient(server.baseUrl());
            String office = api.enrol(made.get(0).officeCode());
            UUID trust = StaffLogins.trust(server, made.stream().map(DemoSchool::schoolId).toArray(UUID[]::new));
            String director = staffToken(server, api, Role.TRUST, trust, clock);
            String leader = staffToken(server, api, Role.LEADER, made.get(0).schoolId(), clock);
            FigureRoutes fromScratch = new FigureRoutes(server.database().jdbi(), new SchoolSetups(), null, clock);
            UUID first = made.get(0).schoolId();
            timeInProcess("school figures from scratch (baseline)", requests, () -> server.database().jdbi()
                    .inTransaction(h -> fromScratch.schoolFigures(h, first, null, null, GroupBy.YEAR_GROUP)));
            timeInProcess("trust figures from scratch (baseline)", requests, () -> server.database().jdbi()
                    .inTransaction(h -> fromScratch.trustFigures(h, trust, null, null, GroupBy.YEAR_GROUP)));
            time(api, office, "/api/v1/alerts", requests);
            time(api, office, "/api/v1/figures?groupBy=yearGroup", requests);
            timePage(server.baseUrl(), leader, "/dashboard/year?groupBy=yearGroup", requests);
            // Each other school's cache is built by its own office's first request (as on a school morning), so
            // the trust's warm-up does not build ten caches within one request's time-out; each build is printed.
            for (DemoSchool other : made.subList(1, made.size())) {
                long cold = System.nanoTime();
                check(api.get("/api/v1/alerts", api.enrol(other.officeCode())), "/api/v1/alerts");
                System.out.printf("%s: cache built by its first GET /api/v1/alerts in %.0f ms%n", other.name(),
                        (System.nanoTime() - cold) / 1e6);
            }
            time(api, director, "/api/v1/trust/figures?groupBy=yearGroup", requests);
            timePage(server.baseUrl(), director, "/dashboard/trust", requests);
        }
    }

    private static void timeInProcess(String what, int requests, Supplier<Object> work) {
        for (int i = 0; i < 2; i++) {
            work.get();
        }
        long[] took = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            work.get();
            took[i] = System.nanoTime() - start;
        }
        print(what, requests, took);
    }

    /** A dashboard page with the staff session's cookie, as a browser asks for it. */
    private static void timePage(String baseUrl, String session, String path, int requests) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Cookie", DashboardRoutes.SESSION_COOKIE + "=" + session).GET().build();
        long[] took = new long[requests];
        for (int i = -2; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " failed: " + r.statusCode());
            }
            if (i >= 0) {
                took[i] = System.nanoTime() - start;
            }
        }
        print("GET " + path, requests, took);
    }

    private static void print(String what, int requests, long[] took) {
        Arrays.sort(took);
        System.out.printf("%s: %d requests, min %.0f ms, median %.0f ms, max %.0f ms%n", what, requests,
                took[0] / 1e6, took[requests / 2] / 1e6, took[requests - 1] / 1e6);
    }

    private static String staffToken(RegisterlyServer server, ApiClient api, Role role, UUID schoolOrTrust,
                                     Clock clock) {
        StaffLogins.Login login = StaffLogins.create(server, role, schoolOrTrust);
        ApiClient.Response r = api.post("/api/v1/staff/sign-in", null, login.signInBody(clock.instant()));
        if (r.status() != 201) {
            throw new IllegalStateException("sign-in failed: " + r);
        }
        return r.text("token");
    }

    /** Two warm-up requests, then {@code requests} timed ones, one after another. */
    private static void time(ApiClient api, String token, String path, int requests) {
        for (int i = 0; i < 2; i++) {
            check(api.get(path, token), path);
        }
        long[] took = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            check(api.get(path, token), path);
            took[i] = System.nanoTime() - start;
        }
        print("GET " + path, requests, took);
    }

    private static void check(ApiClient.Response response, String path) {
        if (response.status() != 200) {
            throw new IllegalStateException(path + " failed: " + response);
        }
    }
}
