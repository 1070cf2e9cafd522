package uk.registerly.server.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.http.Json;
import uk.registerly.server.school.SchoolSetup;
import uk.registerly.server.school.SchoolSetups;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestEvents;
import uk.registerly.server.testing.TestServers;
import uk.registerly.server.worklists.Worklists;

/**
 * The office's alerts and calling list come from the app server's cache, advanced by the log's cursor
 * after every push. After each round of random marks, reasons, amendments, gate arrivals and
 * withdrawals the answers must be exactly what an evaluation of the whole log from scratch gives.
 */
class CachedWorklistsMatchFromScratchTest extends ServerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final String[] MARKS = {"/", "/", "/", "N", "N", "L", "I", "M", "\\"};
    private static final String[] REASONS = {"I", "M", "O", "C", "U"};

    @Test
    void afterEveryRoundOfRandomPushesTheCachedWorklistsEqualAFreshEvaluation() {
        DemoSchool school = server.demoSchools().create(
                new DemoSchoolOptions("Cache Academy", List.of("3", "4"), 1, 12, 10, false));
        String office = api.enrol(school.officeCode());
        String gate = api.enrol(school.gateCode());
        List<String> teachers = school.classes().stream().map(c -> api.enrol(c.teacherCode())).toList();
        List<LocalDate> days = schoolDays(LocalDate.of(2026, 11, 3), TODAY);
        Random random = new Random(20261118);
        TestEvents e = new TestEvents();
        List<ObjectNode> arrivals = new ArrayList<>();
        // The first answers build the cache; every later one advances it.
        assertSame(school, office);
        int alerts = 0;
        for (int round = 0; round < 20; round++) {
            for (int c = 0; c < school.classes().size(); c++) {
                DemoSchool.DemoClass demoClass = school.classes().get(c);
                List<ObjectNode> marks = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    UUID pupil = demoClass.pupils().get(random.nextInt(demoClass.pupils().size()));
                    LocalDate day = days.get(random.nextInt(days.size()));
                    String session = day.equals(TODAY) || random.nextBoolean() ? "AM" : "PM";
                    marks.add(e.mark(pupil, day, session, MARKS[random.nextInt(MARKS.length)]));
                }
                push(teachers.get(c), marks);
            }
            UUID pupil = randomPupil(school, random);
            LocalDate day = days.get(random.nextInt(days.size()));
            push(office, List.of(
                    e.reason(pupil, day, "AM", REASONS[random.nextInt(REASONS.length)]),
                    e.amendment(randomPupil(school, random), days.get(random.nextInt(days.size())), "PM",
                            MARKS[random.nextInt(MARKS.length)], "Register taken in error", school.officeStaffSignature())));
            ObjectNode arrival = e.arrival(randomPupil(school, random), TODAY, 8 + random.nextInt(2), random.nextInt(60));
            arrivals.add(arrival);
            List<ObjectNode> gateEvents = new ArrayList<>(List.of(arrival));
            if (round % 3 == 2) {
                gateEvents.add(e.withdrawal(arrivals.get(random.nextInt(arrivals.size())), TODAY, 9, 30));
            }
            push(gate, gateEvents);
            alerts = assertSame(school, office);
        }
        assertTrue(alerts > 0, "the random history raises alerts, so the comparison compares something");
    }

    /** Both worklists as the API serves them equal a fresh evaluation of the whole log; the number of alerts. */
    private static int assertSame(DemoSchool school, String office) {
        Response alerts = api.get("/api/v1/alerts", office);
        assertEquals(200, alerts.status(), alerts.toString());
        assertEquals(fromScratch(school.schoolId(), Worklists::alerts), alerts.body(), "alerts");
        Response calls = api.get("/api/v1/worklists/first-day-calling", office);
        assertEquals(200, calls.status(), calls.toString());
        JsonNode expected = server.database().jdbi().withHandle(h -> {
            SchoolSetup setup = new SchoolSetups().current(h, school.schoolId());
            return tree(Worklists.firstDayCalling(h, SchoolStateCache.fromScratch(h, setup, TODAY), TestServers.NOW));
        });
        assertEquals(expected, calls.body(), "first-day calling list");
        return alerts.body().get("alerts").size();
    }

    private static JsonNode fromScratch(UUID school, Function<EvaluatedSchool, Object> worklist) {
        return server.database().jdbi().withHandle(h -> {
            SchoolSetup setup = new SchoolSetups().current(h, school);
            return tree(worklist.apply(SchoolStateCache.fromScratch(h, setup, setup.today(TestServers.NOW))));
        });
    }

    /** As the API writes it and a client reads it back, so numbers compare alike. */
    private static JsonNode tree(Object value) {
        try {
            return Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static UUID randomPupil(DemoSchool school, Random random) {
        List<UUID> all = school.allPupils();
        return all.get(random.nextInt(all.size()));
    }

    private static List<LocalDate> schoolDays(LocalDate from, LocalDate to) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }

    private static void push(String token, List<ObjectNode> events) {
        Response r = api.post("/api/v1/sync/push", token, TestEvents.batch(events));
        assertEquals(200, r.status(), r.toString());
    }
}
