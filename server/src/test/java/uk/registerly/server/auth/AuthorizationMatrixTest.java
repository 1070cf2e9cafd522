package uk.registerly.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.http.Json;
import uk.registerly.server.schoolday.SchoolDayEvents;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.TestEvents;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.StaffLogins;
import uk.registerly.server.testing.TestServers;

/**
 * Every endpoint, called by every kind of caller, about their own and another school, class, pupil and
 * child: only the cells the rules allow succeed; every other cell is refused and writes nothing.
 */
class AuthorizationMatrixTest extends ServerTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 17);

    /** The callers of the matrix. */
    enum Caller {
        TEACHER, GATE, OFFICE, PARENT, OTHER_TEACHER, OTHER_SCHOOL_TEACHER, OTHER_SCHOOL_GATE, OTHER_SCHOOL_OFFICE,
        OTHER_PARENT, LEADER, TRUST, OTHER_TRUST, ANONYMOUS
    }

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);

    /** The role each caller's token has (none for ANONYMOUS). */
    private static Role roleOf(Caller caller) {
        return switch (caller) {
            case TEACHER, OTHER_TEACHER, OTHER_SCHOOL_TEACHER -> Role.TEACHER;
            case GATE, OTHER_SCHOOL_GATE -> Role.GATE;
            case OFFICE, OTHER_SCHOOL_OFFICE -> Role.OFFICE;
            case PARENT, OTHER_PARENT -> Role.PARENT;
            case LEADER -> Role.LEADER;
            case TRUST, OTHER_TRUST -> Role.TRUST;
            case ANONYMOUS -> null;
        };
    }

    private static boolean admits(ApiRoutes.Route route, Caller caller) {
        Access access = (Access) route.access();
        return access.open() || caller != Caller.ANONYMOUS && access.allows(roleOf(caller));
    }

    /** The served route a request goes to ("{name}" in a route's path stands for one path segment). */
    private static ApiRoutes.Route routeOf(Request request) {
        String path = request.path().replaceFirst("\\?.*$", "");
        return server.routes().stream()
                .filter(r -> r.method().equals(request.method())
                        && path.matches(r.path().replaceAll("\\{[^/]+}", "[^/]+")))
                .findFirst().orElseThrow(() -> new AssertionError("no route serves " + request));
    }

    private static DemoSchool school;
    private static DemoSchool other;
    private static final Map<Caller, String> tokens = new LinkedHashMap<>();
    private static UUID ownPupil;          // in TEACHER's class, a child of PARENT
    private static UUID otherClassPupil;   // same school, another class (OTHER_TEACHER's)
    private static UUID otherSchoolPupil;  // a child of OTHER_PARENT
    private static UUID guardianOfOwnSchool;
    private static UUID guardianOfOtherSchool;
    private static UUID parentsEvidence;

    @BeforeAll
    static void twoSchoolsAndTheirCallers() {
        school = server.demoSchools().create(DemoSchoolOptions.small().withName("Matrix Primary"));
        other = server.demoSchools().create(DemoSchoolOptions.small().withName("Other Primary"));
        tokens.put(Caller.TEACHER, api.enrol(school.classes().get(0).teacherCode()));
        tokens.put(Caller.OTHER_TEACHER, api.enrol(school.classes().get(1).teacherCode()));
        tokens.put(Caller.GATE, api.enrol(school.gateCode()));
        tokens.put(Caller.OFFICE, api.enrol(school.officeCode()));
        tokens.put(Caller.PARENT, api.signInParent(school.parentInvitationCode()));
        tokens.put(Caller.OTHER_SCHOOL_TEACHER, api.enrol(other.classes().get(0).teacherCode()));
        tokens.put(Caller.OTHER_SCHOOL_GATE, api.enrol(other.gateCode()));
        tokens.put(Caller.OTHER_SCHOOL_OFFICE, api.enrol(other.officeCode()));
        tokens.put(Caller.OTHER_PARENT, api.signInParent(other.parentInvitationCode()));
        // Dashboard accounts (issue 18): the school's leader, its trust's director, another trust's director.
        tokens.put(Caller.LEADER, StaffLogins.token(server, api, Role.LEADER, school.schoolId()));
        tokens.put(Caller.TRUST, StaffLogins.token(server, api, Role.TRUST, StaffLogins.trust(server, school.schoolId())));
        tokens.put(Caller.OTHER_TRUST, StaffLogins.token(server, api, Role.TRUST, StaffLogins.trust(server, other.schoolId())));
        ownPupil = school.parentChildren().get(0);
        assertEquals(school.classes().get(0).pupils().get(0), ownPupil);
        otherClassPupil = school.classes().get(1).pupils().get(1);
        otherSchoolPupil = other.parentChildren().get(0);
        guardianOfOwnSchool = guardian(school.schoolId());
        guardianOfOtherSchool = guardian(other.schoolId());
        parentsEvidence = UUID.randomUUID();
        Response upload = api.post("/api/v1/parents/evidence", tokens.get(Caller.PARENT), evidence(parentsEvidence, ownPupil));
        assertEquals(201, upload.status(), upload.toString());
        Response letter = api.post("/api/v1/pupils/" + ownPupil + "/letters", tokens.get(Caller.OFFICE), letterRequest());
        assertEquals(201, letter.status(), letter.toString());
        ownLetter = UUID.fromString(letter.text("id"));
    }

    private static UUID guardian(UUID schoolId) {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                        "select id from guardians where school_id = :s and mis_id = 'G-DEMO'")
                .bind("s", schoolId).mapTo(UUID.class).one());
    }

    private static Map<String, Object> evidence(UUID id, UUID pupil) {
        return Map.of("id", id.toString(), "pupil", pupil.toString(), "contentType", "image/jpeg",
                "data", Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2, 3}));
    }

    /** One row of the matrix: a request and the callers allowed to make it. */
    private record Cell(String name, Set<Caller> allowed, Function<Caller, Request> request) {
    }

    private record Request(String method, String path, Object body) {
    }

    private static Cell cell(String name, Set<Caller> allowed, Function<Caller, Request> request) {
        return new Cell(name, allowed, request);
    }

    private static Set<Caller> only(Caller... callers) {
        return callers.length == 0 ? EnumSet.noneOf(Caller.class) : EnumSet.of(callers[0], callers);
    }

    private static Function<Caller, Request> push(Supplier<ObjectNode> event) {
        return c -> new Request("POST", "/api/v1/sync/push", TestEvents.batch(event.get()));
    }

    private static Request pushOne(ObjectNode event) {
        return new Request("POST", "/api/v1/sync/push", TestEvents.batch(event));
    }

    /** The "Name, Position" a caller's own amendments carry (any text for callers without staff). */
    private static String signatureOf(Caller caller) {
        return switch (caller) {
            case TEACHER -> school.classes().get(0).teacherSignature();
            case OTHER_TEACHER -> school.classes().get(1).teacherSignature();
            case OFFICE -> school.officeStaffSignature();
            case OTHER_SCHOOL_TEACHER -> other.classes().get(0).teacherSignature();
            case OTHER_SCHOOL_OFFICE -> other.officeStaffSignature();
            default -> "Nobody, No Position";
        };
    }

    /** A fresh arrival the gate has already pushed: what a withdrawal cell takes back. */
    private static ObjectNode arrivalPushedBy(Caller gate, TestEvents e, UUID pupil) {
        ObjectNode arrival = e.arrival(pupil, TUESDAY, 8, 57);
        Response r = api.post("/api/v1/sync/push", tokens.get(gate), TestEvents.batch(arrival));
        assertEquals(200, r.status(), r.toString());
        return arrival;
    }

    private static List<Cell> matrix() {
        TestEvents e = new TestEvents();
        // Devices and parents: staff accounts (dashboard) do not sync.
        Set<Caller> anyAuthenticated = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS, Caller.LEADER, Caller.TRUST,
                Caller.OTHER_TRUST));
        Set<Caller> schoolDevices = only(Caller.TEACHER, Caller.OTHER_TEACHER, Caller.GATE, Caller.OFFICE,
                Caller.OTHER_SCHOOL_TEACHER, Caller.OTHER_SCHOOL_GATE, Caller.OTHER_SCHOOL_OFFICE);
        List<Cell> cells = new ArrayList<>();
        cells.add(cell("GET /health", EVERYONE, c -> new Request("GET", "/health", null)));
        cells.add(cell("GET /openapi.json", EVERYONE, c -> new Request("GET", "/openapi.json", null)));
        // Enrolment and sign-in need no token: the code is the credential (rate limited per address).
        cells.add(cell("enrol a device with a code", EVERYONE,
                c -> new Request("POST", "/api/v1/devices", Map.of("enrolmentCode", school.gateCode()))));
        cells.add(cell("sign in with an invitation code", EVERYONE,
                c -> new Request("POST", "/api/v1/parents/sign-in", Map.of("invitationCode", school.parentInvitationCode()))));
        cells.add(cell("pull", anyAuthenticated, c -> new Request("GET", "/api/v1/sync/pull?since=0&limit=5", null)));
        cells.add(cell("push REGISTER_MARK, own class", only(Caller.TEACHER),
                push(() -> e.mark(ownPupil, TUESDAY, "AM", "/"))));
        cells.add(cell("push REGISTER_MARK, another class", only(Caller.OTHER_TEACHER),
                push(() -> e.mark(otherClassPupil, TUESDAY, "AM", "/"))));
        cells.add(cell("push REGISTER_MARK, another school's pupil", only(Caller.OTHER_SCHOOL_TEACHER),
                push(() -> e.mark(other.classes().get(0).pupils().get(1), TUESDAY, "AM", "/"))));
        cells.add(cell("push ARRIVAL, own school", only(Caller.GATE), push(() -> e.arrival(ownPupil, TUESDAY, 8, 57))));
        cells.add(cell("push ARRIVAL, another school's pupil", only(Caller.OTHER_SCHOOL_GATE),
                push(() -> e.arrival(otherSchoolPupil, TUESDAY, 8, 57))));
        cells.add(cell("push REASON", only(Caller.OFFICE), push(() -> e.reason(ownPupil, TUESDAY, "PM", "I"))));
        cells.add(cell("push AMENDMENT signed by the office device's staff", only(Caller.OFFICE),
                push(() -> e.amendment(ownPupil, TUESDAY, "PM", "O", "left site", school.officeStaffSignature()))));
        cells.add(cell("push AMENDMENT signed by the class teacher", only(Caller.TEACHER),
                push(() -> e.amendment(ownPupil, TUESDAY, "PM", "O", "left site",
                        school.classes().get(0).teacherSignature()))));
        // Each caller signs as itself, so a refusal here is about whose pupil it is, not about the signature.
        cells.add(cell("push AMENDMENT of own class's pupil, signed by the caller", only(Caller.TEACHER, Caller.OFFICE),
                c -> pushOne(e.amendment(ownPupil, TUESDAY, "PM", "O", "left site", signatureOf(c)))));
        cells.add(cell("push AMENDMENT of another class's pupil, signed by the caller",
                only(Caller.OTHER_TEACHER, Caller.OFFICE),
                c -> pushOne(e.amendment(otherClassPupil, TUESDAY, "PM", "O", "left site", signatureOf(c)))));
        cells.add(cell("push AMENDMENT of another school's pupil, signed by the caller",
                only(Caller.OTHER_SCHOOL_TEACHER, Caller.OTHER_SCHOOL_OFFICE),
                c -> pushOne(e.amendment(otherSchoolPupil, TUESDAY, "PM", "O", "left site", signatureOf(c)))));
        cells.add(cell("push AMENDMENT claiming to be someone else", only(),
                push(() -> e.amendment(ownPupil, TUESDAY, "PM", "O", "left site", "Head Teacher, Head"))));
        cells.add(cell("push ARRIVAL_WITHDRAWN of the school gate's arrival", only(Caller.GATE),
                c -> pushOne(e.withdrawal(arrivalPushedBy(Caller.GATE, e, ownPupil), TUESDAY, 8, 58))));
        cells.add(cell("push ARRIVAL_WITHDRAWN of another school gate's arrival", only(Caller.OTHER_SCHOOL_GATE),
                c -> pushOne(e.withdrawal(arrivalPushedBy(Caller.OTHER_SCHOOL_GATE, e, otherSchoolPupil), TUESDAY, 8, 58))));
        cells.add(cell("push ABSENCE_REPORT, own child", only(Caller.PARENT),
                push(() -> e.absenceReport(ownPupil, TUESDAY.plusDays(2), TUESDAY.plusDays(2), "ILLNESS"))));
        cells.add(cell("push ABSENCE_REPORT, another family's child", only(Caller.OTHER_PARENT),
                push(() -> e.absenceReport(otherSchoolPupil, TUESDAY.plusDays(2), TUESDAY.plusDays(2), "ILLNESS"))));
        cells.add(cell("push ABSENCE_REPORT_UPDATED, another family's child's report", only(Caller.OTHER_PARENT),
                c -> new Request("POST", "/api/v1/sync/push", TestEvents.batch(reportFollowUp(e,
                        "ABSENCE_REPORT_UPDATED")))));
        cells.add(cell("push ABSENCE_REPORT_CANCELLED, another family's child's report", only(Caller.OTHER_PARENT),
                c -> new Request("POST", "/api/v1/sync/push", TestEvents.batch(reportFollowUp(e,
                        "ABSENCE_REPORT_CANCELLED")))));
        cells.add(cell("push LEAVE_REQUEST, another family's child", only(Caller.OTHER_PARENT), push(() -> {
            ObjectNode p = TestEvents.payload(otherSchoolPupil);
            p.put("from", "2027-01-11").put("to", "2027-01-12").put("reason", "Grandparent's funeral abroad");
            p.putArray("sessions").add("AM").add("PM");
            return e.event("LEAVE_REQUEST", p);
        })));
        cells.add(cell("push LEAVE_REQUEST, own child", only(Caller.PARENT), push(() -> {
            ObjectNode p = TestEvents.payload(ownPupil);
            p.put("from", "2027-01-11").put("to", "2027-01-12").put("reason", "Grandparent's funeral abroad");
            p.putArray("sessions").add("AM").add("PM");
            return e.event("LEAVE_REQUEST", p);
        })));
        cells.add(cell("push CONTACT_ATTEMPT", only(Caller.OFFICE), push(() -> {
            ObjectNode p = TestEvents.payload(ownPupil);
            p.put("date", TUESDAY.toString()).put("outcome", "NO_ANSWER").put("at", TUESDAY.atTime(9, 40).toString());
            return e.event("CONTACT_ATTEMPT", p);
        })));
        // Issue 15, the school day: sign-outs and returns at the office and the gate, roll calls on every staff
        // device (a teacher ticks its own classes), spot checks, the parent's first-day notice.
        SchoolDayEvents d = new SchoolDayEvents();
        LocalDateTime tenAm = TUESDAY.atTime(10, 0);
        cells.add(cell("push REGISTER_MARK on the class teacher's behalf", only(Caller.OFFICE),
                push(() -> d.markOnBehalf(ownPupil, TUESDAY, "PM", "\\", school.classes().get(0).teacherId()))));
        cells.add(cell("push EARLY_DEPARTURE, own school", only(Caller.OFFICE, Caller.GATE),
                push(() -> d.departure(ownPupil, tenAm, "MEDICAL_APPOINTMENT", null))));
        cells.add(cell("push EARLY_DEPARTURE, another school's pupil", only(Caller.OTHER_SCHOOL_OFFICE,
                Caller.OTHER_SCHOOL_GATE), push(() -> d.departure(otherSchoolPupil, tenAm, "OTHER", null))));
        cells.add(cell("push RETURNED after the office's sign-out", only(Caller.OFFICE, Caller.GATE), c -> {
            Response out = api.post("/api/v1/sync/push", tokens.get(Caller.OFFICE),
                    TestEvents.batch(d.departure(otherClassPupil, tenAm, "ILL_SENT_HOME", null)));
            assertEquals(200, out.status(), out.toString());
            return pushOne(d.returned(otherClassPupil, tenAm.plusMinutes(30)));
        }));
        cells.add(cell("push ROLL_CALL_STARTED", schoolDevices, push(() -> d.rollCallStarted(tenAm, "FIRE_DRILL"))));
        cells.add(cell("push ROLL_CALL_ACCOUNTED, own class's pupil", only(Caller.TEACHER, Caller.GATE, Caller.OFFICE),
                c -> pushOne(d.accounted(rollCallOf(Caller.OFFICE, d, tenAm), ownPupil, true, tenAm.plusMinutes(2)))));
        cells.add(cell("push ROLL_CALL_ACCOUNTED, another class's pupil", only(Caller.OTHER_TEACHER, Caller.GATE,
                Caller.OFFICE),
                c -> pushOne(d.accounted(rollCallOf(Caller.OFFICE, d, tenAm), otherClassPupil, true, tenAm.plusMinutes(2)))));
        cells.add(cell("push ROLL_CALL_ENDED of the school's roll call", only(Caller.TEACHER, Caller.OTHER_TEACHER,
                Caller.GATE, Caller.OFFICE),
                c -> pushOne(d.ended(rollCallOf(Caller.OFFICE, d, tenAm), tenAm.plusMinutes(20)))));
        cells.add(cell("push SPOT_CHECK of the teacher's class", only(Caller.TEACHER, Caller.GATE, Caller.OFFICE),
                push(() -> d.spotCheck("Class " + school.classes().get(0).name(), school.classes().get(0).id(), tenAm,
                        List.of(ownPupil), List.of()))));
        cells.add(cell("push PARENT_NOTIFIED, own child", only(Caller.PARENT),
                push(() -> d.parentNotified(ownPupil, TUESDAY.atTime(9, 21), "AM"))));
        cells.add(cell("registers status", only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("GET", "/api/v1/registers/status?date=" + TUESDAY + "&session=AM", null)));
        cells.add(cell("the roll call running", only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE), c -> {
            rollCallOf(Caller.OFFICE, d, LocalDateTime.of(2026, 11, 18, 10, 0));
            rollCallOf(Caller.OTHER_SCHOOL_OFFICE, d, LocalDateTime.of(2026, 11, 18, 10, 0));
            return new Request("GET", "/api/v1/roll-calls/current", null);
        }));
        cells.add(cell("a roll call's report, own school's", only(Caller.OFFICE),
                c -> new Request("GET", "/api/v1/roll-calls/" + rollCallOf(Caller.OFFICE, d, tenAm).get("id").asText(),
                        null)));
        cells.add(cell("the school day's worklist", only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("GET", "/api/v1/worklists/school-day?date=" + TUESDAY, null)));
        cells.add(cell("GET /api/v1/devices", only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("GET", "/api/v1/devices", null)));
        cells.add(cell("GET /api/v1/devices/clocks", only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("GET", "/api/v1/devices/clocks", null)));
        cells.add(cell("revoke a device of the school", only(Caller.OFFICE), c -> {
            String victim = api.enrol(school.gateCode());
            return new Request("POST", "/api/v1/devices/" + deviceId(victim) + "/revoke", Map.of());
        }));
        cells.add(cell("create an enrolment code", only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("POST", "/api/v1/enrolment-codes", Map.of("role", "GATE"))));
        cells.add(cell("create an enrolment code for this school's teacher", only(Caller.OFFICE),
                c -> new Request("POST", "/api/v1/enrolment-codes",
                        Map.of("role", "TEACHER", "staffId", school.classes().get(0).teacherId().toString()))));
        cells.add(cell("GET /api/v1/school", schoolDevices, c -> new Request("GET", "/api/v1/school", null)));
        cells.add(cell("PUT /api/v1/school/calendar", only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("PUT", "/api/v1/school/calendar", calendarOf(school))));
        cells.add(cell("import staff CSV", only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("POST", "/api/v1/roster/import/staff", "staff_id,name,position\nS-X,Jo Bloggs,Teaching Assistant\n")));
        // Issue 17: what goes to the school's other systems, the office's only (the demo schools have
        // identifiers and UPNs).
        Set<Caller> offices = only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE);
        cells.add(cell("set the school's identifiers", offices, c -> new Request("PUT", "/api/v1/school/identifiers",
                Map.of("urn", "999201", "laCode", "999", "establishmentNumber", "2001"))));
        cells.add(cell("CTF of own school's pupil", only(Caller.OFFICE),
                c -> new Request("GET", "/api/v1/exports/ctf?pupil=" + ownPupil, null)));
        cells.add(cell("census attendance return", offices,
                c -> new Request("GET", "/api/v1/exports/census?term=autumn&year=2026", null)));
        cells.add(cell("daily attendance data", offices,
                c -> new Request("GET", "/api/v1/exports/daily?date=" + TUESDAY.minusDays(1), null)));
        cells.add(cell("marks for the MIS", offices,
                c -> new Request("GET", "/api/v1/exports/marks?from=" + TUESDAY.minusDays(7) + "&to=" + TUESDAY, null)));
        cells.add(cell("marks changed since a cursor", offices,
                c -> new Request("GET", "/api/v1/exports/marks/changes?since=0&limit=5", null)));
        cells.add(cell("import a joiner's CTF", offices, c -> new Request("POST", "/api/v1/imports/ctf",
                ctfOf(c == Caller.OTHER_SCHOOL_OFFICE ? otherSchoolPupil : ownPupil))));
        cells.add(cell("prior schools of own school's pupil", only(Caller.OFFICE),
                c -> new Request("GET", "/api/v1/pupils/" + ownPupil + "/prior-schools", null)));
        cells.add(cell("UPN of own school's pupil", only(Caller.OFFICE), c -> new Request("PUT",
                "/api/v1/pupils/" + ownPupil + "/upn",
                Map.of("upn", uk.registerly.rules.pupil.Upn.checkLetter("999999999999") + "999999999999"))));
        // A teacher sees the attendance of the pupils its tablet holds: not another class's (issue 13).
        cells.add(cell("attendance of own pupil", only(Caller.TEACHER, Caller.OFFICE, Caller.PARENT),
                c -> new Request("GET", "/api/v1/pupils/" + ownPupil + "/attendance", null)));
        cells.add(cell("attendance of another class's pupil", only(Caller.OTHER_TEACHER, Caller.OFFICE),
                c -> new Request("GET", "/api/v1/pupils/" + otherClassPupil + "/attendance", null)));
        cells.add(cell("attendance of another school's child", only(Caller.OTHER_SCHOOL_TEACHER,
                Caller.OTHER_SCHOOL_OFFICE, Caller.OTHER_PARENT),
                c -> new Request("GET", "/api/v1/pupils/" + otherSchoolPupil + "/attendance", null)));
        cells.add(cell("alerts", only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE), c -> new Request("GET", "/api/v1/alerts", null)));
        cells.add(cell("first-day calling list", only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("GET", "/api/v1/worklists/first-day-calling", null)));
        cells.add(cell("absence reports", only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE, Caller.PARENT, Caller.OTHER_PARENT),
                c -> new Request("GET", "/api/v1/absence-reports", null)));
        cells.add(cell("invitation for this school's guardian", only(Caller.OFFICE),
                c -> new Request("POST", "/api/v1/invitations", Map.of("guardianId", guardianOfOwnSchool.toString()))));
        cells.add(cell("invitation for another school's guardian", only(Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("POST", "/api/v1/invitations", Map.of("guardianId", guardianOfOtherSchool.toString()))));
        cells.add(cell("assign cover of this school's class to its staff member", only(Caller.OFFICE),
                c -> new Request("POST", "/api/v1/cover", coverOf(school))));
        cells.add(cell("assign cover of another school's class to its staff member", only(Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("POST", "/api/v1/cover", coverOf(other))));
        cells.add(cell("list covers", only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("GET", "/api/v1/cover", null)));
        cells.add(cell("revoke a cover of the school", only(Caller.OFFICE), c -> {
            Response made = api.post("/api/v1/cover", tokens.get(Caller.OFFICE), coverOf(school));
            assertEquals(201, made.status(), made.toString());
            return new Request("POST", "/api/v1/cover/" + made.text("id") + "/revoke", Map.of());
        }));
        cells.add(cell("the school's parent accounts", only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("GET", "/api/v1/parents", null)));
        cells.add(cell("revoke a parent account of the school", only(Caller.OFFICE), c -> {
            Response signedIn = api.post("/api/v1/parents/sign-in", null,
                    Map.of("invitationCode", school.parentInvitationCode()));
            assertEquals(201, signedIn.status(), signedIn.toString());
            return new Request("POST", "/api/v1/parents/" + signedIn.text("parentId") + "/revoke", Map.of());
        }));
        cells.add(cell("parent's children", only(Caller.PARENT, Caller.OTHER_PARENT),
                c -> new Request("GET", "/api/v1/parents/children", null)));
        cells.add(cell("claim an invitation", only(Caller.PARENT, Caller.OTHER_PARENT),
                // Each parent claims their own family's code again: a claim links nobody new to anybody.
                c -> new Request("POST", "/api/v1/parents/claim", Map.of("invitationCode",
                        c == Caller.OTHER_PARENT ? other.parentInvitationCode() : school.parentInvitationCode()))));
        cells.add(cell("upload evidence for own child", only(Caller.PARENT),
                c -> new Request("POST", "/api/v1/parents/evidence", evidence(UUID.randomUUID(), ownPupil))));
        cells.add(cell("view the parent's evidence", only(Caller.PARENT, Caller.OFFICE),
                c -> new Request("GET", "/api/v1/evidence/" + parentsEvidence, null)));
        // Figures (issue 18): a school's for its office, its leaders and its trust; a trust's for its directors.
        cells.add(cell("figures of the school", only(Caller.OFFICE, Caller.LEADER, Caller.TRUST),
                c -> new Request("GET", "/api/v1/figures?groupBy=yearGroup&school=" + school.schoolId(), null)));
        cells.add(cell("figures of another school", only(Caller.OTHER_SCHOOL_OFFICE, Caller.OTHER_TRUST),
                c -> new Request("GET", "/api/v1/figures?groupBy=class&school=" + other.schoolId(), null)));
        cells.add(cell("trust figures", only(Caller.TRUST, Caller.OTHER_TRUST),
                c -> new Request("GET", "/api/v1/trust/figures?groupBy=yearGroup", null)));
        cells.add(cell("invite a school leader to the dashboard", only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("POST", "/api/v1/staff-accounts/invitations",
                        Map.of("email", "invited-" + UUID.randomUUID() + "@school.example", "name", "Pat Head"))));
        // Sign-in needs no token: email, password and code are the credential (rate limited).
        cells.add(cell("staff sign-in", EVERYONE, c -> new Request("POST", "/api/v1/staff/sign-in",
                StaffLogins.create(server, Role.LEADER, school.schoolId()).signInBody(TestServers.NOW))));
        // Issue 16: casework is the office's; a parent sees only the letters sent to them.
        cells.add(cell("push CASE_ACTION signed by the office device's staff", only(Caller.OFFICE),
                push(() -> caseAction(e, ownPupil, school.officeStaffSignature()))));
        cells.add(cell("push CASE_ACTION of another school's pupil", only(Caller.OTHER_SCHOOL_OFFICE),
                push(() -> caseAction(e, otherSchoolPupil, other.officeStaffSignature()))));
        cells.add(cell("push LETTER_READ of a letter sent to the parent", only(Caller.PARENT), push(() -> {
            ObjectNode p = TestEvents.payload(ownPupil);
            p.put("letter", ownLetter.toString()).put("at", TUESDAY.atTime(18, 0).toString());
            return e.event("LETTER_READ", p);
        })));
        cells.add(cell("casework due now", only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("GET", "/api/v1/worklists/casework", null)));
        cells.add(cell("a pupil's casework", only(Caller.OFFICE),
                c -> new Request("GET", "/api/v1/pupils/" + ownPupil + "/casework", null)));
        cells.add(cell("another school's pupil's casework", only(Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("GET", "/api/v1/pupils/" + otherSchoolPupil + "/casework", null)));
        cells.add(cell("the school's ladder", only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("GET", "/api/v1/school/ladder", null)));
        cells.add(cell("save the school's ladder as it stands", only(Caller.OFFICE, Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("PUT", "/api/v1/school/ladder", ladderOf(c))));
        cells.add(cell("write a letter about own school's pupil", only(Caller.OFFICE),
                c -> new Request("POST", "/api/v1/pupils/" + ownPupil + "/letters", letterRequest())));
        cells.add(cell("write a letter about another school's pupil", only(Caller.OTHER_SCHOOL_OFFICE),
                c -> new Request("POST", "/api/v1/pupils/" + otherSchoolPupil + "/letters", letterRequest())));
        cells.add(cell("letters about own child", only(Caller.OFFICE, Caller.PARENT),
                c -> new Request("GET", "/api/v1/pupils/" + ownPupil + "/letters", null)));
        cells.add(cell("letters about another school's child", only(Caller.OTHER_SCHOOL_OFFICE, Caller.OTHER_PARENT),
                c -> new Request("GET", "/api/v1/pupils/" + otherSchoolPupil + "/letters", null)));
        cells.add(cell("the PDF of a letter sent to the parent", only(Caller.OFFICE, Caller.PARENT),
                c -> new Request("GET", "/api/v1/letters/" + ownLetter + ".pdf", null)));
        return cells;
    }

    private static UUID ownLetter;

    /** A review of stage 1 of the demo school's (Millbrook's) ladder, signed "Name, Position". */
    private static ObjectNode caseAction(TestEvents e, UUID pupil, String signature) {
        ObjectNode p = TestEvents.payload(pupil);
        p.put("stage", "STAGE_1").put("at", TUESDAY.atTime(11, 0).toString()).put("outcome", "DONE");
        p.putObject("action").put("type", "CALL");
        String[] by = signature.split(", ", 2);
        p.putObject("by").put("name", by[0]).put("position", by[1]);
        return e.event("CASE_ACTION", p);
    }

    private static Map<String, Object> letterRequest() {
        return Map.of("caseActionId", UUID.randomUUID().toString(), "stage", "STAGE_3");
    }

    /** The caller's school's ladder as it stands (for a caller without one, the office's). */
    private static JsonNode ladderOf(Caller caller) {
        String token = tokens.get(caller == Caller.OTHER_SCHOOL_OFFICE ? Caller.OTHER_SCHOOL_OFFICE : Caller.OFFICE);
        Response r = api.get("/api/v1/school/ladder", token);
        assertEquals(200, r.status(), r.toString());
        return r.body().get("ladder");
    }

    /** A roll call {@code office} has just started at its school (not counted as the cell's write). */
    private static ObjectNode rollCallOf(Caller office, SchoolDayEvents d, LocalDateTime at) {
        ObjectNode start = d.rollCallStarted(at, "FIRE_DRILL");
        Response r = api.post("/api/v1/sync/push", tokens.get(office), TestEvents.batch(start));
        assertEquals(200, r.status(), r.toString());
        return start;
    }

    /**
     * An edit or cancellation of a report OTHER_PARENT has just made for their child: only that
     * family may change it. The report is written first (not counted as the cell's write).
     */
    private static ObjectNode reportFollowUp(TestEvents e, String type) {
        ObjectNode report = e.absenceReport(otherSchoolPupil, TUESDAY.plusDays(3), TUESDAY.plusDays(3), "ILLNESS");
        Response made = api.post("/api/v1/sync/push", tokens.get(Caller.OTHER_PARENT), TestEvents.batch(report));
        assertEquals(200, made.status(), made.toString());
        ObjectNode followUp = type.equals("ABSENCE_REPORT_UPDATED")
                ? e.absenceReport(otherSchoolPupil, TUESDAY.plusDays(3), TUESDAY.plusDays(4), "ILLNESS")
                : e.event(type, TestEvents.payload(otherSchoolPupil));
        followUp.put("type", type);
        ((ObjectNode) followUp.get("payload")).put("report", report.get("id").asText());
        return followUp;
    }

    /** A CTF from another school with a year of attendance for {@code pupil} (by its UPN). */
    private static String ctfOf(UUID pupil) {
        String upn = server.database().jdbi().withHandle(h -> h.createQuery(
                "select upn from pupil_characteristics where pupil_id = :p").bind("p", pupil).mapTo(String.class).one());
        return "<CTfile><Header><DocumentName>Common Transfer File</DocumentName><CTFversion>25.0</CTFversion></Header>"
                + "<CTFpupilData><Pupil><UPN>" + upn + "</UPN><Attendance><YearData><Year>2025</Year><LEA>888</LEA>"
                + "<Estab>3001</Estab><SessionsPossible>10</SessionsPossible><SessionsAuthorised>1</SessionsAuthorised>"
                + "<SessionsAttended>9</SessionsAttended><SessionsUnauthorised>0</SessionsUnauthorised></YearData>"
                + "</Attendance></Pupil></CTFpupilData></CTfile>";
    }

    private static int coverDays;

    /** A cover of the school's first class by its second class's teacher, on a day no other cell's cover has. */
    private static Map<String, String> coverOf(DemoSchool s) {
        LocalDate day = TUESDAY.plusDays(1 + coverDays++);
        return Map.of("classId", s.classes().get(0).id().toString(), "staffId", s.classes().get(1).teacherId().toString(),
                "from", day.toString(), "to", day.toString());
    }

    private static Object calendarOf(DemoSchool s) {
        Response r = api.get("/api/v1/school", tokens.get(Caller.OFFICE));
        ObjectNode body = (ObjectNode) r.body();
        return Map.of("registers", body.get("registers"), "terms", body.get("terms"), "closures", body.get("closures"));
    }

    private static UUID deviceId(String token) {
        return server.database().jdbi().withHandle(h -> h.createQuery("select id from devices where token_hash = :h")
                .bind("h", Secrets.hashToken(token)).mapTo(UUID.class).one());
    }

    private static long writes() {
        return server.database().jdbi().withHandle(h -> h.createQuery("""
                select (select count(*) from events) + (select count(*) from roster_changes)
                     + (select count(*) from evidence) + (select count(*) from invitations)
                     + (select count(*) from enrolment_codes) + (select count(*) from devices where revoked)
                     + (select count(*) from cover_assignments) + (select count(*) from parent_accounts where revoked)
                     + (select count(*) from staff_accounts) + (select count(*) from staff_invitations)
                     + (select count(*) from letters) + (select count(*) from school_ladders)""")
                .mapTo(Long.class).one());
    }

    @TestFactory
    List<DynamicTest> everyEndpointForEveryCaller() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Cell cell : matrix()) {
            for (Caller caller : Caller.values()) {
                boolean allowed = cell.allowed().contains(caller);
                tests.add(dynamicTest(cell.name() + " by " + caller + (allowed ? " succeeds" : " is refused"), () -> {
                    Request request = cell.request().apply(caller);
                    long before = writes();
                    String body = request.body() == null ? null
                            : request.body() instanceof String s ? s : Json.write(request.body());
                    Response r = request.path().contains("/roster/import/")
                            ? api.postRaw(request.path(), tokens.get(caller), body, "text/csv")
                            : request.path().contains("/imports/ctf")
                            ? api.postRaw(request.path(), tokens.get(caller), body, "application/xml")
                            : api.send(request.method(), request.path(), tokens.get(caller), body);
                    if (allowed) {
                        assertTrue(r.status() >= 200 && r.status() < 300, caller + ": " + r);
                    } else {
                        int expected = caller == Caller.ANONYMOUS ? 401 : 0;
                        assertTrue(expected == 0 ? r.status() == 403 || r.status() == 404 : r.status() == expected,
                                caller + " should be refused: " + r);
                        assertTrue(r.body().hasNonNull("message"), r.toString());
                        assertEquals(before, writes(), "a refused request writes nothing");
                    }
                }));
            }
        }
        return tests;
    }

    /**
     * The matrix covers every route the server serves (a new route needs its cells), and no cell lets in
     * a caller the route's declared access would refuse.
     */
    @Test
    void everyServedRouteIsInTheMatrixAndAgreesWithItsDeclaredAccess() {
        Map<ApiRoutes.Route, List<Cell>> cellsOfRoute = new LinkedHashMap<>();
        for (Cell cell : matrix()) {
            cellsOfRoute.computeIfAbsent(routeOf(cell.request().apply(Caller.OFFICE)), r -> new ArrayList<>()).add(cell);
        }
        for (ApiRoutes.Route route : server.routes()) {
            assertTrue(route.access() instanceof Access, route.key() + " declares its access");
            assertTrue(cellsOfRoute.containsKey(route), route.key() + " has no cell in the matrix");
            for (Cell cell : cellsOfRoute.get(route)) {
                for (Caller caller : cell.allowed()) {
                    assertTrue(admits(route, caller), cell.name() + " lets in " + caller + ", whom "
                            + route.key() + " does not admit (" + route.access() + ")");
                }
            }
        }
    }

    /** Read from the routes themselves: every caller a route's access does not admit is refused before its handler. */
    @TestFactory
    List<DynamicTest> everyRouteRefusesTheCallersItsAccessDoesNotAdmit() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiRoutes.Route route : server.routes()) {
            for (Caller caller : Caller.values()) {
                if (admits(route, caller)) {
                    continue;
                }
                tests.add(dynamicTest(route.key() + " refuses " + caller, () -> {
                    String path = route.path().replace("{kind}", "staff").replaceAll("\\{[^/]+}", UUID.randomUUID().toString());
                    long before = writes();
                    Response r = api.send(route.method(), path, tokens.get(caller), route.method().equals("GET") ? null : "{}");
                    assertEquals(caller == Caller.ANONYMOUS ? 401 : 403, r.status(), r.toString());
                    if (caller != Caller.ANONYMOUS) {
                        assertTrue(r.text("message").startsWith("this endpoint is for "), r.toString());
                    }
                    assertEquals(before, writes(), "a refused request writes nothing");
                }));
            }
        }
        assertTrue(tests.size() > server.routes().size(), "most routes admit only some callers");
        return tests;
    }

    @Test
    void pullsAreScopedToTheCallersSchoolAndChildren() {
        TestEvents e = new TestEvents();
        assertEquals(200, api.post("/api/v1/sync/push", tokens.get(Caller.TEACHER),
                TestEvents.batch(e.mark(ownPupil, TUESDAY, "AM", "/"))).status());
        assertEquals(200, api.post("/api/v1/sync/push", tokens.get(Caller.OTHER_TEACHER),
                TestEvents.batch(e.mark(otherClassPupil, TUESDAY, "AM", "/"))).status());
        Set<String> schoolPupils = Set.copyOf(school.allPupils().stream().map(UUID::toString).toList());
        for (JsonNode event : pullAll(Caller.OTHER_SCHOOL_OFFICE)) {
            assertTrue(!schoolPupils.contains(event.path("pupil").asText()), "another school's event leaked");
        }
        List<JsonNode> parents = pullAll(Caller.PARENT);
        assertTrue(!parents.isEmpty());
        for (JsonNode event : parents) {
            assertTrue(school.parentChildren().contains(UUID.fromString(event.get("pupil").asText())),
                    "a parent saw another family's child");
            assertTrue(!event.get("type").asText().equals("CONTACT_ATTEMPT"));
        }
        for (JsonNode event : pullAll(Caller.GATE)) {
            assertTrue(Set.of("REGISTER_MARK", "ARRIVAL", "REASON", "AMENDMENT", "ARRIVAL_WITHDRAWN", "EARLY_DEPARTURE",
                            "RETURNED", "ROLL_CALL_STARTED", "ROLL_CALL_ACCOUNTED", "ROLL_CALL_ENDED")
                            .contains(event.get("type").asText()),
                    "the gate sees register facts only");
            JsonNode payload = event.get("payload");
            String day = payload.has("date") ? payload.get("date").asText() : payload.get("at").asText().substring(0, 10);
            assertEquals(TUESDAY.plusDays(1).toString(), day, "the gate sees today's facts only: " + event);
        }
        // A teacher's tablet: its own class's pupils only, and no family's note or photo (DeviceScopeTest has more).
        Set<String> ownClass = Set.copyOf(school.classes().get(0).pupils().stream().map(UUID::toString).toList());
        List<JsonNode> teachers = pullAll(Caller.TEACHER);
        assertTrue(!teachers.isEmpty());
        for (JsonNode event : teachers) {
            // a school-wide event (a roll call's start or end) names no pupil; every other is of the teacher's class
            assertTrue(event.has("pupil") ? ownClass.contains(event.get("pupil").asText())
                    : Set.of("ROLL_CALL_STARTED", "ROLL_CALL_ENDED").contains(event.get("type").asText()),
                    "another class's pupil reached a teacher: " + event);
            assertTrue(!event.get("payload").has("note") && !event.get("payload").has("evidence"), event.toString());
            assertTrue(!Set.of("CONTACT_ATTEMPT", "LEAVE_REQUEST", "LEAVE_DECISION").contains(event.get("type").asText()));
        }
    }

    private static List<JsonNode> pullAll(Caller caller) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = "0";
        while (true) {
            Response page = api.get("/api/v1/sync/pull?since=" + cursor, tokens.get(caller));
            assertEquals(200, page.status(), page.toString());
            page.body().get("events").forEach(all::add);
            cursor = page.text("next");
            if (!page.body().get("hasMore").asBoolean()) {
                return all;
            }
        }
    }

    @Test
    void aRevokedTokenGets401Everywhere() {
        String doomed = api.enrol(school.teacherCode());
        assertEquals(200, api.get("/api/v1/sync/pull", doomed).status());
        Response revoke = api.post("/api/v1/devices/" + deviceId(doomed) + "/revoke", tokens.get(Caller.OFFICE), Map.of());
        assertEquals(200, revoke.status(), revoke.toString());
        for (Cell cell : matrix()) {
            Request request = cell.request().apply(Caller.TEACHER);
            if (((Access) routeOf(request).access()).open()) {
                continue; // no token is read
            }
            String body = request.body() == null ? null
                    : request.body() instanceof String s ? s : Json.write(request.body());
            Response r = api.send(request.method(), request.path(), doomed, body);
            assertEquals(401, r.status(), cell.name() + ": " + r);
            assertEquals("device_revoked", r.text("error"), cell.name() + ": the one code on which a device wipes");
            assertTrue(r.text("message").contains("revoked"));
            Response unknown = api.send(request.method(), request.path(), "rgd_unknown-token", body);
            assertEquals(401, unknown.status(), cell.name() + ": " + unknown);
            assertEquals("unauthorized", unknown.text("error"), cell.name() + ": an unknown token is not a revocation");
        }
    }
}
