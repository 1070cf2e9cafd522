package uk.registerly.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.OpenApiContract;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestEvents;

/**
 * The document is as strict as the server: each request here is made from a well-formed one by
 * leaving out a field the document requires, giving a field a value of the wrong type, or a parameter
 * out of its bounds — and both the document and the server refuse it. (The other direction, that the
 * document refuses nothing the server accepts, is checked on every exchange of every test.)
 */
class OpenApiStrictnessTest extends ServerTest {

    private static final String PUSH = "/api/v1/sync/push";

    private static DemoSchool school;
    private static String office;
    private static String parent;
    private static UUID pupil;

    @BeforeAll
    static void aSchool() {
        school = server.demoSchools().create(DemoSchoolOptions.small().withName("Strict Primary"));
        office = api.enrol(school.officeCode());
        parent = api.signInParent(school.parentInvitationCode());
        pupil = school.parentChildren().get(0);
    }

    /** A well-formed payload of each event type, field names as the document has them. */
    private static Map<String, ObjectNode> samplePayloads() {
        Map<String, ObjectNode> samples = new LinkedHashMap<>();
        String day = "2026-11-17";
        String at = day + "T08:57";
        samples.put("REGISTER_MARK", payload().put("date", day).put("session", "AM").put("code", "/").put("at", at));
        samples.put("ARRIVAL", payload().put("at", at).put("reason", "the bus was late"));
        samples.put("REASON", payload().put("date", day).put("session", "AM").put("code", "I").put("at", at)
                .put("report", UUID.randomUUID().toString()));
        samples.put("AMENDMENT", payload().put("date", day).put("session", "AM").put("code", "O").put("at", at)
                .put("reason", "left site").put("by", school.officeStaffSignature()));
        samples.put("ARRIVAL_WITHDRAWN", payload().put("arrival", UUID.randomUUID().toString()).put("at", at)
                .put("reason", "wrong card scanned"));
        samples.put("ABSENCE_REPORT", report());
        samples.put("ABSENCE_REPORT_UPDATED", report().put("report", UUID.randomUUID().toString()));
        samples.put("ABSENCE_REPORT_CANCELLED", payload().put("report", UUID.randomUUID().toString()));
        samples.put("ABSENCE_REPORT_PROCESSED", payload().put("report", UUID.randomUUID().toString())
                .put("outcome", "ACCEPTED").put("code", "I").put("note", "a doctor's note"));
        ObjectNode leave = payload().put("from", "2027-01-11").put("to", "2027-01-12").put("reason", "a funeral abroad");
        leave.putArray("sessions").add("AM").add("PM");
        samples.put("LEAVE_REQUEST", leave);
        samples.put("LEAVE_DECISION", payload().put("request", UUID.randomUUID().toString()).put("decision", "APPROVED")
                .put("note", "granted"));
        samples.put("CONTACT_ATTEMPT", payload().put("date", day).put("outcome", "NO_ANSWER").put("note", "rang twice")
                .put("at", day + "T09:40"));
        return samples;
    }

    private static ObjectNode payload() {
        return TestEvents.payload(pupil);
    }

    private static ObjectNode report() {
        ObjectNode p = payload().put("from", "2026-11-20").put("to", "2026-11-20").put("category", "ILLNESS")
                .put("note", "a temperature").put("evidence", UUID.randomUUID().toString());
        p.putArray("sessions").add("AM");
        return p;
    }

    @TestFactory
    List<DynamicTest> everyPayloadFieldTheDocumentRequiresOrTypesIsOneThePushRefusesWithout() {
        List<DynamicTest> tests = new ArrayList<>();
        TestEvents events = new TestEvents();
        JsonNode schemas = OpenApiContract.served().document().get("components").get("schemas");
        samplePayloads().forEach((type, sample) -> {
            String schemaName = schemas.get("Event").get("discriminator").get("mapping").get(type).asText();
            JsonNode payloadSchema = OpenApiContract.served().document()
                    .at(schemas.get(schemaName.replace("#/components/schemas/", "")).get("properties").get("payload")
                            .get("$ref").asText().substring(1));
            ObjectNode event = events.event(type, sample.deepCopy());
            tests.add(dynamicTest(type + ": the sample is one the document allows",
                    () -> assertEquals(List.of(), documentProblems("POST", PUSH, TestEvents.batch(event)))));
            List<String> required = new ArrayList<>();
            payloadSchema.get("required").forEach(f -> required.add(f.asText()));
            for (String field : required) {
                tests.add(refused(type + " without " + field, "POST", PUSH, office,
                        TestEvents.batch(variant(event, p -> p.remove(field))), 422));
            }
            sample.fieldNames().forEachRemaining(field -> {
                if (!required.contains(field)) {
                    tests.add(notRequired(type + " without " + field, "POST", PUSH, office,
                            TestEvents.batch(variant(event, p -> p.remove(field))), "payload." + field));
                }
            });
            payloadSchema.get("properties").fieldNames().forEachRemaining(field ->
                    tests.add(refused(type + " with " + field + " of the wrong type", "POST", PUSH, office,
                            TestEvents.batch(variant(event, p -> p.put(field, 12345))), 422)));
        });
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyEnvelopeFieldTheDocumentRequiresOrTypesIsOneThePushRefusesWithout() {
        List<DynamicTest> tests = new ArrayList<>();
        ObjectNode event = new TestEvents().mark(pupil, java.time.LocalDate.of(2026, 11, 17), "AM", "/");
        for (String field : List.of("id", "deviceSeq", "type", "deviceTime", "payload")) {
            ObjectNode without = event.deepCopy();
            without.remove(field);
            tests.add(refused("an event without " + field, "POST", PUSH, office, TestEvents.batch(without), 400));
            ObjectNode wrong = event.deepCopy();
            if (field.equals("deviceSeq")) {
                wrong.put(field, "seven");
            } else {
                wrong.put(field, 12345);
            }
            tests.add(refused("an event with " + field + " of the wrong type", "POST", PUSH, office, TestEvents.batch(wrong),
                    400));
        }
        tests.add(refused("an event with a negative deviceSeq", "POST", PUSH, office,
                TestEvents.batch(event.deepCopy().put("deviceSeq", -1)), 400));
        tests.add(refused("an event with an upper-case id", "POST", PUSH, office,
                TestEvents.batch(event.deepCopy().put("id", UUID.randomUUID().toString().toUpperCase())), 400));
        tests.add(refused("a push of no events", "POST", PUSH, office, Map.of("events", List.of()), 400));
        List<ObjectNode> many = new ArrayList<>();
        TestEvents e = new TestEvents();
        for (int i = 0; i < 1001; i++) {
            many.add(e.mark(pupil, java.time.LocalDate.of(2026, 11, 17), "AM", "/"));
        }
        tests.add(refused("a push of 1001 events", "POST", PUSH, office, TestEvents.batch(many), 413));
        return tests;
    }

    /** Each small request body: a well-formed one, and who sends it. */
    private record Body(String method, String path, String token, ObjectNode sample) {
    }

    @TestFactory
    List<DynamicTest> everyBodyFieldTheDocumentRequiresOrTypesIsOneTheServerRefusesWithout() {
        ObjectNode calendar = (ObjectNode) api.get("/api/v1/school", office).body().deepCopy();
        for (String field : List.of("id", "name", "timeZone", "policyPreset")) {
            calendar.remove(field);
        }
        List<Body> bodies = List.of(
                new Body("POST", "/api/v1/devices", null,
                        object().put("enrolmentCode", "NOPE-NOPE-NOPE").put("deviceName", "Hall tablet")),
                new Body("POST", "/api/v1/enrolment-codes", office,
                        object().put("role", "TEACHER").put("staffId", school.classes().get(0).teacherId().toString())),
                new Body("POST", "/api/v1/invitations", office, object().put("guardianId", UUID.randomUUID().toString())),
                new Body("POST", "/api/v1/parents/sign-in", null, object().put("invitationCode", "NOPE-NOPE-NOPE")),
                new Body("POST", "/api/v1/parents/claim", parent, object().put("invitationCode", "NOPE-NOPE-NOPE")),
                new Body("POST", "/api/v1/parents/evidence", parent, object().put("id", UUID.randomUUID().toString())
                        .put("pupil", pupil.toString()).put("contentType", "image/jpeg").put("data", "/9j/AQID")),
                new Body("PUT", "/api/v1/school/calendar", office, calendar),
                new Body("POST", "/api/v1/cover", office, object().put("classId", school.classes().get(0).id().toString())
                        .put("staffId", school.classes().get(1).teacherId().toString()).put("from", "2026-11-30")
                        .put("to", "2026-12-01")));
        List<DynamicTest> tests = new ArrayList<>();
        for (Body body : bodies) {
            OpenApiContract.Operation op = OpenApiContract.served().operation(body.method(), URI.create(body.path()))
                    .orElseThrow();
            JsonNode schema = resolve(op.node().get("requestBody").get("content").get("application/json").get("schema"));
            String name = body.method() + " " + body.path();
            tests.add(dynamicTest(name + ": the sample is one the document allows",
                    () -> assertEquals(List.of(), documentProblems(body.method(), body.path(), body.sample()))));
            List<String> required = new ArrayList<>();
            schema.get("required").forEach(f -> required.add(f.asText()));
            body.sample().fieldNames().forEachRemaining(field -> {
                ObjectNode without = body.sample().deepCopy();
                without.remove(field);
                tests.add(required.contains(field)
                        ? refused(name + " without " + field, body.method(), body.path(), body.token(), without, 400)
                        : notRequired(name + " without " + field, body.method(), body.path(), body.token(), without, field));
            });
            schema.get("properties").fieldNames().forEachRemaining(field -> tests.add(refused(
                    name + " with " + field + " of the wrong type", body.method(), body.path(), body.token(),
                    body.sample().deepCopy().put(field, 12345), 400)));
        }
        tests.add(refused("an enrolment code for a parent", "POST", "/api/v1/enrolment-codes", office,
                object().put("role", "PARENT"), 400));
        tests.add(refused("a teacher's enrolment code without the teacher", "POST", "/api/v1/enrolment-codes", office,
                object().put("role", "TEACHER"), 400));
        tests.add(refused("a blank enrolment code", "POST", "/api/v1/devices", null, object().put("enrolmentCode", "  "), 400));
        tests.add(refused("a photo that is not base64", "POST", "/api/v1/parents/evidence", parent,
                bodies.get(5).sample().deepCopy().put("data", "not base64!"), 400));
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyParameterOutsideWhatTheDocumentAllowsIsRefused() {
        String attendance = "/api/v1/pupils/" + pupil + "/attendance";
        return List.of(
                refused("a page of 0", "GET", "/api/v1/sync/pull?limit=0", office, null, 400),
                refused("a page of 1001", "GET", "/api/v1/sync/pull?limit=1001", office, null, 400),
                refused("a page of ten", "GET", "/api/v1/sync/pull?limit=ten", office, null, 400),
                refused("a made-up cursor", "GET", "/api/v1/sync/pull?since=banana", office, null, 400),
                refused("attendance from no date", "GET", attendance + "?from=yesterday", office, null, 400),
                refused("attendance to the 13th month", "GET", attendance + "?to=2026-13-01", office, null, 400),
                refused("attendance of no pupil", "GET", "/api/v1/pupils/nobody/attendance", office, null, 404),
                refused("reports in no status", "GET", "/api/v1/absence-reports?status=LOST", office, null, 400),
                refused("revoking no device", "POST", "/api/v1/devices/nobody/revoke", office, "{}", 404),
                refused("viewing no photo", "GET", "/api/v1/evidence/nothing", office, null, 404),
                refused("importing teachers", "POST", "/api/v1/roster/import/teachers", office, null, 404),
                refused("covers from no date", "GET", "/api/v1/cover?from=monday", office, null, 400),
                refused("revoking no cover", "POST", "/api/v1/cover/nothing/revoke", office, "{}", 404),
                refused("revoking no parent", "POST", "/api/v1/parents/nobody/revoke", office, "{}", 404),
                refused("a cursor naming no scope", "GET", "/api/v1/sync/pull?since=12-40~notascope", office, null, 400));
    }

    /** Both the document and the server refuse the request: the server with {@code status}. */
    private static DynamicTest refused(String name, String method, String path, String token, Object body, int status) {
        return dynamicTest(name + " is refused by both", () -> {
            List<String> problems = documentProblems(method, path, body);
            assertFalse(problems.isEmpty(), "the document allows it");
            String text = body == null ? null : body instanceof String s ? s : Json.write(body);
            Response r = path.contains("/roster/import/")
                    ? api.postRaw(path, token, "staff_id,name,position\nS-1,Jo,TA\n", "text/csv")
                    : api.send(method, path, token, text);
            assertEquals(status, r.status(), "the document refuses it for " + problems + "; the server answered " + r);
            if (status == 422) {
                assertEquals("REJECTED", r.body().get("results").get(0).get("status").asText(), r.toString());
            }
        });
    }

    /**
     * A field the document does not always require. If the document requires it here all the same (a
     * condition on another field: staffId for a TEACHER's code), the server refuses the request too;
     * otherwise the server does not call it required (it may refuse the request for another reason).
     */
    private static DynamicTest notRequired(String name, String method, String path, String token, Object body,
                                           String field) {
        return dynamicTest(name + " is refused by both or by neither for want of it", () -> {
            String bare = field.substring(field.lastIndexOf('.') + 1);
            boolean documentRequires = documentProblems(method, path, body).stream()
                    .anyMatch(p -> p.contains("required property '" + bare + "'"));
            Response r = api.send(method, path, token, Json.write(body));
            boolean serverRequires = r.raw().body().contains(field + " is required");
            assertEquals(documentRequires, serverRequires, "document requires " + field + ": " + documentRequires
                    + "; the server answered " + r);
        });
    }

    private static List<String> documentProblems(String method, String path, Object body) {
        OpenApiContract contract = OpenApiContract.served();
        URI uri = URI.create(path);
        OpenApiContract.Operation op = contract.operation(method, uri).orElseThrow();
        String text = body == null ? null : body instanceof String s ? s : Json.write(body);
        String type = path.contains("/roster/import/") ? "text/csv" : "application/json";
        return contract.requestProblems(op, uri, type, path.contains("/roster/import/") ? "x" : text);
    }

    private static ObjectNode variant(ObjectNode event, Consumer<ObjectNode> change) {
        ObjectNode copy = event.deepCopy();
        copy.put("id", UUID.randomUUID().toString());
        change.accept((ObjectNode) copy.get("payload"));
        return copy;
    }

    private static ObjectNode object() {
        return Json.object();
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref")
                ? OpenApiContract.served().document().at(node.get("$ref").asText().substring(1)) : node;
    }
}
