package uk.registerly.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.testing.ApiClient;
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
