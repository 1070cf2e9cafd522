package uk.registerly.server.parents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestEvents;

/**
 * The office revokes a parent's account (issue 13: the revoked flag, never set before): its token
 * gets 401 on every call; only an office of a school the account reaches may do it; the family signs
 * in again with a new invitation.
 */
class ParentRevocationTest extends ServerTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);

    private final TestEvents e = new TestEvents();
    private DemoSchool school;
    private String office;
    private String parent;

    @BeforeEach
    void aSchoolAndAParent() {
        school = server.demoSchools().create(DemoSchoolOptions.small());
        office = api.enrol(school.officeCode());
        parent = api.signInParent(school.parentInvitationCode());
    }

    @Test
    void aParentAccountRevokedByTheOfficeGets401AndMaySignInAgainWithANewInvitation() {
        assertEquals(200, api.get("/api/v1/sync/pull", parent).status());
        JsonNode account = accountOf(office, "Sam Demo-Parent");
        String parentId = account.get("parentId").asText();
        assertFalse(account.get("revoked").asBoolean());

        String otherOffice = api.enrol(server.demoSchools().create(DemoSchoolOptions.small().withName("Other")).officeCode());
        assertEquals(404, api.post("/api/v1/parents/" + parentId + "/revoke", otherOffice, Map.of()).status());
        assertFalse(api.get("/api/v1/parents", otherOffice).raw().body().contains(parentId), "another school's list");
        assertEquals(200, api.get("/api/v1/sync/pull", parent).status(), "another school cannot revoke it");

        Response revoked = api.post("/api/v1/parents/" + parentId + "/revoke", office, Map.of());
        assertEquals(200, revoked.status(), revoked.toString());
        assertTrue(revoked.body().get("revoked").asBoolean());
        for (Response refused : List.of(api.get("/api/v1/sync/pull", parent), api.get("/api/v1/parents/children", parent),
                api.post("/api/v1/sync/push", parent, TestEvents.batch(e.absenceReport(school.parentChildren().get(0),
                        THURSDAY, THURSDAY, "ILLNESS"))))) {
            assertEquals(401, refused.status(), refused.toString());
            assertEquals("device_revoked", refused.text("error"), "the one code on which the phone discards its data");
            assertTrue(refused.text("message").contains("revoked"), refused.toString());
        }
        assertEquals(200, api.post("/api/v1/parents/" + parentId + "/revoke", office, Map.of()).status(), "idempotent");
        JsonNode after = accountOf(office, "Sam Demo-Parent");
        assertEquals(parentId, after.get("parentId").asText());
        assertTrue(after.get("revoked").asBoolean());
        assertNotNull(after.get("revokedAt"));
        long audited = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from audit_log where school_id = :s and action = 'parent.revoked'")
                .bind("s", school.schoolId()).mapTo(Long.class).one());
        assertEquals(1, audited, "audited once");

        String again = api.signInParent(school.parentInvitationCode());
        assertEquals(200, api.get("/api/v1/sync/pull", again).status(), "a new sign-in is a new account");
    }

    /** The one account linked to the guardian named {@code guardian} (the demo's other family has its own). */
    private static JsonNode accountOf(String office, String guardian) {
        JsonNode found = null;
        for (JsonNode account : api.get("/api/v1/parents", office).body().get("parents")) {
            for (JsonNode g : account.get("guardians")) {
                if (g.get("name").asText().equals(guardian)) {
                    assertNull(found, "one account for " + guardian);
                    found = account;
                }
            }
        }
        assertNotNull(found, "no account for " + guardian);
        return found;
    }
}
