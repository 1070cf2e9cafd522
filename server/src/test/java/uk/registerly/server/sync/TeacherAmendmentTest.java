package uk.registerly.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestEvents;

/**
 * After the register closes, a teacher corrects their own class's register with an AMENDMENT signed
 * with their own "Name, Position", exactly as the office does; other classes stay the office's.
 */
class TeacherAmendmentTest extends ServerTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 17);

    private final TestEvents events = new TestEvents();
    private DemoSchool school;
    private DemoSchool.DemoClass ownClass;
    private String teacher;
    private UUID pupil;

    @BeforeEach
    void teacherOfAClass() {
        school = server.demoSchools().create(DemoSchoolOptions.small());
        ownClass = school.classes().get(0);
        teacher = api.enrol(ownClass.teacherCode());
        pupil = ownClass.pupils().get(0);
    }

    private Response push(ObjectNode event) {
        return api.post("/api/v1/sync/push", teacher, TestEvents.batch(event));
    }

    @Test
    void aTeacherAmendsTheirOwnClassesRegisterAfterItClosed() {
        assertEquals(200, push(events.mark(pupil, TUESDAY, "AM", "/")).status());
        ObjectNode amendment = events.amendment(pupil, TUESDAY, "AM", "O", "went home at break without permission",
                ownClass.teacherSignature());
        amendment.with("payload").put("at", TUESDAY.atTime(11, 0).toString());
        Response r = push(amendment);
        assertEquals(200, r.status(), r.toString());
        assertEquals("ACCEPTED", r.body().get("results").get(0).get("status").asText());

        String office = api.enrol(school.officeCode());
        JsonNode marks = api.get("/api/v1/pupils/" + pupil + "/attendance?from=" + TUESDAY + "&to=" + TUESDAY, office)
                .body().get("marks");
        assertEquals("O", marks.get(0).get("code").asText());
        assertEquals("AMENDMENT", marks.get(0).get("source").asText());
    }

    @Test
    void aTeachersAmendmentOfAnotherClassIsForbidden() {
        UUID otherClassPupil = school.classes().get(1).pupils().get(0);
        Response r = push(events.amendment(otherClassPupil, TUESDAY, "AM", "O", "left site", ownClass.teacherSignature()));
        assertEquals(403, r.status(), r.toString());
        assertTrue(r.body().get("results").get(0).get("reason").asText().contains("you do not teach"), r.toString());
    }

    @Test
    void aTeachersAmendmentMustBeSignedWithTheirOwnNameAndPosition() {
        Response r = push(events.amendment(pupil, TUESDAY, "AM", "O", "left site", school.officeStaffSignature()));
        assertEquals(403, r.status(), r.toString());
        assertTrue(r.body().get("results").get(0).get("reason").asText()
                .contains("by must be \"" + ownClass.teacherSignature() + "\""), r.toString());
    }

    @Test
    void aTeacherStillMayNotPushAReason() {
        Response r = push(events.reason(pupil, TUESDAY, "AM", "I"));
        assertEquals(403, r.status(), r.toString());
        assertTrue(r.body().get("results").get(0).get("reason").asText().contains("(only OFFICE)"), r.toString());
    }
}
