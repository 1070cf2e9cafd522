package uk.registerly.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.http.Json;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestEvents;
import uk.registerly.server.testing.TestServers;

/**
 * No event can block a device's outbox (issue 12, items 8 and 9): hostile text and impossible clocks are
 * answered per event (4xx naming the field, never a 500), an impossible device time keeps the mark
 * ("clock unverified", at the receipt time), and what is stored is what was validated. Today is
 * Wednesday 18 November 2026, 10:30.
 */
class PoisonInputTest extends ServerTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 18);

    private final TestEvents e = new TestEvents();
    private DemoSchool school;
    private List<UUID> pupils;
    private String teacher;

    @BeforeEach
    void aSchool() {
        school = server.demoSchools().create(DemoSchoolOptions.small());
        pupils = school.classes().get(0).pupils();
        teacher = api.enrol(school.classes().get(0).teacherCode());
    }

    private static Response push(String token, List<ObjectNode> events) {
        return api.post("/api/v1/sync/push", token, TestEvents.batch(events));
    }

    private static JsonNode stored(String id) {
        return server.database().jdbi().withHandle(h -> h.createQuery("""
                        select json_build_object('payload', payload, 'clockCheck', clock_check, 'trustedTime', trusted_time,
                               'deviceTime', device_time, 'deviceTimeSent', device_time_sent, 'receivedAt', received_at)::text
                        from events where id = cast(:id as uuid)""")
                .bind("id", id).mapTo(String.class).findOne().map(Json::parse).orElse(null));
    }

    private List<ObjectNode> fourMarks() {
        List<ObjectNode> marks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            marks.add(e.mark(pupils.get(i), TODAY, "AM", "/"));
        }
        return marks;
    }

    @Test
    void aNulInOneEventOfFiveRejectsThatEventNamingTheFieldAndTheFourOthersSyncWhenResent() {
        List<ObjectNode> batch = fourMarks();
        ObjectNode hostile = e.amendment(pupils.get(0), TODAY.minusDays(1), "AM", "N", "typed\u0000 on a broken keyboard",
                school.classes().get(0).teacherSignature());
        batch.add(2, hostile);
        Response r = push(teacher, batch);
        assertEquals(422, r.status(), "never a 500: " + r);
        JsonNode bad = r.body().get("results").get(2);
        assertEquals("REJECTED", bad.get("status").asText());
        assertEquals("invalid_payload", bad.get("code").asText());
        assertTrue(bad.get("reason").asText().contains("payload.reason"), bad.toString());
        assertTrue(bad.get("reason").asText().contains("U+0000"), bad.toString());
        batch.remove(hostile);
        Response again = push(teacher, batch);
        assertEquals(200, again.status(), again.toString());
        again.body().get("results").forEach(result -> assertEquals("ACCEPTED", result.get("status").asText()));
    }

    @Test
    void controlCharactersAnywhereInAPayloadAreRefusedEvenInFieldsTheServerDoesNotRead() {
        // as JSON escapes: a lone surrogate cannot even be encoded as UTF-8 without one
        for (String hostile : List.of("\\u0007bell", "esc\\u001b[2J", "half \\ud800 a pair", "c1 \\u0085", "\\u0000")) {
            ObjectNode mark = e.mark(pupils.get(0), TODAY, "AM", "/");
            ((ObjectNode) mark.get("payload")).put("comment", "HOSTILE");
            Response r = api.post("/api/v1/sync/push", teacher,
                    TestEvents.batch(mark).toString().replace("HOSTILE", hostile));
            assertEquals(422, r.status(), r.toString());
            assertEquals("invalid_payload", r.body().get("results").get(0).get("code").asText(), hostile);
            assertTrue(r.body().get("results").get(0).get("reason").asText().contains("payload.comment"), r.toString());
        }
        ObjectNode fine = e.amendment(pupils.get(0), TODAY, "AM", "/", "line one\nline two\ttabbed\r\n",
                school.classes().get(0).teacherSignature());
        assertEquals(200, push(teacher, List.of(fine)).status(), "newline, tab and CR are text");
    }

    @Test
    void aParentsNoteWithANulIsRefusedNamingTheNote() {
        String parent = api.signInParent(school.parentInvitationCode());
        ObjectNode report = e.absenceReport(school.parentChildren().get(0), TODAY, TODAY, "ILLNESS");
        ((ObjectNode) report.get("payload")).put("note", "Sick\u0000 overnight");
        Response r = push(parent, List.of(report));
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.body().get("results").get(0).get("reason").asText().startsWith("payload.note"), r.toString());
    }

    @Test
    void aDeviceTimeInYearZeroOrTenThousandIsStoredClockUnverifiedAtTheReceiptTime() {
        for (String impossible : List.of("0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "-0001-06-01T12:00:00Z")) {
            List<ObjectNode> batch = fourMarks();
            ObjectNode mark = batch.get(0);
            mark.put("deviceTime", impossible);
            Response r = push(teacher, batch);
            assertEquals(200, r.status(), impossible + ": " + r);
            JsonNode row = stored(mark.get("id").asText());
            assertEquals("IMPLAUSIBLE", row.get("clockCheck").asText(), impossible);
            assertEquals(Json.parse("\"" + TestServers.NOW + "\"").asText(),
                    java.time.OffsetDateTime.parse(row.get("trustedTime").asText()).toInstant().toString(),
                    "the receipt time");
            assertEquals(java.time.Instant.parse(impossible).toString(), row.get("deviceTimeSent").asText(),
                    "the device's word is kept");
            assertEquals("DUPLICATE", push(teacher, batch).body().get("results").get(0).get("status").asText(),
                    "a replay is a replay, whatever the clock said");
            // a fresh school for the next impossible time, so its four marks are new facts too
            school = server.demoSchools().create(DemoSchoolOptions.small());
            pupils = school.classes().get(0).pupils();
            teacher = api.enrol(school.classes().get(0).teacherCode());
        }
    }

    @Test
    void aPayloadOfAMegabyteIsRefusedAndADeeplyNestedUnknownFieldIsNotStored() {
        ObjectNode huge = e.mark(pupils.get(0), TODAY, "AM", "/");
        ((ObjectNode) huge.get("payload")).put("padding", "x".repeat(1024 * 1024));
        Response r = push(teacher, List.of(huge));
        assertEquals(422, r.status(), r.toString());
        assertEquals("payload_too_large", r.body().get("results").get(0).get("code").asText());

        ObjectNode deepObject = e.mark(pupils.get(1), TODAY, "AM", "/");
        ((ObjectNode) deepObject.get("payload")).set("nested",
                Json.parse("{\"d\":".repeat(900) + "1" + "}".repeat(900)));
        Response tooDeep = push(teacher, List.of(deepObject));
        assertEquals("payload_too_large", tooDeep.body().get("results").get(0).get("code").asText(),
                "900 nested objects are 5 KB of JSON: " + tooDeep);

        ObjectNode deep = e.mark(pupils.get(1), TODAY, "AM", "/");
        ((ObjectNode) deep.get("payload")).set("nested", Json.parse("[".repeat(900) + "]".repeat(900)));
        ((ObjectNode) deep.get("payload")).put("extra", "a newer app's field");
        Response accepted = push(teacher, List.of(deep));
        assertEquals(200, accepted.status(), accepted.toString());
        JsonNode payload = stored(deep.get("id").asText()).get("payload");
        assertNull(payload.get("nested"), "only the type's own fields are stored");
        assertNull(payload.get("extra"));
        java.util.Set<String> fields = new java.util.HashSet<>();
        payload.fieldNames().forEachRemaining(fields::add);
        assertEquals(java.util.Set.of("pupil", "date", "session", "code", "at"), fields);
        assertEquals("DUPLICATE", push(teacher, List.of(deep)).body().get("results").get(0).get("status").asText(),
                "the same event sent again, extra fields and all, is a replay");

        JsonNode pulled = api.get("/api/v1/sync/pull?since=0", api.enrol(school.officeCode())).body().get("events");
        boolean found = false;
        for (JsonNode event : pulled) {
            if (event.get("id").asText().equals(deep.get("id").asText())) {
                found = true;
                assertFalse(event.get("payload").has("nested"), "and never served");
                assertEquals("VERIFIED", event.get("clockCheck").asText());
            }
        }
        assertTrue(found, pulled.toString());
    }
}
