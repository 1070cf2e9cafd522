package uk.registerly.server.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.TestServers;

class EnrolmentTest {

    @Test
    void anOfficeCodeEnrolsOneDeviceForTheNamedTeacherAndIsThenUsedUp() {
        try (RegisterlyServer server = TestServers.start()) {
            ApiClient api = new ApiClient(server.baseUrl());
            DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
            String office = api.enrol(school.officeCode());
            DemoSchool.DemoClass c = school.classes().get(1);
            Response created = api.post("/api/v1/enrolment-codes", office,
                    Map.of("role", "TEACHER", "staffId", c.teacherId().toString()));
            assertEquals(201, created.status(), created.toString());
            String code = created.text("code");

            Response enrolled = api.post("/api/v1/devices", null, Map.of("enrolmentCode", code.toLowerCase().replace("-", " ")));
            assertEquals(201, enrolled.status(), enrolled.toString());
            assertEquals("TEACHER", enrolled.text("role"));
            assertEquals(c.teacherId().toString(), enrolled.body().get("staff").get("id").asText());
            assertTrue(enrolled.text("token").startsWith("rgd_"));
            assertEquals(401, api.post("/api/v1/devices", null, Map.of("enrolmentCode", code)).status(), "single use");

            long audited = server.database().jdbi().withHandle(h -> h.createQuery(
                            "select count(*) from audit_log where school_id = :s and action in ('enrolment_code.created', 'device.enrolled')")
                    .bind("s", school.schoolId()).mapTo(Long.class).one());
            assertEquals(3, audited, "code created, office device and teacher device enrolled");
            assertEquals(2, countEnrolled(api.get("/api/v1/devices", office)));
        }
    }

    private static int countEnrolled(Response devices) {
        int n = 0;
        for (var d : devices.body().get("devices")) {
            if (!"demo history".equals(d.path("name").asText())) {
                n++;
            }
        }
        return n;
    }

    @Test
    void enrolmentIsRateLimitedPerAddress() {
        try (RegisterlyServer server = RegisterlyServer.start(TestServers.config().signInAttemptsPerMinute(3).build())) {
            ApiClient api = new ApiClient(server.baseUrl());
            for (int i = 0; i < 3; i++) {
                assertEquals(401, api.post("/api/v1/devices", null, Map.of("enrolmentCode", "WRONG-" + i)).status());
            }
            Response limited = api.post("/api/v1/devices", null, Map.of("enrolmentCode", "WRONG-4"));
            assertEquals(429, limited.status());
            assertTrue(limited.body().get("retryAfterSeconds").asInt() > 0);
            assertEquals(429, api.post("/api/v1/parents/sign-in", null, Map.of("invitationCode", "WRONG")).status(),
                    "sign-in shares the budget");
        }
    }
}
