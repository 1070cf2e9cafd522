package uk.registerly.server.scope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
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
 * What each device role holds after its pulls, field by field (issue 13): a teacher's tablet only its
 * classes' pupils (and a covered class's only while the cover is in force), without families' notes and
 * photos; a gate only the roster and today's register facts; and when what a device may hold changes (a
 * class moves, a cover begins or ends, a new day at the gate) the pull tells it what to drop and serves
 * what it newly may see from behind its cursor, skipping nothing. Runs on its own server, whose clock
 * the tests move on from Wednesday 18 November 2026, 10:30.
 */
class DeviceScopeTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate WEDNESDAY = LocalDate.ofInstant(TestServers.NOW, LONDON);
    private static final LocalDate TUESDAY = WEDNESDAY.minusDays(1);
    private static final LocalDate THURSDAY = WEDNESDAY.plusDays(1);
    private static final Set<String> REGISTER_FACTS =
            Set.of("REGISTER_MARK", "ARRIVAL", "ARRIVAL_WITHDRAWN", "REASON", "AMENDMENT");
    /** Sign-outs, returns and roll calls (issue 15): every staff device of the pupils it holds receives them. */
    private static final Set<String> SCHOOL_DAY = Set.of("EARLY_DEPARTURE", "RETURNED", "ROLL_CALL_STARTED",
            "ROLL_CALL_ACCOUNTED", "ROLL_CALL_ENDED");
    private static final Set<String> GATES_TYPES = union(REGISTER_FACTS, SCHOOL_DAY);
    private static final Set<String> TEACHERS_TYPES = union(GATES_TYPES, Set.of("ABSENCE_REPORT",
            "ABSENCE_REPORT_UPDATED", "ABSENCE_REPORT_CANCELLED", "ABSENCE_REPORT_PROCESSED"));

    private static SettableClock clock;
    private static RegisterlyServer server;
    private static ApiClient api;

    private final TestEvents e = new TestEvents();
    private DemoSchool school;
    private DemoSchool.DemoClass first;
    private DemoSchool.DemoClass second;
    private String office;
    private String gate;
    private String firstTeacher;
    private String secondTeacher;
    private String parent;

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
    void aSchoolOnWednesday() {
        clock.set(TestServers.NOW);
        school = server.demoSchools().create(DemoSchoolOptions.small().withName("Scope Primary"));
        first = school.classes().get(0);
        second = school.classes().get(1);
        office = api.enrol(school.officeCode());
        gate = api.enrol(school.gateCode());
        firstTeacher = api.enrol(first.teacherCode());
        secondTeacher = api.enrol(second.teacherCode());
        parent = api.signInParent(school.parentInvitationCode());
    }

    // ---------------------------------------------------------------- the scopes, field by field

    @Test
    void aTeachersFullPullHoldsOnlyItsClassesPupilsAndNoFamilysNoteOrPhotoNorCallOrLeaveNotes() {
        History history = history();
        FullPull pulled = pull(firstTeacher, "0", 1000);
        Set<String> own = ids(first.pupils());

        JsonNode scope = onlyScope(pulled);
        assertEquals("TEACHER", scope.get("role").asText());
        assertEquals(first.teacherId().toString(), scope.get("staffId").asText());
        assertFalse(scope.get("everyPupil").asBoolean());
        assertEquals(own, texts(scope.get("pupils")));
        assertEquals(1, scope.get("classes").size());
        assertEquals(first.id().toString(), scope.get("classes").get(0).get("classId").asText());
        assertEquals("TEACHES", scope.get("classes").get(0).get("grant").asText());
        assertEquals(union(TEACHERS_TYPES, SCHOOL_DAY), texts(scope.get("eventTypes")));
        assertEquals(Set.of("note", "evidence"), texts(scope.get("withheldPayload").get("ABSENCE_REPORT")));

        // roster: the school, the whole staff (names and positions for the PIN screen), its class, its pupils
        assertEquals(Set.of("SCHOOL", "STAFF", "CLASS", "PUPIL"), kinds(pulled.roster()));
        assertEquals(Set.of(first.id().toString()), pulled.entityIds("CLASS"));
        assertEquals(own, pulled.entityIds("PUPIL"));
        assertEquals(Set.of(first.teacherId().toString(), second.teacherId().toString(), school.cover().staffId().toString()),
                intersection(pulled.entityIds("STAFF"), Set.of(first.teacherId().toString(),
                        second.teacherId().toString(), school.cover().staffId().toString())));
        for (JsonNode staff : of(pulled.roster(), "STAFF")) {
            assertEquals(Set.of("id", "misId", "name", "position"), fields(staff.get("data")));
        }

        // events: every fact and report of its pupils, nothing of anyone else's, no note, photo or gate note
        assertEquals(history.officeSees(p -> own.contains(p.get("pupil").asText())
                && TEACHERS_TYPES.contains(p.get("type").asText())), pulled.eventIds());
        for (JsonNode event : pulled.events()) {
            assertTrue(own.contains(event.get("pupil").asText()), event.toString());
            assertTrue(TEACHERS_TYPES.contains(event.get("type").asText()), event.toString());
            assertEquals(teachersPayloadFields(event), fields(event.get("payload")), event.toString());
        }
        JsonNode report = byId(pulled, history.firstChildsReport);
        assertEquals("ILLNESS", report.get("payload").get("category").asText());
        assertEquals(THURSDAY.toString(), report.get("payload").get("from").asText());
        assertEquals(List.of("AM", "PM"), textList(report.get("payload").get("sessions")));
        JsonNode declined = pulled.events().stream().filter(ev -> ev.get("type").asText().equals("ABSENCE_REPORT_PROCESSED"))
                .findFirst().orElseThrow();
        assertEquals(Set.of("pupil", "report", "outcome"), fields(declined.get("payload")));
        assertFalse(pulled.text().contains("Sick overnight"), "a parent's note reached a teacher");
        assertFalse(pulled.text().contains(history.evidence.toString()), "a photo's id reached a teacher");
        assertFalse(pulled.text().contains("Rang both numbers"), "a call note reached a teacher");
        assertFalse(pulled.text().contains("Not exceptional"), "a leave decision's note reached a teacher");
    }

    @Test
    void aGatesFullPullHoldsTheRosterAndTodaysRegisterFactsOnlyNeverHistoryOrReports() {
        History history = history();
        FullPull pulled = pull(gate, "0", 1000);

        JsonNode scope = onlyScope(pulled);
        assertEquals("GATE", scope.get("role").asText());
        assertEquals(WEDNESDAY.toString(), scope.get("day").asText());
        assertTrue(scope.get("everyPupil").asBoolean());
        assertEquals(GATES_TYPES, texts(scope.get("eventTypes")));
        Set<String> withheld = new java.util.HashSet<>(uk.registerly.rules.pupil.PupilCharacteristics.FIELD_NAMES);
        withheld.add("dateOfBirth");
        assertEquals(withheld, texts(scope.get("withheldRoster").get("PUPIL")));

        assertEquals(Set.of("SCHOOL", "STAFF", "CLASS", "PUPIL"), kinds(pulled.roster()));
        assertEquals(ids(school.allPupils()), pulled.entityIds("PUPIL"));
        for (JsonNode pupil : of(pulled.roster(), "PUPIL")) {
            // A leaver's or joiner's on-roll dates come too: the gate refuses a pupil who is no longer on roll.
            Set<String> fields = new java.util.HashSet<>(fields(pupil.get("data")));
            fields.removeAll(Set.of("onRollFrom", "onRollUntil"));
            assertEquals(Set.of("id", "misId", "firstName", "lastName", "yearGroup", "classId", "schoolId"),
                    fields, "names, year group, class and the card's ids: " + pupil);
        }
        assertEquals(history.officeSees(p -> REGISTER_FACTS.contains(p.get("type").asText())
                && WEDNESDAY.toString().equals(day(p))), pulled.eventIds());
        assertFalse(pulled.events().isEmpty());
        for (JsonNode event : pulled.events()) {
            assertTrue(REGISTER_FACTS.contains(event.get("type").asText()), event.toString());
            assertEquals(WEDNESDAY.toString(), day(event), "no history at the gate: " + event);
        }
        assertFalse(pulled.text().contains("Sick overnight"));
        assertFalse(pulled.text().contains("Rang both numbers"));
    }

    @Test
    void aGateOnANewDayIsToldToDropYesterdayAndServedTodaysFactsRecordedBeforeIt() {
        // Wednesday: the office records Thursday's medical appointment in advance; the gate does not see it yet.
        ObjectNode appointment = e.reason(first.pupils().get(2), THURSDAY, "AM", "M");
        accepted(office, appointment);
        accepted(gate, e.arrival(first.pupils().get(1), WEDNESDAY, 9, 2));
        FullPull wednesday = pull(gate, "0", 1000);
        assertFalse(wednesday.eventIds().contains(appointment.get("id").asText()));

        at(THURSDAY, 9, 30);
        ObjectNode late = e.arrival(first.pupils().get(3), THURSDAY, 9, 3);
        accepted(gate, late);
        accepted(office, e.amendment(first.pupils().get(1), WEDNESDAY, "PM", "M", "letter seen", school.officeStaffSignature()));
        FullPull thursday = pull(gate, wednesday.next(), 1000);

        JsonNode scope = onlyScope(thursday);
        assertEquals(THURSDAY.toString(), scope.get("day").asText());
        assertEquals(Set.of(appointment.get("id").asText(), late.get("id").asText()), thursday.eventIds(),
                "Thursday's facts, the one recorded on Wednesday included; nothing about Wednesday");
        assertTrue(thursday.roster().isEmpty(), "the roster it holds is unchanged: " + thursday.roster());
        assertTrue(thursday.next().contains("~"), thursday.next());
        assertEquals(0, pull(gate, thursday.next(), 1000).events().size(), "served once");
    }

    // ---------------------------------------------------------------- cover

    @Test
    void aCoverBringsTheClassAndItsHistoryForItsDaysAndTakesItAwayAfter() {
        History history = history();
        FullPull before = pull(firstTeacher, "0", 1000);
        ObjectNode markedByCover = e.mark(second.pupils().get(3), WEDNESDAY, "AM", "/");
        refused(firstTeacher, markedByCover);

        Response cover = api.post("/api/v1/cover", office, Map.of("classId", second.id().toString(),
                "staffId", first.teacherId().toString(), "from", WEDNESDAY.toString(), "to", WEDNESDAY.toString()));
        assertEquals(201, cover.status(), cover.toString());
        assertEquals(second.name(), cover.text("className"));
        FullPull during = pull(firstTeacher, before.next(), 1000);

        Set<String> both = union(ids(first.pupils()), ids(second.pupils()));
        JsonNode scope = onlyScope(during);
        assertEquals(both, texts(scope.get("pupils")));
        JsonNode grant = grantOf(scope, second.id());
        assertEquals("COVER", grant.get("grant").asText());
        assertEquals(cover.text("id"), grant.get("coverId").asText());
        assertEquals(WEDNESDAY.toString(), grant.get("from").asText());
        assertEquals(WEDNESDAY.toString(), grant.get("to").asText());
        assertEquals("TEACHES", grantOf(scope, first.id()).get("grant").asText());
        // The covered class's history lay behind the cursor: served now, all of it, and nothing else.
        assertEquals(ids(second.pupils()), during.entityIds("PUPIL"));
        assertEquals(Set.of(second.id().toString()), during.entityIds("CLASS"));
        assertEquals(history.officeSees(p -> both.contains(p.get("pupil").asText())
                && TEACHERS_TYPES.contains(p.get("type").asText())), union(before.eventIds(), during.eventIds()));
        for (JsonNode event : during.events()) {
            assertEquals(teachersPayloadFields(event), fields(event.get("payload")), event.toString());
        }
        assertEquals(200, api.get("/api/v1/pupils/" + second.pupils().get(3) + "/attendance", firstTeacher).status());

        // The cover's days only: today's mark is accepted, Tuesday's (before the cover) is not.
        accepted(firstTeacher, markedByCover);
        refused(firstTeacher, e.mark(second.pupils().get(2), TUESDAY, "PM", "\\"));
        ObjectNode wednesdayAfternoon = e.mark(second.pupils().get(2), WEDNESDAY, "PM", "\\");

        at(THURSDAY, 10, 30);
        ObjectNode ownTeachers = e.mark(second.pupils().get(3), THURSDAY, "AM", "/");
        accepted(secondTeacher, ownTeachers);
        FullPull after = pull(firstTeacher, during.next(), 1000);
        JsonNode dropped = onlyScope(after);
        assertEquals(ids(first.pupils()), texts(dropped.get("pupils")));
        assertEquals(1, dropped.get("classes").size());
        assertFalse(after.eventIds().contains(ownTeachers.get("id").asText()));
        assertTrue(after.roster().isEmpty(), after.roster().toString());
        refused(firstTeacher, e.mark(second.pupils().get(2), THURSDAY, "AM", "/"));
        assertEquals(404, api.get("/api/v1/pupils/" + second.pupils().get(3) + "/attendance", firstTeacher).status());
        // A mark recorded on the cover's day still arrives when the tablet pushes it late.
        accepted(firstTeacher, wednesdayAfternoon);
    }

    @Test
    void aRevokedCoverIsDroppedAtOnceAndGrantsNothingMore() {
        Response cover = api.post("/api/v1/cover", office, Map.of("classId", second.id().toString(),
                "staffId", first.teacherId().toString(), "from", WEDNESDAY.toString(), "to", THURSDAY.plusDays(1).toString()));
        assertEquals(201, cover.status(), cover.toString());
        FullPull during = pull(firstTeacher, "0", 1000);
        assertEquals(union(ids(first.pupils()), ids(second.pupils())), texts(onlyScope(during).get("pupils")));

        Response revoked = api.post("/api/v1/cover/" + cover.text("id") + "/revoke", office, Map.of());
        assertEquals(200, revoked.status(), revoked.toString());
        assertNotNull(revoked.text("revokedAt"));
        Response again = api.post("/api/v1/cover/" + cover.text("id") + "/revoke", office, Map.of());
        assertEquals(revoked.text("revokedAt"), again.text("revokedAt"), "revoking twice changes nothing");
        assertEquals(404, api.post("/api/v1/cover/" + cover.text("id") + "/revoke",
                api.enrol(server.demoSchools().create(DemoSchoolOptions.small().withName("Other")).officeCode()),
                Map.of()).status());

        FullPull after = pull(firstTeacher, during.next(), 1000);
        assertEquals(ids(first.pupils()), texts(onlyScope(after).get("pupils")));
        refused(firstTeacher, e.mark(second.pupils().get(1), WEDNESDAY, "PM", "\\"));
        JsonNode listed = api.get("/api/v1/cover", office).body().get("covers");
        JsonNode mine = null;
        for (JsonNode c : listed) {
            if (c.get("id").asText().equals(cover.text("id"))) {
                mine = c;
            }
        }
        assertNotNull(mine, listed.toString());
        assertEquals(revoked.text("revokedAt"), mine.get("revokedAt").asText());
    }

    @Test
    void theOfficeCannotAssignACoverThatMakesNoSense() {
        Map<String, String> good = Map.of("classId", second.id().toString(), "staffId", first.teacherId().toString(),
                "from", WEDNESDAY.toString(), "to", THURSDAY.toString());
        assertEquals(400, assign(with(good, "to", TUESDAY.toString())).status(), "ends before it begins");
        assertEquals(400, assign(with(with(good, "from", TUESDAY.minusDays(7).toString()), "to", TUESDAY.toString()))
                .status(), "has already ended");
        assertEquals(400, assign(with(good, "to", WEDNESDAY.plusDays(400).toString())).status(), "longer than a year");
        assertEquals(400, assign(with(good, "staffId", second.teacherId().toString())).status(), "its own teacher");
        assertEquals(404, assign(with(good, "classId", UUID.randomUUID().toString())).status(), "no such class");
        assertEquals(404, assign(with(good, "staffId", UUID.randomUUID().toString())).status(), "no such staff");
        assertEquals(201, assign(good).status());
        Response twice = assign(with(good, "from", THURSDAY.toString()));
        assertEquals(400, twice.status(), twice.toString());
        assertTrue(twice.text("message").contains("already covers"), twice.toString());
    }

    // ---------------------------------------------------------------- classes and pupils that move

    @Test
    void aClassMovedToAnotherTeacherIsDroppedByTheOldTabletAndBackfilledToTheNew() {
        History history = history();
        FullPull oldTeacher = pull(firstTeacher, "0", 1000);
        FullPull newTeacher = pull(secondTeacher, "0", 1000);

        Response moved = api.postRaw("/api/v1/roster/import/classes", office,
                "class_id,name,year_group,teacher_staff_ids\nC-" + first.name() + "," + first.name() + ","
                        + first.yearGroup() + ",S-T2\n", "text/csv");
        assertEquals(200, moved.status(), moved.toString());

        FullPull dropped = pull(firstTeacher, oldTeacher.next(), 1000);
        JsonNode nothing = onlyScope(dropped);
        assertEquals(Set.of(), texts(nothing.get("pupils")));
        assertEquals(0, nothing.get("classes").size());
        assertTrue(dropped.events().isEmpty() && dropped.roster().isEmpty(), dropped.toString());
        refused(firstTeacher, e.mark(first.pupils().get(1), WEDNESDAY, "PM", "\\"));

        FullPull gained = pull(secondTeacher, newTeacher.next(), 1000);
        Set<String> both = union(ids(first.pupils()), ids(second.pupils()));
        assertEquals(both, texts(onlyScope(gained).get("pupils")));
        assertEquals(ids(first.pupils()), gained.entityIds("PUPIL"));
        assertEquals(Set.of(first.id().toString()), gained.entityIds("CLASS"));
        assertEquals(history.officeSees(p -> both.contains(p.get("pupil").asText())
                && TEACHERS_TYPES.contains(p.get("type").asText())), union(newTeacher.eventIds(), gained.eventIds()));
        accepted(secondTeacher, e.mark(first.pupils().get(1), WEDNESDAY, "PM", "\\"));
    }

    @Test
    void aPupilMovedToAnotherClassLeavesTheOldTeachersTabletAndReachesTheNewWithItsHistory() {
        History history = history();
        UUID mover = first.pupils().get(3);
        FullPull oldTeacher = pull(firstTeacher, "0", 1000);
        FullPull newTeacher = pull(secondTeacher, "0", 1000);
        assertTrue(oldTeacher.pupilsOfEvents().contains(mover.toString()));

        PupilRow row = server.database().jdbi().withHandle(h -> h.createQuery("""
                        select mis_id, first_name, last_name, date_of_birth, year_group from pupils where id = :id""")
                .bind("id", mover).map((rs, c) -> new PupilRow(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5))).one());
        Response moved = api.postRaw("/api/v1/roster/import/pupils", office,
                "pupil_id,first_name,last_name,date_of_birth,year_group,class_id\n" + row.misId() + "," + row.firstName()
                        + "," + row.lastName() + "," + row.dateOfBirth() + "," + row.yearGroup() + ",C-" + second.name()
                        + "\n", "text/csv");
        assertEquals(200, moved.status(), moved.toString());

        FullPull left = pull(firstTeacher, oldTeacher.next(), 1000);
        Set<String> stay = ids(first.pupils().subList(0, 3));
        assertEquals(stay, texts(onlyScope(left).get("pupils")));
        assertTrue(left.events().isEmpty() && left.roster().isEmpty(), left.toString());

        FullPull joined = pull(secondTeacher, newTeacher.next(), 1000);
        Set<String> now = union(ids(second.pupils()), Set.of(mover.toString()));
        assertEquals(now, texts(onlyScope(joined).get("pupils")));
        assertEquals(Set.of(mover.toString()), joined.entityIds("PUPIL"));
        assertEquals(history.officeSees(p -> mover.toString().equals(p.get("pupil").asText())
                && TEACHERS_TYPES.contains(p.get("type").asText())), joined.eventIds(),
                "the pupil's history, recorded in the old class, behind the new teacher's cursor");
    }

    @Test
    void aBackfillLongerThanAPageResumesWhereItStoppedAndRestartsWhenTheScopeChangesAgain() {
        History history = history();
        FullPull before = pull(firstTeacher, "0", 1000);
        assertEquals(201, assign(Map.of("classId", second.id().toString(), "staffId", first.teacherId().toString(),
                "from", WEDNESDAY.toString(), "to", WEDNESDAY.toString())).status());

        // Two rows a page: the backfill of the covered class takes several pages.
        Response firstPage = api.get("/api/v1/sync/pull?since=" + before.next() + "&limit=2", firstTeacher);
        assertEquals(200, firstPage.status(), firstPage.toString());
        assertTrue(firstPage.body().get("hasMore").asBoolean());
        assertEquals(3, firstPage.text("next").split("~").length - 1, "a backfill cursor: " + firstPage.text("next"));
        FullPull rest1 = pull(firstTeacher, firstPage.text("next"), 2);
        Set<String> both = union(ids(first.pupils()), ids(second.pupils()));
        Set<String> served = union(union(before.eventIds(), ids(firstPage.body().get("events"))), rest1.eventIds());
        assertEquals(history.officeSees(p -> both.contains(p.get("pupil").asText())
                && TEACHERS_TYPES.contains(p.get("type").asText())), served, "nothing skipped across pages");
        assertTrue(rest1.scopes().isEmpty(), "told once");

        // Again, with the first teacher's own class moving away in the middle of the backfill.
        FullPull quiet = pull(secondTeacher, "0", 1000);
        assertEquals(201, assign(Map.of("classId", first.id().toString(), "staffId", second.teacherId().toString(),
                "from", WEDNESDAY.toString(), "to", WEDNESDAY.toString())).status());
        Response midway = api.get("/api/v1/sync/pull?since=" + quiet.next() + "&limit=2", secondTeacher);
        assertTrue(midway.body().get("hasMore").asBoolean());
        Response moved = api.postRaw("/api/v1/roster/import/classes", office,
                "class_id,name,year_group,teacher_staff_ids\nC-" + second.name() + "," + second.name() + ","
                        + second.yearGroup() + ",S-T1\n", "text/csv");
        assertEquals(200, moved.status(), moved.toString());
        FullPull afterMove = pull(secondTeacher, midway.body().get("next").asText(), 2);
        JsonNode scope = onlyScope(afterMove);
        assertEquals(ids(first.pupils()), texts(scope.get("pupils")), "now it only covers the first class");
        Set<String> firstClass = ids(first.pupils());
        for (JsonNode event : afterMove.events()) {
            assertTrue(firstClass.contains(event.get("pupil").asText()), "served after the notice: " + event);
        }
        Set<String> held = union(ids(midway.body().get("events")), afterMove.eventIds());
        held.removeIf(id -> !history.officeSees(p -> firstClass.contains(p.get("pupil").asText())).contains(id));
        assertEquals(history.officeSees(p -> firstClass.contains(p.get("pupil").asText())
                && TEACHERS_TYPES.contains(p.get("type").asText())), held, "nothing of the first class skipped");
    }

    @Test
    void aCursorFromBeforeScopesIsToldItsScopeAndServedNothingOutsideItFromThenOn() {
        history();
        String legacy = pull(office, "0", 1000).next();
        assertFalse(legacy.contains("~"), "an office's cursor names no scope: " + legacy);
        accepted(secondTeacher, e.mark(second.pupils().get(1), WEDNESDAY, "PM", "\\"));
        ObjectNode own = e.mark(first.pupils().get(1), WEDNESDAY, "PM", "\\");
        accepted(firstTeacher, own);
        FullPull pulled = pull(firstTeacher, legacy, 1000);
        assertEquals(ids(first.pupils()), texts(onlyScope(pulled).get("pupils")));
        assertEquals(Set.of(own.get("id").asText()), pulled.eventIds());
    }

    // ---------------------------------------------------------------- the school's history and the helpers

    /** What the school recorded, and what its office (which sees everything) pulls of it. */
    private final class History {
        final UUID firstChildsReport;
        final UUID evidence;
        private Set<String> officeIds;
        private List<JsonNode> officeEvents;

        History(UUID firstChildsReport, UUID evidence) {
            this.firstChildsReport = firstChildsReport;
            this.evidence = evidence;
        }

        Set<String> officeSees(Predicate<JsonNode> which) {
            if (officeEvents == null) {
                officeEvents = pull(office, "0", 1000).events();
            }
            Set<String> found = new TreeSet<>();
            officeEvents.stream().filter(which).forEach(ev -> found.add(ev.get("id").asText()));
            return found;
        }
    }

    /**
     * Tuesday's and this morning's registers of both classes, late arrivals with what the family told the
     * gate, a reason, a first-day call with its note, each family child's report for Thursday (with a note
     * and a photo; the first's declined with the office's note), and a refused leave request with its note.
     */
    private History history() {
        List<ObjectNode> firstMarks = new ArrayList<>();
        List<ObjectNode> secondMarks = new ArrayList<>();
        for (LocalDate day : List.of(TUESDAY, WEDNESDAY)) {
            for (String session : day.equals(WEDNESDAY) ? List.of("AM") : List.of("AM", "PM")) {
                first.pupils().forEach(p -> firstMarks.add(e.mark(p, day, session, p.equals(first.pupils().get(2)) ? "N" : "/")));
                second.pupils().forEach(p -> secondMarks.add(e.mark(p, day, session, "/")));
            }
        }
        accepted(firstTeacher, firstMarks.toArray(new ObjectNode[0]));
        accepted(secondTeacher, secondMarks.toArray(new ObjectNode[0]));
        List<ObjectNode> arrivals = new ArrayList<>();
        for (LocalDate day : List.of(TUESDAY, WEDNESDAY)) {
            for (UUID pupil : List.of(first.pupils().get(1), second.pupils().get(1))) {
                ObjectNode arrival = e.arrival(pupil, day, 9, 5);
                ((ObjectNode) arrival.get("payload")).put("reason", "With a parent or carer");
                arrivals.add(arrival);
            }
        }
        accepted(gate, arrivals.toArray(new ObjectNode[0]));
        ObjectNode call = e.event("CONTACT_ATTEMPT", TestEvents.payload(first.pupils().get(2)));
        ((ObjectNode) call.get("payload")).put("date", WEDNESDAY.toString()).put("outcome", "NO_ANSWER")
                .put("note", "Rang both numbers").put("at", WEDNESDAY.atTime(9, 40).toString());
        accepted(office, e.reason(second.pupils().get(2), TUESDAY, "PM", "I"), call);

        UUID firstChild = school.parentChildren().get(0);
        UUID secondChild = school.parentChildren().get(1);
        UUID photo = UUID.randomUUID();
        Response upload = api.post("/api/v1/parents/evidence", parent, Map.of("id", photo.toString(),
                "pupil", firstChild.toString(), "contentType", "image/jpeg",
                "data", Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, (byte) 0xD8, 1, 2})));
        assertEquals(201, upload.status(), upload.toString());
        ObjectNode report = e.absenceReport(firstChild, THURSDAY, THURSDAY, "ILLNESS");
        ((ObjectNode) report.get("payload")).put("evidence", photo.toString());
        ObjectNode other = e.absenceReport(secondChild, THURSDAY, THURSDAY, "ILLNESS");
        ObjectNode leave = e.event("LEAVE_REQUEST", TestEvents.payload(firstChild));
        ((ObjectNode) leave.get("payload")).put("from", "2027-01-11").put("to", "2027-01-12")
                .put("reason", "Grandparent's funeral abroad").putArray("sessions").add("AM").add("PM");
        accepted(parent, report, other, leave);
        ObjectNode declined = e.event("ABSENCE_REPORT_PROCESSED", TestEvents.payload(firstChild));
        ((ObjectNode) declined.get("payload")).put("report", report.get("id").asText()).put("outcome", "DECLINED")
                .put("note", "We saw her at the fair");
        ObjectNode refusedLeave = e.event("LEAVE_DECISION", TestEvents.payload(firstChild));
        ((ObjectNode) refusedLeave.get("payload")).put("request", leave.get("id").asText()).put("decision", "REFUSED")
                .put("note", "Not exceptional");
        accepted(office, declined, refusedLeave);
        return new History(UUID.fromString(report.get("id").asText()), photo);
    }

    private static FullPull pull(String token, String since, int limit) {
        return FullPull.from(api, token, since, limit);
    }

    private static JsonNode onlyScope(FullPull pulled) {
        assertEquals(1, pulled.scopes().size(), "one SCOPE notice: " + pulled.scopes());
        return pulled.scopes().get(0);
    }

    private static JsonNode grantOf(JsonNode scope, UUID classId) {
        for (JsonNode grant : scope.get("classes")) {
            if (grant.get("classId").asText().equals(classId.toString())) {
                return grant;
            }
        }
        throw new AssertionError("no grant of " + classId + " in " + scope);
    }

    /** The payload fields a teacher receives of an event as this test's history writes it. */
    private static Set<String> teachersPayloadFields(JsonNode event) {
        return switch (event.get("type").asText()) {
            case "REGISTER_MARK", "REASON" -> Set.of("pupil", "date", "session", "code", "at");
            case "AMENDMENT" -> Set.of("pupil", "date", "session", "code", "at", "reason", "by");
            case "ARRIVAL" -> Set.of("pupil", "at", "reason");
            case "ARRIVAL_WITHDRAWN" -> Set.of("pupil", "arrival", "at", "reason");
            case "ABSENCE_REPORT" -> Set.of("pupil", "from", "to", "sessions", "category");
            case "ABSENCE_REPORT_PROCESSED" -> Set.of("pupil", "report", "outcome");
            default -> throw new AssertionError("a teacher received " + event);
        };
    }

    private static String day(JsonNode event) {
        JsonNode payload = event.get("payload");
        return payload.has("date") ? payload.get("date").asText() : payload.get("at").asText().substring(0, 10);
    }

    private static JsonNode byId(FullPull pulled, UUID id) {
        return pulled.events().stream().filter(ev -> ev.get("id").asText().equals(id.toString())).findFirst()
                .orElseThrow(() -> new AssertionError("not pulled: " + id));
    }

    private void at(LocalDate day, int hour, int minute) {
        clock.set(day.atTime(LocalTime.of(hour, minute)).atZone(LONDON).toInstant());
    }

    private Response assign(Map<String, String> body) {
        return api.post("/api/v1/cover", office, body);
    }

    private static Map<String, String> with(Map<String, String> body, String field, String value) {
        Map<String, String> changed = new java.util.HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static void accepted(String token, ObjectNode... events) {
        Response r = api.post("/api/v1/sync/push", token, TestEvents.batch(events));
        assertEquals(200, r.status(), r.toString());
    }

    private static void refused(String token, ObjectNode event) {
        Response r = api.post("/api/v1/sync/push", token, TestEvents.batch(event));
        assertEquals(403, r.status(), r.toString());
    }

    private record PupilRow(String misId, String firstName, String lastName, String dateOfBirth, String yearGroup) {
    }

    private static List<JsonNode> of(List<JsonNode> roster, String kind) {
        return roster.stream().filter(r -> r.get("kind").asText().equals(kind)).toList();
    }

    private static Set<String> kinds(List<JsonNode> roster) {
        Set<String> kinds = new TreeSet<>();
        roster.forEach(r -> kinds.add(r.get("kind").asText()));
        return kinds;
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> names = new TreeSet<>();
        Iterator<String> it = node.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new TreeSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<String> textList(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static Set<String> ids(List<UUID> ids) {
        Set<String> texts = new TreeSet<>();
        ids.forEach(id -> texts.add(id.toString()));
        return texts;
    }

    private static Set<String> ids(JsonNode events) {
        Set<String> texts = new TreeSet<>();
        events.forEach(ev -> texts.add(ev.get("id").asText()));
        return texts;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return new TreeSet<>(both);
    }
}
