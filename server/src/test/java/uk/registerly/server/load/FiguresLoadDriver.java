package uk.registerly.server.load;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.auth.Role;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient;
import uk.registerly.server.testing.StaffLogins;

/**
 * Load driver (not a test: run by hand, see docs/benchmarks.md, "server: the dashboard's year view"). Builds
 * schools of 1,500 pupils with a register history pushed through the real push path, puts them in one trust,
 * then times, over real HTTP and one request at a time, the year view by year group (GET /api/v1/figures, what
 * the dashboard's "This year by group" page evaluates), the trust's (GET /api/v1/trust/figures) and, as the
 * baseline measured in the same run, the office's alerts (the same whole-year evaluation). Everything is
 * evaluated from scratch on each request: there is no cache of evaluated state (issue 19 adds it).
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
            long events = server.database().jdbi().withHandle(h -> h.createQuery("select count(*) from events")
                    .mapTo(Long.class).one());
            System.out.printf("%d schools of %,d pupils, %d school days of history to %s 10:30, %,d events in all "
                            + "(seeded in %.1f s); %d cores, %d MiB heap%n", schools, made.get(0).allPupils().size(),
                    historyDays, day, events, (System.nanoTime() - seeding) / 1e9,
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024 * 1024));
            ApiClient api = new ApiClient(server.baseUrl());
            String office = api.enrol(made.get(0).officeCode());
            UUID trust = StaffLogins.trust(server, made.stream().map(DemoSchool::schoolId).toArray(UUID[]::new));
            String director = staffToken(server, api, trust, clock);
            time(api, office, "/api/v1/alerts", requests);
            time(api, office, "/api/v1/figures?groupBy=yearGroup", requests);
            time(api, director, "/api/v1/trust/figures?groupBy=yearGroup", requests);
        }
    }

    private static String staffToken(RegisterlyServer server, ApiClient api, UUID trust, Clock clock) {
        StaffLogins.Login login = StaffLogins.create(server, Role.TRUST, trust);
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
        Arrays.sort(took);
        System.out.printf("GET %s: %d requests, min %.0f ms, median %.0f ms, max %.0f ms%n", path, requests,
                took[0] / 1e6, took[requests / 2] / 1e6, took[requests - 1] / 1e6);
    }

    private static void check(ApiClient.Response response, String path) {
        if (response.status() != 200) {
            throw new IllegalStateException(path + " failed: " + response);
        }
    }
}
