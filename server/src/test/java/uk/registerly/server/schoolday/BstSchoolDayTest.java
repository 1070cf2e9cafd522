package uk.registerly.server.schoolday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.SettableClock;
import uk.registerly.server.testing.TestEvents;
import uk.registerly.server.testing.TestServers;

/** Issue 15 on a British Summer Time day, on a server of its own (its clock starts in June and only moves on). */
class BstSchoolDayTest {
    private static SettableClock clock;
    private static RegisterlyServer server;
    private static ApiClient api;

    private final SchoolDayEvents d = new SchoolDayEvents();
    private String office;
    private UUID officeStaff;
    private List<UUID> class0;
    private List<UUID> class1;

    @BeforeAll
    static void serverInJune() {
        clock = new SettableClock(Instant.parse("2026-06-17T12:10:00Z"));
        server = RegisterlyServer.start(TestServers.config().clock(clock).build());
        api = new ApiClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private void makeSchool(String name) {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small().withName(name));
        office = api.enrol(school.officeCode());
        officeStaff = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select id from staff where school_id = :s and name || ', ' || position = :sig")
                .bind("s", school.schoolId()).bind("sig", school.officeStaffSignature()).mapTo(UUID.class).one());
        class0 = school.classes().get(0).pupils();
        class1 = school.classes().get(1).pupils();
    }

    private Response push(String token, ObjectNode... events) {
        return api.post("/api/v1/sync/push", token, TestEvents.batch(events));
    }

    private void accepted(String token, ObjectNode... events) {
        Response r = push(token, events);
        assertEquals(200, r.status(), r.toString());
    }

    /** 17 June 2026 is British Summer Time: 12:10 UTC is 13:10 at the school (the demo's PM register closes 13:20). */
    @Test
    void onABstDayTheSchoolsOwnClockDecides() {
        makeSchool("BST " + UUID.randomUUID());
        LocalDate june = LocalDate.of(2026, 6, 17);
        // 13:05 at the school is five minutes ago, though later than 12:10 UTC
        accepted(office, d.departure(class0.get(0), june.atTime(13, 5), "ILL_SENT_HOME", officeStaff));
        Response future = push(office, d.departure(class0.get(1), june.atTime(13, 15), "OTHER", null));
        assertEquals(422, future.status(), future.toString());
        JsonNode pm = api.get("/api/v1/registers/status?session=PM", office).body();
        assertEquals(june.toString(), pm.get("date").asText());
        assertEquals(10, pm.get("classes").get(0).get("minutesToClose").asInt(), "closes 13:20 BST");
        clock.set(Instant.parse("2026-06-17T12:16:00Z"));
        assertTrue(api.get("/api/v1/registers/status?session=PM", office).body().get("classes").get(0)
                .get("reminderDue").asBoolean());
        // across the AM/PM boundary: a pupil signed out in the morning is not expected on site in the afternoon
        accepted(office, d.departure(class1.get(0), june.atTime(11, 50), "MEDICAL_APPOINTMENT", officeStaff));
        accepted(office, d.rollCallStarted(june.atTime(13, 16), "REAL_EVACUATION"));
        JsonNode call = api.get("/api/v1/roll-calls/current", office).body();
        Set<String> expected = new java.util.HashSet<>();
        call.get("pupils").forEach(l -> expected.add(l.get("pupilId").asText()));
        assertEquals(6, call.get("expectedOnSite").asInt(), "8 unmarked pupils, 2 signed out: " + call);
        assertFalse(expected.contains(class1.get(0).toString()));
        assertEquals(Set.of("NO_MARK"), java.util.stream.StreamSupport.stream(call.get("pupils").spliterator(), false)
                .map(l -> l.get("status").asText()).collect(Collectors.toSet()));
    }
}
