package uk.registerly.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.FullPull;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestEvents;
import uk.registerly.server.testing.TestServers;

/**
 * On a shared tablet each event names the member of staff signed in (the envelope's staffId, issue
 * 13): one of the device's school's staff; for a teacher's register mark or amendment one who teaches
 * or covers the pupil's class that day, whose "Name, Position" then signs the amendment. It is stored
 * and served with the event.
 */
class SignedInStaffTest extends ServerTest {

    private static final LocalDate TODAY = LocalDate.ofInstant(TestServers.NOW, ZoneId.of("Europe/London"));
    private static final LocalDate TUESDAY = TODAY.minusDays(1);

    private final TestEvents events = new TestEvents();
    private DemoSchool school;
    private DemoSchool.DemoClass first;
    private DemoSchool.DemoClass covered;
    private String firstTeachersTablet;
    private String office;

    @BeforeEach
    void aSchoolWhoseSupplyTeacherCoversTheSecondClassToday() {
        school = server.demoSchools().create(DemoSchoolOptions.small());
        first = school.classes().get(0);
        covered = school.classes().stream().filter(c -> c.id().equals(school.cover().classId())).findFirst().orElseThrow();
        assertFalse(covered.id().equals(first.id()));
        firstTeachersTablet = api.enrol(first.teacherCode());
        office = api.enrol(school.officeCode());
    }

    private static ObjectNode signedIn(ObjectNode event, UUID staff) {
        event.put("staffId", staff.toString());
        return event;
    }

    private Response push(String token, ObjectNode... batch) {
        return api.post("/api/v1/sync/push", token, TestEvents.batch(batch));
    }

    @Test
    void theStaffMemberSignedInIsStoredAndServedWithTheEvent() {
        ObjectNode mark = signedIn(events.mark(first.pupils().get(0), TODAY, "AM", "/"), first.teacherId());
        assertEquals(200, push(firstTeachersTablet, mark).status());
        ObjectNode unnamed = events.mark(first.pupils().get(1), TODAY, "AM", "/");
        assertEquals(200, push(firstTeachersTablet, unnamed).status());
        for (String token : List.of(office, firstTeachersTablet)) {
            List<JsonNode> pulled = FullPull.from(api, token).events();
            JsonNode named = find(pulled, mark);
            assertEquals(first.teacherId().toString(), named.get("staffId").asText());
            assertFalse(find(pulled, unnamed).has("staffId"), "left out when the device named nobody");
        }
        // Who recorded it is part of the event: the same id naming another staff member is not a replay.
        assertEquals("DUPLICATE", push(firstTeachersTablet, mark).body().get("results").get(0).get("status").asText());
        ObjectNode reason = signedIn(events.reason(first.pupils().get(2), TUESDAY, "PM", "I"), officeStaff());
        assertEquals(200, push(office, reason).status());
        ObjectNode other = reason.deepCopy();
        other.put("staffId", first.teacherId().toString());
        Response clash = push(office, other);
        assertEquals(422, clash.status(), clash.toString());
        assertTrue(clash.body().get("results").get(0).get("reason").asText().contains("already used"), clash.toString());
    }

    @Test
    void aStaffMemberOfAnotherSchoolOrNoneIsRefused() {
        DemoSchool otherSchool = server.demoSchools().create(DemoSchoolOptions.small().withName("Other Primary"));
        Response foreign = push(firstTeachersTablet,
                signedIn(events.mark(first.pupils().get(0), TODAY, "AM", "/"), otherSchool.classes().get(0).teacherId()));
        assertEquals(403, foreign.status(), foreign.toString());
        assertTrue(foreign.body().get("results").get(0).get("reason").asText().contains("is not a member"), foreign.toString());
        Response parent = push(api.signInParent(school.parentInvitationCode()), signedIn(events.absenceReport(
                school.parentChildren().get(0), TODAY.plusDays(1), TODAY.plusDays(1), "ILLNESS"), first.teacherId()));
        assertEquals(403, parent.status(), parent.toString());
        ObjectNode malformed = events.mark(first.pupils().get(0), TODAY, "AM", "/");
        malformed.put("staffId", "Alice");
        assertEquals(400, push(firstTeachersTablet, malformed).status());
    }

    @Test
    void aTeachersMarkIsCheckedAgainstWhoIsSignedInNotTheTablet() {
        // The office's attendance officer teaches no class: signed in on the class tablet, she may not mark it.
        UUID officer = officeStaff();
        Response notTeaching = push(firstTeachersTablet, signedIn(events.mark(first.pupils().get(0), TODAY, "AM", "/"), officer));
        assertEquals(403, notTeaching.status(), notTeaching.toString());
        assertTrue(notTeaching.body().get("results").get(0).get("reason").asText().contains("does not teach"));
        // The supply teacher covering the second class today marks it from the first class's tablet...
        UUID supply = school.cover().staffId();
        assertEquals(200, push(firstTeachersTablet, signedIn(events.mark(covered.pupils().get(0), TODAY, "AM", "/"), supply))
                .status());
        // ...but not on a day outside the cover, nor the first class, which they neither teach nor cover.
        assertEquals(403, push(firstTeachersTablet, signedIn(events.mark(covered.pupils().get(1), TUESDAY, "AM", "/"), supply))
                .status());
        assertEquals(403, push(firstTeachersTablet, signedIn(events.mark(first.pupils().get(1), TODAY, "AM", "/"), supply))
                .status());
        // An office REASON names any of the school's staff: no class is needed.
        assertEquals(200, push(office, signedIn(events.reason(first.pupils().get(2), TUESDAY, "PM", "I"), officer)).status());
    }

    @Test
    void anAmendmentIsSignedByWhoeverIsSignedIn() {
        UUID supply = school.cover().staffId();
        UUID pupil = covered.pupils().get(2);
        assertEquals(200, push(firstTeachersTablet, signedIn(events.mark(pupil, TODAY, "AM", "N"), supply)).status());
        ObjectNode asTablet = signedIn(events.amendment(pupil, TODAY, "AM", "L", "arrived 09:20", first.teacherSignature()),
                supply);
        Response wrong = push(firstTeachersTablet, asTablet);
        assertEquals(403, wrong.status(), wrong.toString());
        assertTrue(wrong.body().get("results").get(0).get("reason").asText().contains(school.cover().signature()),
                wrong.toString());
        ObjectNode asSupply = signedIn(events.amendment(pupil, TODAY, "AM", "L", "arrived 09:20", school.cover().signature()),
                supply);
        assertEquals(200, push(firstTeachersTablet, asSupply).status());
        // The office's shared computer: the amendment is signed by the member of the office signed in.
        UUID officer = officeStaff();
        assertEquals(403, push(office, signedIn(events.amendment(pupil, TUESDAY, "PM", "I", "call", first.teacherSignature()),
                officer)).status());
        assertEquals(200, push(office, signedIn(events.amendment(pupil, TUESDAY, "PM", "I", "call",
                school.officeStaffSignature()), officer)).status());
    }

    private UUID officeStaff() {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                        "select id from staff where school_id = :s and mis_id = 'S-OFFICE'")
                .bind("s", school.schoolId()).mapTo(UUID.class).one());
    }

    private static JsonNode find(List<JsonNode> pulled, ObjectNode event) {
        return pulled.stream().filter(e -> e.get("id").asText().equals(event.get("id").asText())).findFirst().orElseThrow();
    }
}
