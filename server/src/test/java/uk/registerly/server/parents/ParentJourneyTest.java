package uk.registerly.server.parents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.TestEvents;
import uk.registerly.server.testing.ServerTest;

/** A parent reports, edits and cancels absences; the office processes them; leave is requested and decided. */
class ParentJourneyTest extends ServerTest {

    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 19);

    private DemoSchool school;
    private String parent;
    private String office;
    private UUID child;
    private final TestEvents events = new TestEvents();

    @BeforeEach
    void family() {
        school = server.demoSchools().create(DemoSchoolOptions.small());
        parent = api.signInParent(school.parentInvitationCode());
        office = api.enrol(school.officeCode());
        child = school.parentChildren().get(0);
    }

    private Response push(String token, ObjectNode... batch) {
        return api.post("/api/v1/sync/push", token, TestEvents.batch(batch));
    }

    private static ObjectNode withPayload(ObjectNode event, String field, String value) {
        ((ObjectNode) event.get("payload")).put(field, value);
        return event;
    }

    @Test
    void aReportWithAPhotoIsEditedThenProcessedAndCanNoLongerBeCancelled() {
        byte[] photo = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4};
        UUID evidence = UUID.randomUUID();
        Map<String, Object> upload = Map.of("id", evidence.toString(), "pupil", child.toString(),
                "contentType", "image/png", "data", Base64.getEncoder().encodeToString(photo));
        assertEquals(201, api.post("/api/v1/parents/evidence", parent, upload).status());
        assertEquals(200, api.post("/api/v1/parents/evidence", parent, upload).status(), "a retried upload is fine");

        ObjectNode report = withPayload(events.absenceReport(child, THURSDAY, THURSDAY, "ILLNESS"), "evidence",
                evidence.toString());
        assertEquals(200, push(parent, report).status());
        String reportId = report.get("id").asText();
        ObjectNode update = events.absenceReport(child, THURSDAY, THURSDAY.plusDays(1), "ILLNESS");
        update.put("type", "ABSENCE_REPORT_UPDATED");
        withPayload(update, "report", reportId);
        assertEquals(200, push(parent, update).status());

        JsonNode open = api.get("/api/v1/absence-reports?status=OPEN", office).body().get("reports");
        assertEquals(1, open.size());
        assertEquals("2026-11-20", open.get(0).get("details").get("to").asText(), "the edit is folded in");
        Response image = api.get("/api/v1/evidence/" + evidence, office);
        assertEquals(200, image.status());
        assertEquals("image/png", image.raw().headers().firstValue("Content-Type").orElseThrow());
        assertEquals(photo.length, Integer.parseInt(image.raw().headers().firstValue("Content-Length").orElseThrow()));

        ObjectNode processed = events.event("ABSENCE_REPORT_PROCESSED", TestEvents.payload(child));
        withPayload(processed, "report", reportId);
        withPayload(processed, "outcome", "ACCEPTED");
        withPayload(processed, "code", "I");
        ObjectNode reason = withPayload(events.reason(child, THURSDAY, "AM", "I"), "report", reportId);
        assertEquals(200, push(office, processed, reason).status());

        ObjectNode cancel = events.event("ABSENCE_REPORT_CANCELLED", TestEvents.payload(child));
        withPayload(cancel, "report", reportId);
        Response late = push(parent, cancel);
        assertEquals(422, late.status(), late.toString());
        assertTrue(late.text("message").contains("already processed"));
        JsonNode mine = api.get("/api/v1/absence-reports", parent).body().get("reports");
        assertEquals("PROCESSED", mine.get(0).get("status").asText());
        assertEquals("I", mine.get(0).get("processing").get("code").asText());
    }

    @Test
    void aCancellationRacingTheOfficeLetsExactlyOneWin() throws Exception {
        for (int round = 0; round < 5; round++) {
            ObjectNode report = events.absenceReport(child, THURSDAY, THURSDAY, "MEDICAL_APPOINTMENT");
            assertEquals(200, push(parent, report).status());
            String reportId = report.get("id").asText();
            ObjectNode cancel = withPayload(events.event("ABSENCE_REPORT_CANCELLED", TestEvents.payload(child)),
                    "report", reportId);
            ObjectNode processed = events.event("ABSENCE_REPORT_PROCESSED", TestEvents.payload(child));
            withPayload(processed, "report", reportId);
            withPayload(processed, "outcome", "DECLINED");
            withPayload(processed, "note", "Appointment letter needed");
            CompletableFuture<Response> a = CompletableFuture.supplyAsync(() -> push(parent, cancel));
            CompletableFuture<Response> b = CompletableFuture.supplyAsync(() -> push(office, processed));
            List<Integer> statuses = new ArrayList<>(List.of(a.get().status(), b.get().status()));
            statuses.sort(Integer::compare);
            assertEquals(List.of(200, 422), statuses, "exactly one of the two changes the report");
        }
    }

    @Test
    void aRefusedLeaveRequestCannotBeApprovedLater() {
        ObjectNode request = events.event("LEAVE_REQUEST", TestEvents.payload(child));
        ObjectNode p = (ObjectNode) request.get("payload");
        p.put("from", "2027-01-11").put("to", "2027-01-12").put("reason", "Family wedding abroad");
        p.putArray("sessions").add("AM").add("PM");
        assertEquals(200, push(parent, request).status());
        ObjectNode refuse = events.event("LEAVE_DECISION", TestEvents.payload(child));
        ((ObjectNode) refuse.get("payload")).put("request", request.get("id").asText()).put("decision", "REFUSED")
                .put("note", "Not exceptional");
        assertEquals(200, push(office, refuse).status());
        ObjectNode approve = events.event("LEAVE_DECISION", TestEvents.payload(child));
        ((ObjectNode) approve.get("payload")).put("request", request.get("id").asText()).put("decision", "APPROVED");
        Response r = push(office, approve);
        assertEquals(422, r.status());
        assertTrue(r.text("message").contains("final"), r.toString());
    }

    private ObjectNode leaveRequest(String from, String to) {
        ObjectNode request = events.event("LEAVE_REQUEST", TestEvents.payload(child));
        ObjectNode p = (ObjectNode) request.get("payload");
        p.put("from", from).put("to", to).put("reason", "Family wedding abroad");
        p.putArray("sessions").add("AM").add("PM");
        return request;
    }

    private ObjectNode decision(ObjectNode request, String decision) {
        ObjectNode d = events.event("LEAVE_DECISION", TestEvents.payload(child));
        ((ObjectNode) d.get("payload")).put("request", request.get("id").asText()).put("decision", decision)
                .put("note", "Decided by the head");
        return d;
    }

    @Test
    void aRefusalIsFinalForLaterRequestsAndForTheRegister() {
        ObjectNode first = leaveRequest("2027-01-11", "2027-01-12");
        assertEquals(200, push(parent, first).status());
        assertEquals(200, push(office, decision(first, "REFUSED")).status());

        ObjectNode again = leaveRequest("2027-01-12", "2027-01-13");
        assertEquals(200, push(parent, again).status(), "a parent may ask again");
        Response granted = push(office, decision(again, "APPROVED"));
        assertEquals(422, granted.status(), granted.toString());
        assertTrue(granted.text("message").contains("PREVIOUSLY_REFUSED"), granted.toString());

        LocalDate refusedDay = LocalDate.of(2027, 1, 11);
        Response authorised = push(office, events.reason(child, refusedDay, "AM", "C"));
        assertEquals(422, authorised.status(), authorised.toString());
        assertTrue(authorised.text("message").contains("is G"), authorised.toString());
        assertEquals(200, push(office, events.reason(child, refusedDay, "AM", "G")).status());
        assertEquals(200, push(office, events.reason(child, LocalDate.of(2027, 1, 14), "AM", "C")).status(),
                "other dates are not touched by the refusal");
    }

    @Test
    void leaveIsGrantedOnlyInAdvance() {
        ObjectNode late = leaveRequest("2026-11-16", "2026-11-17");
        assertEquals(200, push(parent, late).status());
        Response r = push(office, decision(late, "APPROVED"));
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.text("message").contains("NOT_IN_ADVANCE"), r.toString());
        ObjectNode early = leaveRequest("2027-01-14", "2027-01-15");
        assertEquals(200, push(parent, early).status());
        assertEquals(200, push(office, decision(early, "APPROVED"), events.reason(child, LocalDate.of(2027, 1, 14), "AM", "C"))
                .status(), "approved, and C recorded for the granted session in the same batch");
    }

    @Test
    void claimingAnotherInvitationLinksMoreChildren() {
        UUID guardian = server.database().jdbi().withHandle(h -> h.createQuery("""
                        select g.id from guardians g join guardian_pupils gp on gp.guardian_id = g.id
                        where g.school_id = :s and gp.pupil_id = :p""")
                .bind("s", school.schoolId()).bind("p", school.classes().get(0).pupils().get(1))
                .mapTo(UUID.class).one());
        Response invitation = api.post("/api/v1/invitations", office, Map.of("guardianId", guardian.toString()));
        assertEquals(201, invitation.status(), invitation.toString());
        int before = api.get("/api/v1/parents/children", parent).body().get("children").size();
        Response claimed = api.post("/api/v1/parents/claim", parent, Map.of("invitationCode", invitation.text("code")));
        assertEquals(200, claimed.status(), claimed.toString());
        assertEquals(before + 1, claimed.body().get("children").size());
        assertTrue(claimed.body().get("pullFromStart").asBoolean());
        Response again = api.post("/api/v1/parents/claim", parent, Map.of("invitationCode", invitation.text("code")));
        assertEquals(401, again.status(), "a real invitation is single use");
    }

    @Test
    void anotherFamilyCannotTouchAReportOrAPhotoThroughTheirOwnChild() {
        DemoSchool otherSchool = server.demoSchools().create(DemoSchoolOptions.small().withName("Other Family Primary"));
        String otherParent = api.signInParent(otherSchool.parentInvitationCode());
        UUID otherChild = otherSchool.parentChildren().get(0);
        UUID photo = UUID.randomUUID();
        assertEquals(201, api.post("/api/v1/parents/evidence", parent, Map.of("id", photo.toString(),
                "pupil", child.toString(), "contentType", "image/jpeg",
                "data", Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, (byte) 0xD8, 9}))).status());
        ObjectNode report = withPayload(events.absenceReport(child, THURSDAY, THURSDAY, "ILLNESS"), "evidence",
                photo.toString());
        assertEquals(200, push(parent, report).status());
        String reportId = report.get("id").asText();
        long before = eventCount();

        // The other parent names their own child, with this family's report or photo.
        ObjectNode cancel = withPayload(events.event("ABSENCE_REPORT_CANCELLED", TestEvents.payload(otherChild)),
                "report", reportId);
        Response cancelled = push(otherParent, cancel);
        ObjectNode edit = events.absenceReport(otherChild, THURSDAY, THURSDAY.plusDays(1), "OTHER");
        edit.put("type", "ABSENCE_REPORT_UPDATED");
        withPayload(edit, "report", reportId);
        Response edited = push(otherParent, edit);
        Response borrowedPhoto = push(otherParent, withPayload(events.absenceReport(otherChild, THURSDAY, THURSDAY,
                "MEDICAL_APPOINTMENT"), "evidence", photo.toString()));

        assertEquals(422, cancelled.status(), cancelled.toString());
        assertTrue(cancelled.text("message").contains(reportId + " is not an absence report for this pupil"),
                cancelled.toString());
        assertEquals(422, edited.status(), edited.toString());
        assertEquals(422, borrowedPhoto.status(), borrowedPhoto.toString());
        assertTrue(borrowedPhoto.text("message").contains("was not uploaded by you"), borrowedPhoto.toString());
        assertEquals(before, eventCount(), "nothing was written");
        assertEquals(404, api.get("/api/v1/evidence/" + photo, otherParent).status());
        JsonNode theirs = api.get("/api/v1/absence-reports", otherParent).body().get("reports");
        for (JsonNode listed : theirs) {
            assertTrue(!listed.toString().contains(reportId), "another family's report was listed");
        }
        JsonNode ours = api.get("/api/v1/absence-reports?status=OPEN", parent).body().get("reports");
        assertEquals(1, ours.size(), "the report is untouched and still open");
    }

    private long eventCount() {
        return server.database().jdbi().withHandle(h -> h.createQuery("select count(*) from events")
                .mapTo(Long.class).one());
    }

    @Test
    void aParentPullsOnlyTheirChildrenAndTheirSchool() {
        JsonNode page = api.get("/api/v1/sync/pull?since=0&limit=1000", parent).body();
        for (JsonNode change : page.get("roster")) {
            String kind = change.get("kind").asText();
            assertTrue(kind.equals("SCHOOL") || kind.equals("PUPIL"), kind);
            if (kind.equals("PUPIL")) {
                assertTrue(school.parentChildren().contains(UUID.fromString(change.get("id").asText())));
            }
        }
        assertEquals(school.parentChildren().size(),
                page.get("roster").findValues("kind").stream().filter(k -> k.asText().equals("PUPIL")).count());
    }

    @Test
    void childrenAtTwoSchoolsArePulledEachWithItsSchool() {
        DemoSchool second = server.demoSchools().create(DemoSchoolOptions.small().withName("Second Primary"));
        UUID secondGuardian = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select id from guardians where school_id = :s and mis_id = 'G-DEMO'")
                .bind("s", second.schoolId()).mapTo(UUID.class).one());
        Response invitation = api.post("/api/v1/invitations", api.enrol(second.officeCode()),
                Map.of("guardianId", secondGuardian.toString()));
        assertEquals(201, invitation.status(), invitation.toString());
        assertEquals(200, api.post("/api/v1/parents/claim", parent,
                Map.of("invitationCode", invitation.text("code"))).status());

        Map<UUID, UUID> schoolOfChild = new HashMap<>();
        school.parentChildren().forEach(c -> schoolOfChild.put(c, school.schoolId()));
        second.parentChildren().forEach(c -> schoolOfChild.put(c, second.schoolId()));
        JsonNode page = api.get("/api/v1/sync/pull?since=0&limit=1000", parent).body();
        int pupils = 0;
        for (JsonNode change : page.get("roster")) {
            if (change.get("kind").asText().equals("PUPIL")) {
                UUID id = UUID.fromString(change.get("id").asText());
                assertEquals(schoolOfChild.get(id).toString(), change.get("data").get("schoolId").asText(), id.toString());
                pupils++;
            }
        }
        assertEquals(schoolOfChild.size(), pupils);
    }

    @Test
    void aSchoolDevicePullsPupilRowsNamingItsSchool() {
        JsonNode page = api.get("/api/v1/sync/pull?since=0&limit=1000", office).body();
        int pupils = 0;
        for (JsonNode change : page.get("roster")) {
            if (change.get("kind").asText().equals("PUPIL")) {
                assertEquals(school.schoolId().toString(), change.get("data").get("schoolId").asText());
                pupils++;
            } else {
                assertTrue(!change.get("data").has("schoolId"), "only PUPIL rows gain the field: " + change);
            }
        }
        assertEquals(school.allPupils().size(), pupils);
    }
}
