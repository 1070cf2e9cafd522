package uk.registerly.server.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestEvents;

/**
 * Casework's people are the roster's (issue 16): a read receipt is the letter's addressee's, not any parent of the
 * child; a notice to improve or penalty notice names one of the child's guardians, since the framework counts
 * notices "per parent per child" (at most two to the same parent for the same child in 3 years).
 */
class CaseworkAddresseeTest extends ServerTest {

    @Test
    void aParentLinkedToTheChildButNotTheAddresseeCannotSendTheLettersReadReceipt() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small().withHistorySchoolDays(10));
        String office = api.enrol(school.officeCode());
        UUID pupil = school.parentChildren().get(0);
        UUID otherGuardian = UUID.randomUUID();
        server.database().jdbi().useHandle(h -> {
            h.createUpdate("insert into guardians (id, school_id, mis_id, name, relationship)"
                            + " values (:id, :s, :mis, 'Alex Other-Guardian', 'Father')")
                    .bind("id", otherGuardian).bind("s", school.schoolId()).bind("mis", "G-" + otherGuardian)
                    .execute();
            h.createUpdate("insert into guardian_pupils (guardian_id, pupil_id) values (:g, :p)")
                    .bind("g", otherGuardian).bind("p", pupil).execute();
        });
        Response sent = api.post("/api/v1/pupils/" + pupil + "/letters", office, Map.of("caseActionId",
                UUID.randomUUID().toString(), "stage", "STAGE_3", "guardianId", otherGuardian.toString()));
        assertEquals(201, sent.status(), sent.toString());

        String parent = api.signInParent(school.parentInvitationCode());
        ObjectNode read = TestEvents.payload(pupil);
        read.put("letter", sent.text("id")).put("at", "2026-11-18T10:20:00");
        Response receipt = api.post("/api/v1/sync/push", parent, TestEvents.batch(new TestEvents().event("LETTER_READ", read)));
        assertEquals(422, receipt.status(), receipt.toString());
        JsonNode result = receipt.body().get("results").get(0);
        assertEquals("reference_unknown", result.get("code").asText(), receipt.toString());
        assertTrue(result.get("reason").asText().contains("sent to you"), receipt.toString());
        Response listed = api.get("/api/v1/pupils/" + pupil + "/letters", office);
        assertEquals(0, listed.body().get("letters").get(0).get("readAt").size(), "no receipt was written");
    }

    @Test
    void aNoticeToImproveNamesOneOfTheChildsGuardians() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small().withHistorySchoolDays(10));
        String office = api.enrol(school.officeCode());
        UUID pupil = school.parentChildren().get(0);
        String guardian = api.get("/api/v1/pupils/" + pupil + "/casework", office).body()
                .get("penaltyNotices").get(0).get("guardianId").asText();
        UUID strangersGuardian = server.database().jdbi().withHandle(h -> h.createQuery("""
                        select gp.guardian_id from guardian_pupils gp join pupils p on p.id = gp.pupil_id
                        where p.school_id = :s and gp.guardian_id not in
                            (select guardian_id from guardian_pupils where pupil_id = :p)
                        limit 1""")
                .bind("s", school.schoolId()).bind("p", pupil).mapTo(UUID.class).one());

        for (String notAParent : new String[] {strangersGuardian.toString(), UUID.randomUUID().toString()}) {
            Response refused = api.post("/api/v1/sync/push", office, TestEvents.batch(notice(school, pupil, notAParent)));
            assertEquals(422, refused.status(), refused.toString());
            assertEquals("not_a_guardian", refused.body().get("results").get(0).get("code").asText(), refused.toString());
        }
        assertEquals("NOTICE_TO_IMPROVE", api.get("/api/v1/pupils/" + pupil + "/casework", office).body()
                .get("penaltyNotices").get(0).get("step").asText(), "nothing was counted against the parent");

        Response issued = api.post("/api/v1/sync/push", office, TestEvents.batch(notice(school, pupil, guardian)));
        assertEquals(200, issued.status(), issued.toString());
        assertEquals("FIRST_PENALTY_NOTICE", api.get("/api/v1/pupils/" + pupil + "/casework", office).body()
                .get("penaltyNotices").get(0).get("step").asText(), "the notice to improve came first");
    }

    private static ObjectNode notice(DemoSchool school, UUID pupil, String parent) {
        ObjectNode p = TestEvents.payload(pupil);
        p.put("stage", "PENALTY_NOTICE").put("at", "2026-11-18T10:00:00").put("outcome", "ISSUED").put("parent", parent);
        p.putObject("action").put("type", "NOTICE_TO_IMPROVE");
        String[] by = school.officeStaffSignature().split(", ", 2);
        p.putObject("by").put("name", by[0]).put("position", by[1]);
        return new TestEvents().event("CASE_ACTION", p);
    }
}
