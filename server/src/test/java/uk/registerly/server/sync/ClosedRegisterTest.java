package uk.registerly.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestEvents;

/**
 * After a register closes (by trusted time) a change is an amendment (issue 12, item 2; Regulation 6 of
 * the 2024 Regulations: the original entry, the new one, the reason, the date and the name and position of
 * who made it). Today is Wednesday 18 November 2026 at 10:30; this morning's register closed at 09:15.
 */
class ClosedRegisterTest extends ServerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final TestEvents e = new TestEvents();
    private DemoSchool school;
    private DemoSchool.DemoClass cls;
    private UUID pupil;
    private String teacher;
    private String office;
    private String gate;

    @BeforeEach
    void aSchool() {
        school = server.demoSchools().create(DemoSchoolOptions.small());
        cls = school.classes().get(0);
        pupil = cls.pupils().get(0);
        teacher = api.enrol(cls.teacherCode());
        office = api.enrol(school.officeCode());
        gate = api.enrol(school.gateCode());
    }

    /** Recorded now (10:30), by a synced device. */
    private static ObjectNode now(ObjectNode event) {
        return at(event, TODAY.atTime(10, 30));
    }

    private static ObjectNode at(ObjectNode event, LocalDateTime clock) {
        event.put("deviceTime", clock.atZone(LONDON).toInstant().toString());
        event.put("clockOffsetMs", 0);
        ((ObjectNode) event.get("payload")).put("at", clock.toString());
        return event;
    }

    private static Response push(String token, ObjectNode... events) {
        return api.post("/api/v1/sync/push", token, TestEvents.batch(events));
    }

    private static JsonNode onlyResult(Response r) {
        return r.body().get("results").get(0);
    }

    private String code(LocalDate date, String session) {
        Response r = api.get("/api/v1/pupils/" + pupil + "/attendance?from=" + date + "&to=" + date, office);
        assertEquals(200, r.status(), r.toString());
        for (JsonNode mark : r.body().get("marks")) {
            if (mark.get("session").asText().equals(session)) {
                return mark.get("code").asText();
            }
        }
        return null;
    }

    @Test
    void aTeachersMarkAfterTheCloseIsRefusedAndTheSameChangeAsAnAmendmentIsAccepted() {
        Response late = push(teacher, now(e.mark(pupil, TODAY, "AM", "/")));
        assertEquals(422, late.status(), late.toString());
        assertEquals("REJECTED", onlyResult(late).get("status").asText());
        assertEquals("register_closed", onlyResult(late).get("code").asText(), "a stable code beside the reason");
        assertEquals("events_rejected", late.text("error"));

        Response yesterday = push(teacher, now(e.mark(pupil, TODAY.minusDays(1), "PM", "\\")));
        assertEquals("register_closed", onlyResult(yesterday).get("code").asText(), "yesterday's closed long ago");

        Response amended = push(teacher, now(e.amendment(pupil, TODAY, "AM", "/", "was in the library at registration",
                cls.teacherSignature())));
        assertEquals(200, amended.status(), amended.toString());
        assertEquals("/", code(TODAY, "AM"));

        Response unsigned = push(teacher, now(e.amendment(pupil, TODAY, "AM", "N", " ", cls.teacherSignature())));
        assertEquals(422, unsigned.status(), unsigned.toString());
        assertEquals("invalid_payload", onlyResult(unsigned).get("code").asText(), "an amendment without its reason");
    }

    @Test
    void aMarkTakenBeforeTheCloseAndPushedAfterItIsAnOriginal() {
        // The tablet was offline all morning: its 08:55 mark reaches the server at 10:30.
        Response r = push(teacher, at(e.mark(pupil, TODAY, "AM", "/"), TODAY.atTime(8, 55)));
        assertEquals(200, r.status(), r.toString());
        assertEquals("ACCEPTED", onlyResult(r).get("status").asText());
        assertEquals("/", code(TODAY, "AM"));
    }

    @Test
    void aGatesUAfterTheCloseIsNotOverriddenByTheTeachersLaterMarkOnlyByTheOfficeOrAnAmendment() {
        assertEquals(200, push(gate, at(e.arrival(pupil, TODAY, 9, 40), TODAY.atTime(9, 40))).status());
        assertEquals("U", code(TODAY, "AM"));
        Response teachers = push(teacher, now(e.mark(pupil, TODAY, "AM", "/")));
        assertEquals("register_closed", onlyResult(teachers).get("code").asText(), teachers.toString());
        assertEquals("U", code(TODAY, "AM"), "the teacher's late present mark does not beat the gate's U");

        assertEquals(200, push(office, now(e.reason(pupil, TODAY, "AM", "M"))).status(), "a medical appointment");
        assertEquals("M", code(TODAY, "AM"));
        Response amendment = push(teacher, now(e.amendment(pupil, TODAY, "AM", "L", "arrived 09:12, gate queue",
                cls.teacherSignature())));
        assertEquals(200, amendment.status(), amendment.toString());
        assertEquals("L", code(TODAY, "AM"));
    }

    @Test
    void anAuthorisedCodeOnRefusedLeaveNeedsAnOfficeAmendmentWithItsReason() {
        String parent = api.signInParent(school.parentInvitationCode());
        UUID child = school.parentChildren().get(0);
        LocalDate monday = TODAY.plusDays(5);
        ObjectNode request = TestEvents.payload(child);
        request.put("from", monday.toString()).put("to", monday.plusDays(1).toString())
                .put("reason", "family wedding abroad");
        request.putArray("sessions").add("AM").add("PM");
        ObjectNode leave = e.event("LEAVE_REQUEST", request);
        assertEquals(200, push(parent, leave).status());
        ObjectNode decision = TestEvents.payload(child);
        decision.put("request", leave.get("id").asText()).put("decision", "REFUSED").put("note", "not exceptional");
        Response refused = push(office, e.event("LEAVE_DECISION", decision));
        assertEquals(200, refused.status(), refused.toString());

        Response illness = push(office, now(e.reason(child, monday, "AM", "I")));
        assertEquals(422, illness.status(), illness.toString());
        assertEquals("leave_refused", onlyResult(illness).get("code").asText());
        Response c = push(office, now(e.amendment(child, monday, "AM", "C", "head approved after all",
                school.officeStaffSignature())));
        assertEquals("leave_refusal_final", onlyResult(c).get("code").asText(), "a refusal is final");
        Response amended = push(office, now(e.amendment(child, monday, "AM", "I", "admitted to hospital on the Sunday",
                school.officeStaffSignature())));
        assertEquals(200, amended.status(), amended.toString());
    }
}
