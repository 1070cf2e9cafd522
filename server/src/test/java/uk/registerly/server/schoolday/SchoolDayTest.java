package uk.registerly.server.schoolday;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.FullPull;
import uk.registerly.server.testing.SettableClock;
import uk.registerly.server.testing.TestEvents;
import uk.registerly.server.testing.TestServers;

/**
 * Issue 15 on a server whose clock moves (the demo's registers: AM closes 09:15; PM opens 13:00, closes 13:20):
 * sign-outs and returns, registers status, a roll call across devices, spot checks, the parent's first-day notice.
 * Wednesday 18 November 2026 (GMT) unless said otherwise.
 */
class SchoolDayTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 18);

    private static SettableClock clock;
    private static RegisterlyServer server;
    private static ApiClient api;

    private final SchoolDayEvents d = new SchoolDayEvents();
    private DemoSchool school;
    private String office;
    private String gate;
    private String teacher0;
    private String teacher1;
    private String parent;
    private UUID officeStaff;
    private List<UUID> class0;
    private List<UUID> class1;

    @BeforeAll
    static void serverWithAClockToMove() {
        clock = new SettableClock(TestServers.NOW);
        server = RegisterlyServer.start(TestServers.config().clock(clock).build());
        api = new ApiClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void aSchool() {
        clock.set(TestServers.NOW);
        makeSchool("School Day " + UUID.randomUUID());
    }

    private void makeSchool(String name) {
        school = server.demoSchools().create(DemoSchoolOptions.small().withName(name));
        office = api.enrol(school.officeCode());
        gate = api.enrol(school.gateCode());
        teacher0 = api.enrol(school.classes().get(0).teacherCode());
        teacher1 = api.enrol(school.classes().get(1).teacherCode());
        parent = api.signInParent(school.parentInvitationCode());
        officeStaff = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select id from staff where school_id = :s and name || ', ' || position = :sig")
                .bind("s", school.schoolId()).bind("sig", school.officeStaffSignature()).mapTo(UUID.class).one());
        class0 = school.classes().get(0).pupils();
        class1 = school.classes().get(1).pupils();
    }

    private Response push(String token, ObjectNode... events) {
        return api.post("/api/v1/sync/push", token, TestEvents.batch(events));
    }

    private void accepted(String token, ObjectNode... events) {
        Response r = push(token, events);
        assertEquals(200, r.status(), r.toString());
    }

    private UUID guardianOf(UUID pupil) {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                        "select guardian_id from guardian_pupils where pupil_id = :p limit 1")
                .bind("p", pupil).mapTo(UUID.class).one());
    }

    private void markAll() {
        List<ObjectNode> marks0 = new ArrayList<>();
        class0.forEach(p -> marks0.add(d.mark(p, DAY, "AM", "/")));
        accepted(teacher0, marks0.toArray(new ObjectNode[0]));
        List<ObjectNode> marks1 = new ArrayList<>();
        class1.forEach(p -> marks1.add(d.mark(p, DAY, "AM", "/")));
        accepted(teacher1, marks1.toArray(new ObjectNode[0]));
    }

    @Test
    void anOfficeSignOutIsAcceptedAndReachesTheClassTeacherTheGateAndTheFamilyNotAnotherClass() {
        UUID child = school.parentChildren().get(0);
        assertTrue(class0.contains(child));
        ObjectNode out = d.departureWithGuardian(child, DAY.atTime(10, 0), "MEDICAL_APPOINTMENT", guardianOf(child),
                officeStaff);
        Response r = push(office, out);
        assertEquals(200, r.status(), r.toString());
        assertEquals("ACCEPTED", r.body().get("results").get(0).get("status").asText());
        String id = out.get("id").asText();
        assertTrue(FullPull.from(api, teacher0).eventIds().contains(id), "the class teacher's tablet has it");
        assertFalse(FullPull.from(api, teacher1).eventIds().contains(id), "another class's tablet has not");
        assertTrue(FullPull.from(api, gate).eventIds().contains(id), "the gate's list of who is in has it");
        assertTrue(FullPull.from(api, parent).eventIds().contains(id), "the family sees who signed the child out");

        Response early = push(gate, d.returned(child, DAY.atTime(9, 30)));
        assertEquals(422, early.status(), early.toString());
        assertTrue(early.body().get("message").asText().contains("not_signed_out"), early.toString());
        accepted(gate, d.returned(child, DAY.atTime(10, 25)));

        JsonNode list = api.get("/api/v1/worklists/school-day", office).body();
        JsonNode departure = list.get("departures").get(0);
        assertFalse(departure.get("flagged").asBoolean(), departure.toString());
        assertEquals("approved by " + school.officeStaffSignature(), departure.get("why").asText());
        assertTrue(departure.get("returnedAt").asText().startsWith("2026-11-18T10:25"));
        assertEquals(guardianOf(child).toString(), departure.get("collectedBy").get("guardianId").asText());
        assertFalse(departure.get("guardians").isEmpty());
    }

    @Test
    void anUnapprovedCollectionIsFlaggedAndBadSignOutsWriteNothing() {
        UUID pupil = class1.get(2);
        accepted(gate, d.departure(pupil, DAY.atTime(10, 10), "OTHER", null));
        JsonNode list = api.get("/api/v1/worklists/school-day?date=" + DAY, office).body();
        assertEquals(1, list.get("flagged").asInt());
        JsonNode flagged = list.get("departures").get(0);
        assertTrue(flagged.get("flagged").asBoolean());
        assertTrue(flagged.get("policy").asText().contains("not approved"), flagged.toString());

        Response notGuardian = push(office, d.departureWithGuardian(pupil, DAY.atTime(10, 0), "OTHER",
                guardianOf(class0.get(0)), null));
        assertEquals(422, notGuardian.status(), notGuardian.toString());
        assertTrue(notGuardian.body().get("message").asText().contains("not_a_guardian"));
        Response future = push(office, d.departure(pupil, DAY.atTime(11, 0), "OTHER", null));
        assertTrue(future.body().get("message").asText().contains("date_in_future"), future.toString());
        ObjectNode unsigned = d.departure(pupil, DAY.atTime(10, 0), "OTHER", null);
        ((ObjectNode) unsigned.get("payload")).put("approved", true);
        Response noApprover = push(office, unsigned);
        assertEquals(422, noApprover.status(), noApprover.toString());
        assertTrue(noApprover.body().get("message").asText().contains("approvedBy"), noApprover.toString());
        Response teacher = push(teacher1, d.departure(pupil, DAY.atTime(10, 0), "OTHER", null));
        assertEquals(403, teacher.status(), "a teacher's tablet does not sign pupils out: " + teacher);
        assertEquals(1, api.get("/api/v1/worklists/school-day", office).body().get("departures").size());
    }

    @Test
    void registersStatusListsEveryClassWithItsStateAndTheOfficeTakesARegisterOnTheTeachersBehalf() {
        clock.set(Instant.parse("2026-11-18T09:11:00Z"));
        accepted(teacher0, d.mark(class0.get(0), DAY, "AM", "/"));
        UUID teacherOf1 = school.classes().get(1).teacherId();
        Response plain = push(office, d.mark(class1.get(0), DAY, "AM", "/"));
        assertEquals(403, plain.status(), "the office marks only on a teacher's behalf: " + plain);
        Response wrong = push(office, d.markOnBehalf(class1.get(0), DAY, "AM", "/", school.classes().get(0).teacherId()));
        assertEquals(403, wrong.status(), "on behalf of a teacher who does not teach the class: " + wrong);
        Response teacherNaming = push(teacher1, d.markOnBehalf(class1.get(0), DAY, "AM", "/", teacherOf1));
        assertEquals(403, teacherNaming.status(), teacherNaming.toString());
        List<ObjectNode> behalf = new ArrayList<>();
        class1.forEach(p -> behalf.add(d.markOnBehalf(p, DAY, "AM", "/", teacherOf1)));
        accepted(office, behalf.toArray(new ObjectNode[0]));

        JsonNode status = api.get("/api/v1/registers/status?date=" + DAY + "&session=AM", office).body();
        assertEquals(2, status.get("classes").size(), "every class");
        JsonNode first = status.get("classes").get(0);
        JsonNode second = status.get("classes").get(1);
        assertEquals("PARTIAL", first.get("state").asText());
        assertEquals(1, first.get("marked").asInt());
        assertEquals(4, first.get("pupils").asInt());
        assertEquals(4, first.get("minutesToClose").asInt());
        assertTrue(first.get("reminderDue").asBoolean(), "not taken, 4 minutes before the close");
        assertEquals(school.classes().get(0).teacherId().toString(), first.get("teachers").get(0).get("id").asText());
        assertEquals("TAKEN", second.get("state").asText());
        assertTrue(second.get("takenOnBehalf").asBoolean());
        assertFalse(second.get("reminderDue").asBoolean());
        JsonNode pm = api.get("/api/v1/registers/status?session=PM", office).body();
        assertEquals("NOT_STARTED", pm.get("classes").get(0).get("state").asText());
        assertFalse(pm.get("classes").get(0).get("reminderDue").asBoolean());
        assertEquals(400, api.get("/api/v1/registers/status?session=EVENING", office).status());
        assertEquals(400, api.get("/api/v1/registers/status", office).status());
        assertEquals(400, api.get("/api/v1/registers/status?session=AM&date=18-11-2026", office).status());
    }

    /**
     * A roll call started on one teacher's tablet and completed on three devices, one of them (the second teacher's
     * tablet) offline throughout: its ticks arrive after the end, and the report converges to all accounted for.
     */
    @Test
    void aRollCallStartedByATeacherIsCompletedOnThreeDevicesOneOfThemOffline() {
        markAll();
        accepted(office, d.departure(class0.get(3), DAY.atTime(10, 0), "MEDICAL_APPOINTMENT", officeStaff));
        clock.set(Instant.parse("2026-11-18T10:35:00Z"));
        ObjectNode start = d.rollCallStarted(DAY.atTime(10, 31), "FIRE_DRILL");
        accepted(teacher0, start);
        JsonNode current = api.get("/api/v1/roll-calls/current", office).body();
        assertEquals(start.get("id").asText(), current.get("id").asText());
        assertEquals(7, current.get("expectedOnSite").asInt(), "8 present, 1 signed out: " + current);
        assertEquals(7, current.get("missing").asInt());
        assertTrue(current.get("open").asBoolean());

        FullPull teacherPull = FullPull.from(api, teacher1);
        assertTrue(teacherPull.eventIds().contains(start.get("id").asText()), "every tablet learns of the roll call");

        Response notMine = push(teacher0, d.accounted(start, class1.get(0), true, DAY.atTime(10, 32)));
        assertEquals(403, notMine.status(), "a teacher ticks its own classes: " + notMine);
        accepted(teacher0, d.accounted(start, class0.get(0), true, DAY.atTime(10, 32)),
                d.accounted(start, class0.get(1), true, DAY.atTime(10, 32)),
                d.accounted(start, class0.get(2), false, DAY.atTime(10, 33)),
                d.accounted(start, class0.get(2), true, DAY.atTime(10, 33, 30)));
        accepted(gate, d.accounted(start, class1.get(0), true, DAY.atTime(10, 34)));
        // the second teacher's tablet, offline, ticks the rest of its class before the end
        List<ObjectNode> offline = new ArrayList<>();
        for (int i = 1; i < class1.size(); i++) {
            offline.add(d.accounted(start, class1.get(i), true, DAY.atTime(10, 36)));
        }
        clock.set(Instant.parse("2026-11-18T10:41:00Z"));
        ObjectNode end = d.ended(start, DAY.atTime(10, 40));
        accepted(office, end);
        String path = "/api/v1/roll-calls/" + start.get("id").asText();
        JsonNode before = api.get(path, office).body();
        assertFalse(before.get("open").asBoolean());
        assertEquals(3, before.get("missing").asInt());
        assertEquals(9, before.get("missingPupils").get(0).get("minutesMissing").asInt(), "10:31 to the end at 10:40");
        assertEquals(404, api.get("/api/v1/roll-calls/current", office).status());

        accepted(teacher1, offline.toArray(new ObjectNode[0]));
        JsonNode after = api.get(path, office).body();
        assertEquals(0, after.get("missing").asInt(), after.toString());
        assertEquals(7, after.get("accounted").asInt());
        assertTrue(after.get("allAccountedAt").asText().startsWith("2026-11-18T10:36"));
        Set<String> signedOut = new java.util.HashSet<>();
        after.get("pupils").forEach(l -> {
            if (!l.get("expected").asBoolean()) {
                signedOut.add(l.get("pupilId").asText());
            }
        });
        assertTrue(signedOut.isEmpty(), "the signed-out pupil is not on the list");
        assertEquals(404, api.get("/api/v1/roll-calls/" + UUID.randomUUID(), office).status());
        Response unknown = push(gate, d.ended(d.rollCallStarted(DAY.atTime(10, 0), "LOCKDOWN"), DAY.atTime(10, 5)));
        assertEquals(422, unknown.status());
        assertTrue(unknown.body().get("message").asText().contains("roll_call_unknown"));
    }

    @Test
    void aPupilRegisteredPresentNotFoundAtASpotCheckAndNotSignedOutIsAnAlertForTheOffice() {
        markAll();
        accepted(office, d.departure(class0.get(3), DAY.atTime(10, 0), "MEDICAL_APPOINTMENT", officeStaff));
        ObjectNode check = d.spotCheck("Class " + school.classes().get(0).name(), school.classes().get(0).id(),
                DAY.atTime(10, 20), class0, List.of(class0.get(0), class0.get(1)));
        accepted(teacher0, check);
        assertFalse(FullPull.from(api, teacher0).eventIds().contains(check.get("id").asText()),
                "a spot check is the office's alone");
        JsonNode list = api.get("/api/v1/worklists/school-day", office).body();
        JsonNode alerts = list.get("internalTruancy");
        assertEquals(1, alerts.size(), list.toString());
        assertEquals(class0.get(2).toString(), alerts.get(0).get("pupilId").asText());
        assertEquals("/", alerts.get(0).get("registered").asText());
        assertFalse(alerts.get(0).get("guardians").isEmpty(), "with the parent contact to call");
        Response otherClass = push(teacher1, d.spotCheck("3A", null, DAY.atTime(10, 20), class0, List.of()));
        assertEquals(403, otherClass.status());
        Response nobody = push(office, d.spotCheck("Lab 2", null, DAY.atTime(10, 20), List.of(), List.of()));
        assertEquals(422, nobody.status());
        assertTrue(nobody.body().get("message").asText().contains("spot_check_incomplete"));
    }

    @Test
    void theCallingListSaysWhenTheParentsAppWasNotified() {
        UUID child = school.parentChildren().get(0);
        accepted(teacher0, d.mark(child, DAY, "AM", "N"));
        JsonNode before = api.get("/api/v1/worklists/first-day-calling", office).body().get("calls");
        JsonNode call = find(before, child);
        assertNull(call.get("parentNotifiedAt"));
        accepted(parent, d.parentNotified(child, DAY.atTime(9, 21), "AM"));
        JsonNode after = find(api.get("/api/v1/worklists/first-day-calling", office).body().get("calls"), child);
        assertTrue(after.get("parentNotifiedAt").asText().startsWith("2026-11-18T09:21"), after.toString());
        Response other = push(parent, d.parentNotified(class1.get(3), DAY.atTime(9, 21), "AM"));
        assertEquals(403, other.status(), "only about the parent's own child");
    }

    private static JsonNode find(JsonNode calls, UUID pupil) {
        for (JsonNode c : calls) {
            if (c.get("pupil").asText().equals(pupil.toString()) && c.get("session").asText().equals("AM")) {
                return c;
            }
        }
        throw new AssertionError("no call about " + pupil + " in " + calls);
    }
}
