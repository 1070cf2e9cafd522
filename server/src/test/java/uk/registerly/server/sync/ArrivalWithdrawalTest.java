package uk.registerly.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestEvents;
import uk.registerly.server.testing.TestServers;

/**
 * The late gate takes back an arrival recorded for the wrong pupil (ARRIVAL_WITHDRAWN): accepted only
 * for an arrival its school's gate recorded for that pupil on the same school day (or earlier in the same
 * batch); the rules then work the mark out without the arrival, on the server as on every device.
 */
class ArrivalWithdrawalTest extends ServerTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 17);

    private final TestEvents events = new TestEvents();
    private DemoSchool school;
    private String gate;
    private String teacher;
    private String office;
    private UUID pupil;
    private UUID classmate;

    @BeforeEach
    void schoolWithAGate() {
        school = server.demoSchools().create(DemoSchoolOptions.small());
        gate = api.enrol(school.gateCode());
        teacher = api.enrol(school.teacherCode());
        office = api.enrol(school.officeCode());
        pupil = school.parentChildren().get(0);
        classmate = school.classes().get(0).pupils().get(1);
    }

    private Response push(String token, ObjectNode... batch) {
        return api.post("/api/v1/sync/push", token, TestEvents.batch(batch));
    }

    private void accepted(String token, ObjectNode... batch) {
        Response r = push(token, batch);
        assertEquals(200, r.status(), r.toString());
        for (JsonNode result : r.body().get("results")) {
            assertEquals("ACCEPTED", result.get("status").asText(), r.toString());
        }
    }

    /** Tuesday morning's mark as the server's rules give it: code and source, or "none". */
    private String tuesdayMorning(UUID who) {
        Response r = api.get("/api/v1/pupils/" + who + "/attendance?from=" + TUESDAY + "&to=" + TUESDAY, office);
        assertEquals(200, r.status(), r.toString());
        for (JsonNode mark : r.body().get("marks")) {
            if (mark.get("session").asText().equals("AM")) {
                return mark.get("code").asText() + " " + mark.get("source").asText();
            }
        }
        return "none";
    }

    private long storedEvents() {
        return server.database().jdbi().withHandle(h -> h.createQuery("select count(*) from events where school_id = :s")
                .bind("s", school.schoolId()).mapTo(Long.class).one());
    }

    @Test
    void aWithdrawnArrivalNoLongerDecidesTheMark() {
        accepted(teacher, events.mark(pupil, TUESDAY, "AM", "N"));
        ObjectNode wrongCard = events.arrival(pupil, TUESDAY, 9, 5);
        accepted(gate, wrongCard);
        assertEquals("L ARRIVAL", tuesdayMorning(pupil));

        accepted(gate, events.withdrawal(wrongCard, TUESDAY, 9, 6));
        assertEquals("N REGISTER_MARK", tuesdayMorning(pupil));
    }

    @Test
    void anArrivalAndItsWithdrawalMayTravelInOneBatchWithTheArrivalFirst() {
        ObjectNode wrongCard = events.arrival(pupil, TUESDAY, 9, 5);
        ObjectNode withdrawal = events.withdrawal(wrongCard, TUESDAY, 9, 6);
        accepted(gate, wrongCard, withdrawal);
        assertEquals("none", tuesdayMorning(pupil), "the session is unmarked again");
        UUID ref = server.database().jdbi().withHandle(h -> h.createQuery("select ref_id from events where id = :id")
                .bind("id", UUID.fromString(withdrawal.get("id").asText())).mapTo(UUID.class).one());
        assertEquals(wrongCard.get("id").asText(), ref.toString(), "stored with a reference to its arrival");
    }

    @Test
    void aWithdrawalBeforeItsArrivalInTheBatchIsRejectedAndNothingIsWritten() {
        ObjectNode wrongCard = events.arrival(pupil, TUESDAY, 9, 5);
        long before = storedEvents();
        Response r = push(gate, events.withdrawal(wrongCard, TUESDAY, 9, 6), wrongCard);
        assertEquals(422, r.status(), r.toString());
        assertEquals("REJECTED", r.body().get("results").get(0).get("status").asText());
        assertTrue(r.body().get("results").get(0).get("reason").asText().contains("no arrival"), r.toString());
        assertEquals("NOT_WRITTEN", r.body().get("results").get(1).get("status").asText());
        assertEquals(before, storedEvents());
    }

    @Test
    void aWithdrawalMustNameAnArrivalOfThisSchoolsGateForThePupilOnItsDay() {
        ObjectNode teachersMark = events.mark(pupil, TUESDAY, "AM", "N");
        accepted(teacher, teachersMark);
        ObjectNode classmatesArrival = events.arrival(classmate, TUESDAY, 9, 1);
        ObjectNode mondaysArrival = events.arrival(pupil, MONDAY, 9, 2);
        accepted(gate, classmatesArrival, mondaysArrival);
        DemoSchool other = server.demoSchools().create(DemoSchoolOptions.small().withName("Other Primary"));
        ObjectNode otherSchoolsArrival = events.arrival(other.parentChildren().get(0), TUESDAY, 9, 3);
        accepted(api.enrol(other.gateCode()), otherSchoolsArrival);

        List<ObjectNode> refused = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        refused.add(retarget(events.withdrawal(classmatesArrival, TUESDAY, 9, 6), UUID.randomUUID().toString()));
        reasons.add("no arrival");
        refused.add(retarget(events.withdrawal(classmatesArrival, TUESDAY, 9, 6), teachersMark.get("id").asText()));
        reasons.add("no arrival");
        refused.add(events.withdrawal(otherSchoolsArrival, TUESDAY, 9, 6));
        reasons.add("no arrival"); // told apart from an unknown id by nothing: another school's ids stay private
        refused.add(events.withdrawal(classmatesArrival, TUESDAY, 9, 6));
        reasons.add("is not an arrival of pupil " + pupil);
        refused.add(events.withdrawal(mondaysArrival, TUESDAY, 8, 0));
        reasons.add("was recorded on 2026-11-16; the gate withdraws an arrival only on that school day");

        refused.get(2).with("payload").put("pupil", pupil.toString());
        refused.get(3).with("payload").put("pupil", pupil.toString());
        long before = storedEvents();
        for (int i = 0; i < refused.size(); i++) {
            Response r = push(gate, refused.get(i));
            assertEquals(422, r.status(), i + ": " + r);
            String reason = r.body().get("results").get(0).get("reason").asText();
            assertTrue(reason.contains(reasons.get(i)), i + ": " + reason);
        }
        assertEquals(before, storedEvents());
        assertEquals("N REGISTER_MARK", tuesdayMorning(pupil));
    }

    private static ObjectNode retarget(ObjectNode withdrawal, String arrivalId) {
        withdrawal.with("payload").put("arrival", arrivalId);
        return withdrawal;
    }

    @Test
    void aSecondWithdrawalOfTheSameArrivalIsAcceptedAndChangesNothing() {
        accepted(teacher, events.mark(pupil, TUESDAY, "AM", "N"));
        ObjectNode wrongCard = events.arrival(pupil, TUESDAY, 9, 5);
        ObjectNode first = events.withdrawal(wrongCard, TUESDAY, 9, 6);
        accepted(gate, wrongCard, first);
        String secondGate = api.enrol(school.gateCode());
        ObjectNode second = events.withdrawal(wrongCard, TUESDAY, 9, 7);
        accepted(secondGate, second);
        assertEquals("N REGISTER_MARK", tuesdayMorning(pupil));

        Response replay = push(gate, first);
        assertEquals(200, replay.status(), replay.toString());
        assertEquals("DUPLICATE", replay.body().get("results").get(0).get("status").asText());

        List<String> pulled = pulledIds(teacher);
        assertTrue(pulled.contains(first.get("id").asText()) && pulled.contains(second.get("id").asText()));
    }

    @Test
    void everyoneWhoSeesTheArrivalPullsItsWithdrawal() {
        // Today's (a gate holds only today's facts), and a pupil of the teacher's class.
        LocalDate today = LocalDate.ofInstant(TestServers.NOW, ZoneId.of("Europe/London"));
        ObjectNode wrongCard = events.arrival(pupil, today, 9, 5);
        ObjectNode withdrawal = events.withdrawal(wrongCard, today, 9, 6);
        accepted(gate, wrongCard, withdrawal);
        String id = withdrawal.get("id").asText();
        for (String token : List.of(teacher, office, api.enrol(school.gateCode()),
                api.signInParent(school.parentInvitationCode()))) {
            assertTrue(pulledIds(token).contains(id));
        }
        DemoSchool other = server.demoSchools().create(DemoSchoolOptions.small().withName("Other Primary"));
        assertFalse(pulledIds(api.enrol(other.officeCode())).contains(id));
        JsonNode pulled = pulled(office).stream().filter(e -> e.get("id").asText().equals(id)).findFirst().orElseThrow();
        assertEquals("ARRIVAL_WITHDRAWN", pulled.get("type").asText());
        assertEquals(wrongCard.get("id").asText(), pulled.get("payload").get("arrival").asText());
        assertEquals("wrong card scanned", pulled.get("payload").get("reason").asText());
    }

    @Test
    void aMalformedWithdrawalIsRejectedNamingTheField() {
        ObjectNode wrongCard = events.arrival(pupil, TUESDAY, 9, 5);
        accepted(gate, wrongCard);
        ObjectNode notAUuid = retarget(events.withdrawal(wrongCard, TUESDAY, 9, 6), "a1");
        ObjectNode noArrival = events.withdrawal(wrongCard, TUESDAY, 9, 6);
        noArrival.with("payload").remove("arrival");
        ObjectNode longReason = events.withdrawal(wrongCard, TUESDAY, 9, 6);
        longReason.with("payload").put("reason", "x".repeat(501));
        for (ObjectNode bad : List.of(notAUuid, noArrival, longReason)) {
            Response r = push(gate, bad);
            assertEquals(422, r.status(), r.toString());
            String reason = r.body().get("results").get(0).get("reason").asText();
            assertTrue(reason.startsWith("payload.arrival") || reason.startsWith("payload.reason"), reason);
        }
    }

    private static List<JsonNode> pulled(String token) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = "0";
        while (true) {
            Response page = api.get("/api/v1/sync/pull?since=" + cursor + "&limit=1000", token);
            assertEquals(200, page.status(), page.toString());
            page.body().get("events").forEach(all::add);
            cursor = page.text("next");
            if (!page.body().get("hasMore").asBoolean()) {
                return all;
            }
        }
    }

    private static List<String> pulledIds(String token) {
        return pulled(token).stream().map(e -> e.get("id").asText()).toList();
    }
}
