package uk.registerly.server.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.server.accounts.StaffAccountRoutes;
import uk.registerly.server.cover.CoverRoutes;
import uk.registerly.server.cover.Covers;
import uk.registerly.server.devices.DeviceRoutes;
import uk.registerly.server.devices.Enrolment;
import uk.registerly.server.exports.ExportRoutes;
import uk.registerly.server.exports.PriorYear;
import uk.registerly.server.exports.SchoolIdentifiers;
import uk.registerly.server.figures.FiguresJson;
import uk.registerly.server.figures.NationalFigures;
import uk.registerly.server.health.HealthRoutes;
import uk.registerly.server.parents.AbsenceReports;
import uk.registerly.server.parents.ParentAccounts;
import uk.registerly.server.parents.ParentRoutes;
import uk.registerly.server.parents.SchoolParents;
import uk.registerly.server.roster.RosterImport;
import uk.registerly.server.roster.RosterStore;
import uk.registerly.server.school.CalendarSpec;
import uk.registerly.server.school.Schools;
import uk.registerly.server.scope.DeviceScope;
import uk.registerly.server.sync.EventType;
import uk.registerly.server.sync.PulledEvent;
import uk.registerly.server.sync.PushResult;
import uk.registerly.server.sync.RosterChange;
import uk.registerly.server.sync.ScopeNotice;
import uk.registerly.server.sync.SyncRoutes;
import uk.registerly.server.testing.ApiClient;
import uk.registerly.server.testing.OpenApiContract;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.casework.CaseworkRoutes;
import uk.registerly.server.casework.CaseworkViews;
import uk.registerly.server.letters.LetterRequest;
import uk.registerly.server.worklists.PupilNames;
import uk.registerly.server.worklists.AlertList;
import uk.registerly.server.worklists.Attendance;
import uk.registerly.server.worklists.CallingList;
import uk.registerly.server.worklists.PupilAttendance;

/**
 * The served OpenAPI document is valid OpenAPI 3.1, describes exactly the routes the server serves,
 * lists the server's own error codes, event types and attendance codes, and names in each schema the
 * fields of the record the server writes or reads. (Every test's exchanges are also held to it: see
 * {@link OpenApiContract} and ApiClient.)
 */
class OpenApiDocumentTest extends ServerTest {

    private static JsonNode document() {
        return OpenApiContract.served().document();
    }

    private static JsonNode schemas() {
        return document().get("components").get("schemas");
    }

    @Test
    void theServedDocumentIsValidOpenApi31() {
        ApiClient.Response r = api.get("/openapi.json", null);
        assertEquals(200, r.status());
        assertEquals(document(), r.body(), "the served document is the resource the contract reads");
        assertTrue(r.body().get("openapi").asText().startsWith("3.1."));
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.raw().body(), null, null);
        assertEquals(List.of(), parsed.getMessages(), "swagger-parser's complaints");
        assertEquals(server.routes().size(), parsed.getOpenAPI().getPaths().values().stream()
                .mapToInt(p -> p.readOperations().size()).sum());
    }

    @Test
    void everyServedRouteIsDocumentedAndNothingElse() {
        TreeSet<String> documented = new TreeSet<>();
        for (OpenApiContract.Operation op : OpenApiContract.served().operations()) {
            documented.add(op.method() + " " + op.template());
            assertTrue(op.node().get("responses").has("500"), op.template() + " documents its 500");
        }
        assertEquals(new TreeSet<>(server.routes().stream().map(ApiRoutes.Route::key).toList()), documented);
    }

    @Test
    void everyReferenceResolves() {
        TreeSet<String> missing = new TreeSet<>();
        collectRefs(document(), missing);
        assertEquals(new TreeSet<>(), missing);
    }

    /** components.schemas.ErrorCode400 ... hold exactly the server's ErrorCode constants of that status. */
    @Test
    void theErrorCodesAreTheServersOwnByStatus() {
        Map<String, TreeSet<String>> served = new LinkedHashMap<>();
        for (ErrorCode code : ErrorCode.values()) {
            served.computeIfAbsent("ErrorCode" + (code.status() == 0 ? "Other" : code.status()), k -> new TreeSet<>())
                    .add(code.wire());
        }
        Map<String, TreeSet<String>> documented = new LinkedHashMap<>();
        for (JsonNode ref : schemas().get("ErrorCode").get("anyOf")) {
            String name = ref.get("$ref").asText().replace("#/components/schemas/", "");
            TreeSet<String> codes = new TreeSet<>();
            schemas().get(name).get("enum").forEach(c -> codes.add(c.asText()));
            documented.put(name, codes);
        }
        assertEquals(new TreeSet<>(served.keySet()), new TreeSet<>(documented.keySet()));
        served.forEach((status, codes) -> assertEquals(codes, documented.get(status), status));
        // each error response lists the codes of its own status
        for (OpenApiContract.Operation op : OpenApiContract.served().operations()) {
            op.node().get("responses").fields().forEachRemaining(e -> {
                if (e.getKey().startsWith("4") || e.getKey().startsWith("5")) {
                    String text = resolve(e.getValue()).toString();
                    assertTrue(text.contains("ErrorCode" + e.getKey()), op.template() + " " + e.getKey() + ": " + text);
                }
            });
        }
    }

    @Test
    void theEventSchemasAreThePushsOwnTypesAndCodes() {
        TreeSet<String> served = new TreeSet<>();
        for (EventType type : EventType.values()) {
            served.add(type.name());
        }
        assertEquals(served, texts(schemas().get("EventType").get("enum")));
        for (String union : List.of("Event", "PulledEvent")) {
            JsonNode mapping = schemas().get(union).get("discriminator").get("mapping");
            assertEquals(served, texts(mapping.fieldNames()), union + " maps every type");
            assertEquals(served.size(), schemas().get(union).get("oneOf").size());
            for (String type : served) {
                JsonNode typed = document().at(mapping.get(type).asText().substring(1));
                assertEquals(type, typed.get("properties").get("type").get("const").asText());
                assertTrue(typed.get("properties").get("payload").has("$ref"), union + " " + type + " has a typed payload");
            }
        }
        TreeSet<String> codes = new TreeSet<>();
        for (AttendanceCode code : AttendanceCode.values()) {
            codes.add(code.symbol());
        }
        assertEquals(codes, texts(schemas().get("AttendanceCode").get("enum")));
        assertTrue(schemas().get("RosterChange").get("description").asText().contains("schoolId"));
    }

    /** The fields each schema documents are the components of the record the server writes (or reads). */
    @Test
    void eachSchemaDocumentsTheFieldsOfItsRecord() {
        Map<String, Class<?>> records = new LinkedHashMap<>();
        records.put("/components/schemas/Health", HealthRoutes.Health.class);
        records.put("/components/schemas/EnrolmentRequest", DeviceRoutes.EnrolmentRequest.class);
        records.put("/components/schemas/EnrolledDevice", Enrolment.EnrolledDevice.class);
        records.put("/components/schemas/EnrolledDevice/properties/school", Enrolment.School.class);
        records.put("/components/schemas/EnrolledDevice/properties/staff", Enrolment.Staff.class);
        records.put("/components/schemas/DeviceList", DeviceRoutes.DeviceList.class);
        records.put("/components/schemas/DeviceList/properties/devices/items", DeviceRoutes.DeviceSummary.class);
        records.put("/components/schemas/Revoked", DeviceRoutes.Revoked.class);
        records.put("/components/schemas/EnrolmentCodeRequest", DeviceRoutes.EnrolmentCodeRequest.class);
        records.put("/components/schemas/CodeCreated", DeviceRoutes.CodeCreated.class);
        records.put("/components/schemas/PushResult", PushResult.class);
        records.put("/components/schemas/PushResponse", SyncRoutes.PushResponse.class);
        records.put("/components/schemas/PulledEventEnvelope", PulledEvent.class);
        records.put("/components/schemas/RosterChangeEnvelope", RosterChange.class);
        records.put("/components/schemas/PullResponse", SyncRoutes.PullResponse.class);
        records.put("/components/schemas/RosterStaffData", RosterStore.StaffChange.class);
        records.put("/components/schemas/RosterClassData", RosterStore.ClassChange.class);
        records.put("/components/schemas/RosterGuardianData", RosterStore.GuardianChange.class);
        records.put("/components/schemas/School", Schools.Snapshot.class);
        records.put("/components/schemas/School/properties/registers/items", CalendarSpec.RegisterBody.class);
        records.put("/components/schemas/School/properties/terms/items", CalendarSpec.TermBody.class);
        records.put("/components/schemas/School/properties/closures/items", CalendarSpec.ClosureBody.class);
        records.put("/components/schemas/ImportSummary", RosterImport.Counts.class);
        records.put("/components/schemas/Figures", Attendance.Figures.class);
        records.put("/components/schemas/Attendance", PupilAttendance.class);
        records.put("/components/schemas/Attendance/properties/marks/items", Attendance.Mark.class);
        records.put("/components/schemas/Attendance/properties/unmarked/items", Attendance.Unmarked.class);
        records.put("/components/schemas/Alerts", AlertList.class);
        records.put("/components/schemas/Alerts/properties/alerts/items", AlertList.Entry.class);
        records.put("/components/schemas/CallingList", CallingList.class);
        records.put("/components/schemas/CallingList/properties/calls/items", CallingList.Call.class);
        records.put("/components/schemas/CallingList/properties/calls/items/properties/guardians/items",
                CallingList.Guardian.class);
        records.put("/components/schemas/CallingList/properties/calls/items/properties/contactAttempts/items",
                CallingList.ContactAttempt.class);
        records.put("/components/schemas/InvitationCodeRequest", ParentRoutes.InvitationCodeRequest.class);
        records.put("/components/schemas/Child", ParentAccounts.Child.class);
        records.put("/components/schemas/SignedIn", ParentAccounts.SignedIn.class);
        records.put("/components/schemas/Children", ParentRoutes.Children.class);
        records.put("/components/schemas/Claimed", ParentRoutes.Claimed.class);
        records.put("/components/schemas/EvidenceUpload", ParentRoutes.EvidenceUpload.class);
        records.put("/components/schemas/EvidenceStored", ParentRoutes.EvidenceStored.class);
        records.put("/components/schemas/AbsenceReports", ParentRoutes.Reports.class);
        records.put("/components/schemas/AbsenceReports/properties/reports/items", AbsenceReports.Report.class);
        records.put("/components/schemas/InvitationRequest", ParentRoutes.InvitationRequest.class);
        records.put("/components/schemas/InvitationCreated", ParentRoutes.InvitationCreated.class);
        records.put("/components/schemas/ParentList", ParentRoutes.ParentList.class);
        records.put("/components/schemas/ParentList/properties/parents/items", SchoolParents.ParentAccountSummary.class);
        records.put("/components/schemas/ParentList/properties/parents/items/properties/guardians/items",
                SchoolParents.LinkedGuardian.class);
        records.put("/components/schemas/ParentRevoked", SchoolParents.ParentRevoked.class);
        records.put("/components/schemas/CoverRequest", CoverRoutes.CoverRequest.class);
        records.put("/components/schemas/CoverAssignment", Covers.CoverAssignment.class);
        records.put("/components/schemas/CoverList", CoverRoutes.CoverList.class);
        records.put("/components/schemas/RosterCoverData", Covers.CoverChange.class);
        records.put("/components/schemas/RosterScopeData", ScopeNotice.class);
        records.put("/components/schemas/ClassGrant", DeviceScope.ClassGrant.class);
        records.put("/components/schemas/IdentifiersRequest", ExportRoutes.IdentifiersRequest.class);
        records.put("/components/schemas/SchoolIdentifiers", SchoolIdentifiers.class);
        records.put("/components/schemas/CtfImported", ExportRoutes.CtfImported.class);
        records.put("/components/schemas/CtfImported/properties/imported/items", ExportRoutes.PriorPupil.class);
        records.put("/components/schemas/PriorYear", PriorYear.class);
        records.put("/components/schemas/GroupFigures", FiguresJson.Group.class);
        records.put("/components/schemas/SchoolRef", FiguresJson.SchoolRef.class);
        records.put("/components/schemas/NationalFigure", NationalFigures.Figure.class);
        records.put("/components/schemas/SchoolFigures", FiguresJson.SchoolFigures.class);
        records.put("/components/schemas/TrustFigures", FiguresJson.TrustFigures.class);
        records.put("/components/schemas/TrustFigures/properties/trust", FiguresJson.TrustRef.class);
        records.put("/components/schemas/TrustFigures/properties/schools/items", FiguresJson.TrustSchool.class);
        records.put("/components/schemas/StaffInvitationRequest", StaffAccountRoutes.InvitationRequest.class);
        records.put("/components/schemas/StaffInvitationCreated", StaffAccountRoutes.InvitationCreated.class);
        records.put("/components/schemas/StaffSignInRequest", StaffAccountRoutes.SignInRequest.class);
        records.put("/components/schemas/StaffSignedIn", StaffAccountRoutes.SignedIn.class);
        // Issue 16: casework and letters.
        records.put("/components/schemas/CaseworkWorklist", CaseworkViews.Worklist.class);
        records.put("/components/schemas/CaseworkWorklist/properties/due/items", CaseworkViews.WorklistEntry.class);
        records.put("/components/schemas/CaseworkPupil", PupilNames.class);
        records.put("/components/schemas/CaseworkDue", CaseworkViews.Due.class);
        records.put("/components/schemas/CaseworkAction", CaseworkViews.Action.class);
        records.put("/components/schemas/CaseworkStage", CaseworkViews.Stage.class);
        records.put("/components/schemas/CaseworkHistoryEntry", CaseworkViews.HistoryEntry.class);
        records.put("/components/schemas/CaseworkHistoryEntry/properties/by", CaseworkViews.Signature.class);
        records.put("/components/schemas/CaseworkHistoryEntry/properties/letter", CaseworkViews.LetterRef.class);
        records.put("/components/schemas/PenaltyNoticeOptions", CaseworkViews.PenaltyNotices.class);
        records.put("/components/schemas/PenaltyNoticeOptions/properties/amounts/items", CaseworkViews.Amount.class);
        records.put("/components/schemas/WarningPeriod", CaseworkViews.Warning.class);
        records.put("/components/schemas/PupilCasework", CaseworkViews.PupilCasework.class);
        records.put("/components/schemas/LetterSummary", CaseworkViews.LetterSummary.class);
        records.put("/components/schemas/LetterList", CaseworkViews.LetterList.class);
        records.put("/components/schemas/LetterRequest", LetterRequest.class);
        records.put("/components/schemas/LadderAnswer", CaseworkRoutes.LadderAnswer.class);
        for (Map.Entry<String, Class<?>> e : records.entrySet()) {
            JsonNode schema = document().at(e.getKey());
            assertFalse(schema.isMissingNode(), e.getKey());
            assertEquals(fields(e.getValue()), texts(schema.get("properties").fieldNames()), e.getKey());
        }
        // The pulled PUPIL data is the import's PupilChange plus the school the pull adds.
        TreeSet<String> pupil = fields(RosterStore.PupilChange.class);
        pupil.add("schoolId");
        assertEquals(pupil, texts(schemas().get("RosterPupilData").get("properties").fieldNames()));
        // An error body: code, message, time, and the fields of whichever details it carries.
        TreeSet<String> error = fields(ErrorBody.class);
        error.addAll(List.of("results", "problems", "retryAfterSeconds", "fieldProblems"));
        assertEquals(error, texts(schemas().get("Error").get("properties").fieldNames()));
    }

    /** A record's JSON field names: its components, @JsonUnwrapped ones expanded, @JsonIgnore ones left out. */
    private static TreeSet<String> fields(Class<?> record) {
        TreeSet<String> names = new TreeSet<>();
        for (RecordComponent c : record.getRecordComponents()) {
            // Jackson's annotations do not target record components: javac puts them on the accessor.
            if (c.getAccessor().isAnnotationPresent(JsonIgnore.class)) {
                continue;
            }
            if (c.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
                if (c.getType().isRecord()) {
                    names.addAll(fields(c.getType()));
                }
                continue;
            }
            names.add(c.getName());
        }
        return names;
    }

    private static JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? document().at(node.get("$ref").asText().substring(1)) : node;
    }

    private static TreeSet<String> texts(JsonNode array) {
        TreeSet<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static TreeSet<String> texts(Iterator<String> names) {
        TreeSet<String> values = new TreeSet<>();
        names.forEachRemaining(values::add);
        return values;
    }

    private static void collectRefs(JsonNode node, TreeSet<String> missing) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && (!ref.asText().startsWith("#/") || document().at(ref.asText().substring(1)).isMissingNode())) {
                missing.add(ref.asText());
            }
            node.elements().forEachRemaining(child -> collectRefs(child, missing));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectRefs(child, missing));
        }
    }
}
