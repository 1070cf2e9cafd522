package uk.registerly.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.TestEvents;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestServers;

class PushIdempotencyTest extends ServerTest {

    private static List<ObjectNode> registerOfThreeDays(TestEvents events, DemoSchool.DemoClass c) {
        List<ObjectNode> batch = new ArrayList<>();
        for (LocalDate day : List.of(LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 17), LocalDate.of(2026, 11, 18))) {
            for (UUID pupil : c.pupils()) {
                batch.add(events.mark(pupil, day, "AM", "/"));
                batch.add(events.mark(pupil, day, "PM", "\\"));
            }
        }
        return batch;
    }

    private static List<Map<String, Object>> storedRows(UUID school) {
        return server.database().jdbi().withHandle(h -> h.createQuery("""
                        select id, device_id, device_seq, type, payload::text, tx_id, position, received_at
                        from events where school_id = :school order by tx_id, position""")
                .bind("school", school).mapToMap().list());
    }

    @Test
    void replayingTheSameBatchThreeTimesStoresOneRowPerEventAndAnswersDuplicate() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small().withPupilsPerClass(5));
        DemoSchool.DemoClass c = school.classes().get(0);
        String token = api.enrol(c.teacherCode());
        List<ObjectNode> batch = registerOfThreeDays(new TestEvents(), c);
        assertEquals(30, batch.size());

        Response first = api.post("/api/v1/sync/push", token, TestEvents.batch(batch));
        assertEquals(200, first.status(), first.toString());
        for (JsonNode result : first.body().get("results")) {
            assertEquals("ACCEPTED", result.get("status").asText());
        }
        List<Map<String, Object>> afterFirst = storedRows(school.schoolId());
        assertEquals(30, afterFirst.size());

        for (int replay = 0; replay < 2; replay++) {
            Response again = api.post("/api/v1/sync/push", token, TestEvents.batch(batch));
            assertEquals(200, again.status(), again.toString());
            JsonNode results = again.body().get("results");
            assertEquals(30, results.size());
            for (int i = 0; i < 30; i++) {
                assertEquals(batch.get(i).get("id").asText(), results.get(i).get("id").asText());
                assertEquals("DUPLICATE", results.get(i).get("status").asText());
            }
            assertEquals(afterFirst, storedRows(school.schoolId()), "a replay must not add or change a row");
        }
    }

    @Test
    void aReplayMixedWithNewEventsAcceptsOnlyTheNewOnes() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
        DemoSchool.DemoClass c = school.classes().get(0);
        String token = api.enrol(c.teacherCode());
        TestEvents events = new TestEvents();
        ObjectNode old = events.mark(c.pupils().get(0), LocalDate.of(2026, 11, 17), "AM", "/");
        assertEquals(200, api.post("/api/v1/sync/push", token, TestEvents.batch(old)).status());
        ObjectNode fresh = events.mark(c.pupils().get(1), LocalDate.of(2026, 11, 17), "AM", "/");

        Response r = api.post("/api/v1/sync/push", token, TestEvents.batch(old, fresh, old));
        assertEquals(200, r.status(), r.toString());
        assertEquals("DUPLICATE", r.body().get("results").get(0).get("status").asText());
        assertEquals("ACCEPTED", r.body().get("results").get(1).get("status").asText());
        assertEquals("DUPLICATE", r.body().get("results").get(2).get("status").asText());
        assertEquals(2, storedRows(school.schoolId()).size());
    }

    @Test
    void reusingAnIdForADifferentEventIsRejectedAndWritesNothing() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
        DemoSchool.DemoClass c = school.classes().get(0);
        String token = api.enrol(c.teacherCode());
        TestEvents events = new TestEvents();
        ObjectNode original = events.mark(c.pupils().get(0), LocalDate.of(2026, 11, 17), "AM", "/");
        assertEquals(200, api.post("/api/v1/sync/push", token, TestEvents.batch(original)).status());

        ObjectNode clash = original.deepCopy();
        ((ObjectNode) clash.get("payload")).put("code", "N");
        ObjectNode innocent = events.mark(c.pupils().get(1), LocalDate.of(2026, 11, 17), "AM", "/");
        Response r = api.post("/api/v1/sync/push", token, TestEvents.batch(innocent, clash));
        assertEquals(422, r.status(), r.toString());
        assertEquals("NOT_WRITTEN", r.body().get("results").get(0).get("status").asText());
        assertEquals("REJECTED", r.body().get("results").get(1).get("status").asText());
        assertTrue(r.body().get("results").get(1).get("reason").asText().contains("already used"));
        assertEquals(1, storedRows(school.schoolId()).size(), "the batch is all or nothing");
    }

    @Test
    void everyResponseCarriesTheServerTime() {
        Response health = api.get("/health", null);
        assertEquals(TestServers.NOW.toString(), health.raw().headers().firstValue("X-Server-Time").orElseThrow());
        Response unauthorised = api.get("/api/v1/sync/pull", null);
        assertEquals(401, unauthorised.status());
        assertTrue(unauthorised.raw().headers().firstValue("X-Server-Time").isPresent());
        assertEquals(TestServers.NOW.toString(), unauthorised.text("serverTime"));
    }
}
