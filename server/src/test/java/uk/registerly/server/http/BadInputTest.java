package uk.registerly.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.sync.EventPayload;
import uk.registerly.server.testing.ApiClient;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.TestEvents;
import uk.registerly.server.testing.TestServers;

/** Bad requests get a 4xx with a JSON message naming the problem, and leave nothing written. */
class BadInputTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 17);

    private static RegisterlyServer server;
    private static ApiClient api;
    private DemoSchool school;
    private String teacher;
    private UUID pupil;
    private final TestEvents events = new TestEvents();

    @BeforeAll
    static void start() {
        server = RegisterlyServer.start(TestServers.config().maxBodyBytes(64 * 1024).maxEvidenceBytes(16 * 1024)
                .maxBatchEvents(100).build());
        api = new ApiClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void freshSchool() {
        school = server.demoSchools().create(DemoSchoolOptions.small());
        teacher = api.enrol(school.teacherCode());
        pupil = school.classes().get(0).pupils().get(0);
    }

    private long writtenRows() {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                "select (select count(*) from events where school_id = :s) + (select count(*) from devices where school_id = :s)"
                        + " + (select count(*) from audit_log where school_id = :s)")
                .bind("s", school.schoolId()).mapTo(Long.class).one());
    }

    private Response pushExpectingNothingWritten(Object body, int status, String messagePart) {
        long before = writtenRows();
        Response r = api.post("/api/v1/sync/push", teacher, body);
        assertEquals(status, r.status(), r.toString());
        assertTrue(r.text("message").contains(messagePart), r.toString());
        assertFalse(r.text("error").isBlank());
        assertEquals(before, writtenRows(), "nothing may be written");
        return r;
    }

    @Test
    void malformedJsonIsA400() {
        pushExpectingNothingWritten("{\"events\": [", 400, "not valid JSON");
    }

    @Test
    void anUnknownCodeIsRejectedByTheRules() {
        Response r = pushExpectingNothingWritten(TestEvents.batch(events.mark(pupil, TUESDAY, "AM", "Q9")), 422, "Q9");
        assertEquals("REJECTED", r.body().get("results").get(0).get("status").asText());
    }

    @Test
    void aLegacyCodeIsRejectedWithItsReplacement() {
        Response r = pushExpectingNothingWritten(TestEvents.batch(events.mark(pupil, TUESDAY, "AM", "H")), 422, "H");
        String reason = r.body().get("results").get(0).get("reason").asText();
        assertTrue(reason.contains("C") || reason.contains("G"), reason);
    }

    @Test
    void aSessionOnAClosedDayIsRejected() {
        // The demo term opens with an INSET day on its first Monday.
        LocalDate inset = LocalDate.of(2026, 11, 2);
        pushExpectingNothingWritten(TestEvents.batch(events.mark(pupil, inset, "AM", "/")), 422, "closed");
    }

    @Test
    void aWeekendIsNotASchoolSession() {
        pushExpectingNothingWritten(TestEvents.batch(events.mark(pupil, LocalDate.of(2026, 11, 14), "AM", "/")), 422,
                "not a school session");
    }

    @Test
    void oneBadEventFailsTheWholeBatch() {
        ObjectNode good = events.mark(pupil, TUESDAY, "AM", "/");
        ObjectNode bad = events.mark(pupil, TUESDAY, "PM", "J");
        Response r = pushExpectingNothingWritten(TestEvents.batch(good, bad), 422, "nothing was written");
        assertEquals("NOT_WRITTEN", r.body().get("results").get(0).get("status").asText());
        assertEquals("REJECTED", r.body().get("results").get(1).get("status").asText());
    }

    @Test
    void missingPayloadFieldsAreNamed() {
        ObjectNode mark = events.mark(pupil, TUESDAY, "AM", "/");
        ((ObjectNode) mark.get("payload")).remove("date");
        Response r = pushExpectingNothingWritten(TestEvents.batch(mark), 422, "payload.date is required");
        assertEquals("REJECTED", r.body().get("results").get(0).get("status").asText());
    }

    @Test
    void aMissingEnvelopeFieldIsA400() {
        ObjectNode mark = events.mark(pupil, TUESDAY, "AM", "/");
        mark.remove("deviceTime");
        pushExpectingNothingWritten(TestEvents.batch(mark), 400, "events[0].deviceTime is required");
        pushExpectingNothingWritten(Map.of("events", "none"), 400, "events must be an array");
        pushExpectingNothingWritten(Map.of(), 400, "events is required");
    }

    @Test
    void anArrivalsLatenessReasonIsLimitedInLength() {
        String gate = api.enrol(school.gateCode());
        ObjectNode arrival = events.arrival(pupil, TUESDAY, 9, 5);
        ((ObjectNode) arrival.get("payload")).put("reason", "x".repeat(EventPayload.MAX_REASON + 1));
        long before = writtenRows();
        Response r = api.post("/api/v1/sync/push", gate, TestEvents.batch(arrival));
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.text("message").contains("payload.reason"), r.toString());
        assertEquals(before, writtenRows(), "nothing may be written");

        ((ObjectNode) arrival.get("payload")).put("reason", "with a parent");
        assertEquals(200, api.post("/api/v1/sync/push", gate, TestEvents.batch(arrival)).status());
    }

    @Test
    void anAmendmentWithoutReasonOrSignatureIsRejected() {
        String office = api.enrol(school.officeCode());
        ObjectNode amendment = events.amendment(pupil, TUESDAY, "AM", "O", "left site", school.officeStaffSignature());
        ((ObjectNode) amendment.get("payload")).remove("reason");
        long before = writtenRows();
        Response r = api.post("/api/v1/sync/push", office, TestEvents.batch(amendment));
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.text("message").contains("payload.reason is required"));
        assertEquals(before, writtenRows());
    }

    @Test
    void anOversizedBodyIsA413() {
        StringBuilder big = new StringBuilder("{\"events\":[");
        String mark = events.mark(pupil, TUESDAY, "AM", "/").toString();
        while (big.length() < 70 * 1024) {
            big.append(mark).append(',');
        }
        big.append(mark).append("]}");
        pushExpectingNothingWritten(big.toString(), 413, "too large");
    }

    @Test
    void tooManyEventsInOneBatchIsA413() {
        ObjectNode[] many = new ObjectNode[101];
        for (int i = 0; i < many.length; i++) {
            many[i] = events.mark(pupil, TUESDAY, "AM", "/");
        }
        pushExpectingNothingWritten(TestEvents.batch(many), 413, "at most 100 events");
    }

    @Test
    void anUnknownEnrolmentCodeIsA401AndEnrolsNothing() {
        long before = writtenRows();
        Response r = api.post("/api/v1/devices", null, Map.of("enrolmentCode", "NOPE-NOPE-NOPE"));
        assertEquals(401, r.status());
        assertTrue(r.text("message").contains("unknown, used or expired"));
        assertEquals(before, writtenRows());
        assertEquals(400, api.post("/api/v1/devices", null, Map.of()).status());
    }

    @Test
    void requestBodiesAreReadStrictlyAndEachRefusalNamesTheField() {
        String office = api.enrol(school.officeCode());
        assertRefused(api.post("/api/v1/devices", null, "{\"enrolmentCode\": 5}"), 400,
                "enrolmentCode must be a non-empty string");
        assertRefused(api.post("/api/v1/devices", null, Map.of("enrolmentCode", "X", "deviceName", " ")), 400,
                "deviceName must be a non-empty string");
        assertRefused(api.post("/api/v1/devices", null, Map.of("enrolmentCode", "X".repeat(65))), 400,
                "enrolmentCode must be at most 64 characters");
        assertRefused(api.post("/api/v1/devices", null, ""), 400, "the request needs a JSON body");
        assertRefused(api.post("/api/v1/devices", null, "[1]"), 400, "the body must be a JSON object");
        assertRefused(api.post("/api/v1/devices", null, "{\"enrolmentCode\":"), 400, "the body is not valid JSON");
        assertRefused(api.post("/api/v1/enrolment-codes", office, Map.of("role", "HEAD")), 400,
                "role must be one of [TEACHER, GATE, OFFICE, PARENT, LEADER, TRUST]");
        // A dashboard account's role is no device's (issue 18): those accounts are invited, not enrolled.
        assertRefused(api.post("/api/v1/enrolment-codes", office, Map.of("role", "LEADER", "staffId",
                UUID.randomUUID().toString())), 400, "role must be TEACHER, GATE or OFFICE");
        assertRefused(api.post("/api/v1/enrolment-codes", office, Map.of("role", "TEACHER")), 400, "staffId is required");
        String upper = UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
        assertRefused(api.post("/api/v1/invitations", office, Map.of("guardianId", upper)), 400,
                "guardianId must be a UUID in canonical lower-case form");
    }

    @Test
    void queryParametersIgnoreSpacesAndTreatBlankAsAbsent() {
        assertEquals(200, api.get("/api/v1/sync/pull?limit=", teacher).status());
        assertEquals(200, api.get("/api/v1/sync/pull?limit=%205", teacher).status());
        assertRefused(api.get("/api/v1/sync/pull?limit=five", teacher), 400, "limit must be a whole number");
        assertRefused(api.get("/api/v1/pupils/" + pupil + "/attendance?to=soon", teacher), 400,
                "to must be a date (YYYY-MM-DD)");
        assertRefused(api.get("/api/v1/pupils/not-a-pupil/attendance", teacher), 404, "pupilId must be a UUID");
    }

    private static void assertRefused(Response r, int status, String message) {
        assertEquals(status, r.status(), r.toString());
        assertTrue(r.text("message").startsWith(message), r.toString());
    }

    @Test
    void unknownRoutesAndBadCursorsAnswerJson() {
        Response missing = api.get("/api/v1/nothing-here", teacher);
        assertEquals(404, missing.status());
        assertEquals("not_found", missing.text("error"));
        Response cursor = api.get("/api/v1/sync/pull?since=banana", teacher);
        assertEquals(400, cursor.status());
        assertTrue(cursor.text("message").contains("cursor"));
        Response limit = api.get("/api/v1/sync/pull?limit=100000", teacher);
        assertEquals(400, limit.status());
    }

    @Test
    void aBadCalendarIsRefusedByTheRulesTypes() {
        String office = api.enrol(school.officeCode());
        Map<String, Object> calendar = Map.of(
                "registers", java.util.List.of(
                        Map.of("session", "AM", "yearGroups", java.util.List.of("*"), "opens", "09:00",
                                "lateAfter", "08:50", "closes", "09:15", "ends", "12:00"),
                        Map.of("session", "PM", "yearGroups", java.util.List.of("*"), "opens", "13:00",
                                "lateAfter", "13:05", "closes", "13:20", "ends", "15:15")),
                "terms", java.util.List.of(Map.of("from", "2026-09-01", "to", "2026-12-18")));
        Response r = api.put("/api/v1/school/calendar", office, calendar);
        assertEquals(400, r.status(), r.toString());
        assertTrue(r.text("message").contains("registers[0]"), r.toString());

        Map<String, Object> onlyYear3Mornings = Map.of(
                "registers", java.util.List.of(
                        Map.of("session", "AM", "yearGroups", java.util.List.of("3"), "opens", "08:40",
                                "lateAfter", "08:50", "closes", "09:15", "ends", "12:00"),
                        Map.of("session", "PM", "yearGroups", java.util.List.of("*"), "opens", "13:00",
                                "lateAfter", "13:05", "closes", "13:20", "ends", "15:15")),
                "terms", java.util.List.of(Map.of("from", "2026-09-01", "to", "2026-12-18")));
        Response uncovered = api.put("/api/v1/school/calendar", office, onlyYear3Mornings);
        assertEquals(400, uncovered.status(), uncovered.toString());
        assertTrue(uncovered.text("message").contains("AM 4"), uncovered.toString());
    }
}
