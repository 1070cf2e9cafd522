package uk.registerly.server.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.http.Json;
import uk.registerly.server.school.SchoolSetups;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestEvents;
import uk.registerly.server.testing.TestServers;

/**
 * The figures API (and the dashboard, through the same service) reads a period that runs to today from the
 * app server's cache, advanced by the log's cursor after every push. After each round of random marks,
 * reasons and amendments, every grouping served must be exactly what an evaluation of the whole log from
 * scratch gives (a service with no cache).
 */
class CachedFiguresMatchFromScratchTest extends ServerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final String[] MARKS = {"/", "/", "/", "N", "N", "L", "U", "I", "M", "\\"};
    private static final String[] REASONS = {"I", "M", "O", "C", "U"};
    private static final GroupBy[] GROUPINGS = GroupBy.values();

    @Test
    void afterEveryRoundOfRandomPushesTheCachedFiguresEqualAFreshEvaluation() {
        DemoSchool school = server.demoSchools().create(
                new DemoSchoolOptions("Figures Cache Academy", List.of("3", "4"), 1, 12, 10, false));
        String office = api.enrol(school.officeCode());
        List<String> teachers = school.classes().stream().map(c -> api.enrol(c.teacherCode())).toList();
        List<LocalDate> days = schoolDays(LocalDate.of(2026, 11, 3), TODAY);
        Random random = new Random(20261203);
        TestEvents e = new TestEvents();
        FigureRoutes fromScratch = new FigureRoutes(server.database().jdbi(), new SchoolSetups(), null,
                Clock.fixed(TestServers.NOW, ZoneOffset.UTC));
        // The first answer builds the cache; every later one advances it.
        assertSame(school, office, fromScratch, GroupBy.YEAR_GROUP);
        double lowest = 1;
        for (int round = 0; round < 15; round++) {
            for (int c = 0; c < school.classes().size(); c++) {
                DemoSchool.DemoClass demoClass = school.classes().get(c);
                List<ObjectNode> marks = new ArrayList<>();
                for (int i = 0; i < 6; i++) {
                    UUID pupil = demoClass.pupils().get(random.nextInt(demoClass.pupils().size()));
                    LocalDate day = days.get(random.nextInt(days.size()));
                    marks.add(e.mark(pupil, day, random.nextBoolean() ? "AM" : "PM", MARKS[random.nextInt(MARKS.length)]));
                }
                push(teachers.get(c), marks);
            }
            List<UUID> all = school.allPupils();
            push(office, List.of(
                    e.reason(all.get(random.nextInt(all.size())), days.get(random.nextInt(days.size())), "AM",
                            REASONS[random.nextInt(REASONS.length)]),
                    e.amendment(all.get(random.nextInt(all.size())), days.get(random.nextInt(days.size())), "PM",
                            MARKS[random.nextInt(MARKS.length)], "Register taken in error", school.officeStaffSignature())));
            JsonNode served = assertSame(school, office, fromScratch, GROUPINGS[round % GROUPINGS.length]);
            lowest = Math.min(lowest, served.get("total").get("attendanceRate").asDouble(1));
        }
        assertTrue(lowest < 1, "the random history has absences, so the comparison compares something");
    }

    /** The figures as the API serves them equal a fresh evaluation of the whole log; the body served. */
    private static JsonNode assertSame(DemoSchool school, String office, FigureRoutes fromScratch, GroupBy groupBy) {
        Response served = api.get("/api/v1/figures?groupBy=" + groupBy.wire(), office);
        assertEquals(200, served.status(), served.toString());
        JsonNode expected = server.database().jdbi().inTransaction(h ->
                tree(fromScratch.schoolFigures(h, school.schoolId(), null, null, groupBy)));
        assertEquals(expected, served.body(), "figures by " + groupBy.wire());
        return served.body();
    }

    /** As the API writes it and a client reads it back, so numbers compare alike. */
    private static JsonNode tree(Object value) {
        try {
            return Json.MAPPER.readTree(Json.MAPPER.writeValueAsString(value));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
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
