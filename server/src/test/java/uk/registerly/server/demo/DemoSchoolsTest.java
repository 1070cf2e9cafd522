package uk.registerly.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.testing.ApiClient;
import uk.registerly.server.testing.FullPull;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestServers;

class DemoSchoolsTest extends ServerTest {

    @Test
    void theStandardDemoHasThreeYearGroupsSixClassesAndAHalfTermOfHistory() {
        DemoSchool demo = server.demoSchools().standard();
        assertEquals(6, demo.classes().size());
        assertEquals(3, demo.classes().stream().map(DemoSchool.DemoClass::yearGroup).distinct().count());
        assertEquals(180, demo.allPupils().size());
        assertEquals("DEMO-OFFICE", demo.officeCode());
        assertEquals("DEMO-TEACHER-1", demo.teacherCode());
        long events = server.database().jdbi().withHandle(h -> h.createQuery(
                "select count(*) from events where school_id = :s and type = 'REGISTER_MARK'")
                .bind("s", demo.schoolId()).mapTo(Long.class).one());
        // 30 school days x 2 sessions x 180 pupils, plus this morning's register (after it closed).
        assertTrue(events >= 30 * 2 * 180, "history marks: " + events);

        // Found, not created again, on the next start.
        assertEquals(demo.schoolId(), server.demoSchools().standard().schoolId());
        assertEquals(demo, server.demoSchools().standard());

        String office = api.enrol("demo office");
        assertEquals(200, api.get("/api/v1/alerts", office).status());
        ApiClient.Response calls = api.get("/api/v1/worklists/first-day-calling", office);
        assertEquals(200, calls.status());
        assertEquals(12, calls.body().get("calls").size(), "two unexplained absences per class: " + calls);
        assertEquals(201, api.post("/api/v1/devices", null, Map.of("enrolmentCode", "DEMO-GATE")).status());
        assertEquals(201, api.post("/api/v1/parents/sign-in", null, Map.of("invitationCode", "DEMO-PARENT")).status());
    }

    /**
     * The check on the demo school: a teacher token's full pull holds only its own classes' pupils
     * and no note on any absence report (the demo has a family's report with a note in 3A today); the
     * supply teacher's holds only the class they cover. docs/server.md has the same check with curl.
     */
    @Test
    void theDemoTeachersFullPullHoldsOnlyItsOwnClassesPupilsAndNoNoteOnAnyAbsenceReport() {
        DemoSchool demo = server.demoSchools().standard();
        Set<String> own = ids(demo.classes().get(0).pupils());
        long notes = server.database().jdbi().withHandle(h -> h.createQuery("""
                        select count(*) from events where school_id = :s and type = 'ABSENCE_REPORT'
                        and payload->>'note' is not null and pupil_id = any(:own)""")
                .bind("s", demo.schoolId()).bind("own", demo.classes().get(0).pupils().toArray(new UUID[0]))
                .mapTo(Long.class).one());
        assertTrue(notes > 0, "the demo holds a report with a note in 3A");

        FullPull teacher = FullPull.from(api, api.enrol(DemoSchools.TEACHER_CODE_PREFIX + 1));
        assertEquals(own, teacher.entityIds("PUPIL"), "PUPIL rows");
        int reports = 0;
        for (JsonNode event : teacher.events()) {
            assertTrue(own.contains(event.get("pupil").asText()), event.toString());
            if (event.get("type").asText().startsWith("ABSENCE_REPORT")) {
                reports++;
                assertFalse(event.get("payload").has("note"), event.toString());
                assertFalse(event.get("payload").has("evidence"), event.toString());
            }
        }
        assertTrue(reports > 0, "the report reached the teacher, as its category and dates");

        FullPull cover = FullPull.from(api, api.enrol(DemoSchools.COVER_CODE));
        Set<String> covered = ids(demo.classes().stream().filter(c -> c.id().equals(demo.cover().classId()))
                .findFirst().orElseThrow().pupils());
        assertEquals(covered, cover.entityIds("PUPIL"));
        cover.events().forEach(event -> assertTrue(covered.contains(event.get("pupil").asText()), event.toString()));
        assertFalse(cover.events().isEmpty(), "the covered class's history");
    }

    private static Set<String> ids(List<UUID> ids) {
        Set<String> texts = new TreeSet<>();
        ids.forEach(id -> texts.add(id.toString()));
        return texts;
    }

    @Test
    void demoCodesDoNotWorkOutsideDemoMode() {
        DemoSchool demo = server.demoSchools().create(DemoSchoolOptions.small());
        try (RegisterlyServer production = RegisterlyServer.start(TestServers.config().demoMode(false).build())) {
            ApiClient prod = new ApiClient(production.baseUrl());
            assertEquals(401, prod.post("/api/v1/devices", null, Map.of("enrolmentCode", demo.officeCode())).status());
            assertEquals(401, prod.post("/api/v1/parents/sign-in", null,
                    Map.of("invitationCode", demo.parentInvitationCode())).status());
            assertThrows(IllegalStateException.class, production::demoSchools);
        }
    }
}
