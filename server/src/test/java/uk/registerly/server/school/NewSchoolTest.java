package uk.registerly.server.school;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.testing.ApiClient;
import uk.registerly.server.testing.TestServers;

class NewSchoolTest {

    @Test
    void aNewSchoolsFirstOfficeCodeEnrolsTheOfficeWhichThenSetsTheSchoolUp() {
        try (RegisterlyServer server = RegisterlyServer.start(TestServers.config().demoMode(false).build())) {
            NewSchool.Created created = NewSchool.create(server.database().jdbi(), "St Anne's Primary", "Priya Shah",
                    "School Business Manager", "wenlock", TestServers.NOW);
            ApiClient api = new ApiClient(server.baseUrl());
            ApiClient.Response enrolled = api.post("/api/v1/devices", null,
                    Map.of("enrolmentCode", created.officeEnrolmentCode()));
            assertEquals(201, enrolled.status(), enrolled.toString());
            assertEquals("OFFICE", enrolled.text("role"));
            assertEquals("Priya Shah", enrolled.body().get("staff").get("name").asText());
            String office = enrolled.text("token");

            ApiClient.Response school = api.get("/api/v1/school", office);
            assertEquals("wenlock", school.text("policyPreset"));
            assertEquals(List.of(), List.copyOf(school.body().findValues("terms").get(0).findValuesAsText("from")));
            Map<String, Object> calendar = Map.of(
                    "registers", school.body().get("registers"),
                    "terms", List.of(Map.of("from", "2026-09-03", "to", "2026-12-18")),
                    "closures", List.of());
            assertEquals(200, api.put("/api/v1/school/calendar", office, calendar).status());
            assertEquals(1, api.get("/api/v1/school", office).body().get("terms").size());
            assertEquals(401, api.post("/api/v1/devices", null, Map.of("enrolmentCode", created.officeEnrolmentCode()))
                    .status(), "the first code is single use");
        }
    }

    @Test
    void anUnknownPresetIsRefused() {
        try (RegisterlyServer server = TestServers.start()) {
            assertThrows(IllegalArgumentException.class, () -> NewSchool.create(server.database().jdbi(), "X",
                    "A B", "Head", "nowhere", TestServers.NOW));
        }
    }
}
