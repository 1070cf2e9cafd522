package uk.registerly.server.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;

/** Imports the documented example files (server/examples/roster) as an office would upload them. */
class RosterImportTest extends ServerTest {

    private static String example(String name) throws IOException {
        return Files.readString(Path.of("examples", "roster", name + ".csv"));
    }

    private static Response upload(String token, String kind, String csv) {
        return api.postRaw("/api/v1/roster/import/" + kind, token, csv, "text/csv");
    }

    @Test
    void theExampleExportImportsInOrderAndAgainChangesNothing() throws IOException {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
        String office = api.enrol(school.officeCode());
        String cursor = drain(office, "0", new ArrayList<>());

        int[][] expected = {{4}, {2}, {4}, {3}};
        String[] kinds = {"staff", "classes", "pupils", "guardians"};
        for (int i = 0; i < kinds.length; i++) {
            Response r = upload(office, kinds[i], example(kinds[i]));
            assertEquals(200, r.status(), r.toString());
            assertEquals(expected[i][0], r.body().get("created").asInt(), r.toString());
        }
        List<JsonNode> changes = new ArrayList<>();
        drain(office, cursor, changes);
        assertEquals(4 + 2 + 4 + 3, changes.size(), "the office pulls staff, classes, pupils and guardians");
        JsonNode daniel = changes.stream().filter(c -> "P1004".equals(c.get("data").path("misId").asText()))
                .findFirst().orElseThrow().get("data");
        assertEquals("2026-12-18", daniel.get("onRollUntil").asText());
        assertEquals("Daniel", daniel.get("firstName").asText());

        for (String kind : kinds) {
            Response again = upload(office, kind, example(kind));
            assertEquals(200, again.status(), again.toString());
            assertEquals(0, again.body().get("created").asInt() + again.body().get("updated").asInt(), kind);
        }
        List<JsonNode> afterReimport = new ArrayList<>();
        drain(office, cursor, afterReimport);
        assertEquals(changes.size(), afterReimport.size(), "re-importing the same export announces nothing new");

        // A teacher of 4 Carter pulls the school's staff, its own class and its pupils: no other, no guardian.
        List<JsonNode> carters = new ArrayList<>();
        drain(enrolTeacher(office, school, "T002"), "0", carters);
        assertEquals(Set.of("C4C"), misIds(carters, "CLASS"));
        assertEquals(Set.of("P1003", "P1004"), misIds(carters, "PUPIL"));
        assertEquals(Set.of(), misIds(carters, "GUARDIAN"));
        assertTrue(misIds(carters, "STAFF").containsAll(Set.of("T001", "T002", "T003", "A001")));

        Response moved = upload(office, "pupils", example("pupils").replace("P1002,Ben,Walker,2017-10-03,3,C3P",
                "P1002,Ben,Walker,2017-10-03,4,C4C"));
        assertEquals(1, moved.body().get("updated").asInt(), moved.toString());
    }

    private static Set<String> misIds(List<JsonNode> changes, String kind) {
        Set<String> ids = new TreeSet<>();
        changes.stream().filter(c -> c.get("kind").asText().equals(kind)).forEach(c -> ids.add(c.get("data").get("misId").asText()));
        return ids;
    }

    /** A TEACHER device enrolled for the staff member with MIS id {@code staffMisId}. */
    private static String enrolTeacher(String office, DemoSchool school, String staffMisId) {
        UUID staff = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select id from staff where school_id = :s and mis_id = :m")
                .bind("s", school.schoolId()).bind("m", staffMisId).mapTo(UUID.class).one());
        Response code = api.post("/api/v1/enrolment-codes", office, Map.of("role", "TEACHER", "staffId", staff.toString()));
        assertEquals(201, code.status(), code.toString());
        return api.enrol(code.text("code"));
    }

    @Test
    void aFileWithBadRowsNamesEveryLineAndImportsNothing() throws IOException {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
        String office = api.enrol(school.officeCode());
        assertEquals(200, upload(office, "staff", example("staff")).status());
        assertEquals(200, upload(office, "classes", example("classes")).status());
        String bad = "pupil_id,first_name,last_name,date_of_birth,year_group,class_id\n"
                + "P1,Ann,Lee,2018-01-01,3,C3P\n"
                + "P2,Bob,,2018-01-01,3,C3P\n"
                + "P3,Cat,Kay,01/02/2018,3,C3P\n"
                + "P4,Dan,Fox,2018-01-01,3,NOPE\n";
        Response r = upload(office, "pupils", bad);
        assertEquals(422, r.status(), r.toString());
        JsonNode problems = r.body().get("problems");
        assertEquals(3, problems.size(), r.toString());
        assertEquals(3, problems.get(0).get("line").asInt());
        assertTrue(problems.get(1).get("message").asText().contains("date_of_birth"));
        assertTrue(problems.get(2).get("message").asText().contains("NOPE"));
        long pupils = server.database().jdbi().withHandle(h -> h.createQuery(
                "select count(*) from pupils where school_id = :s and mis_id = 'P1'")
                .bind("s", school.schoolId()).mapTo(Long.class).one());
        assertEquals(0, pupils, "the good row is not imported either");

        Response missingColumn = upload(office, "guardians", "guardian_id,name\nG1,Jo\n");
        assertEquals(400, missingColumn.status());
        assertTrue(missingColumn.text("message").contains("pupil_ids"));
        assertEquals(404, upload(office, "teachers", "x\n").status());
    }

    @Test
    void theRequiredColumnsAreCheckedInTheHeaderTheRowsAreReadWith() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
        String office = api.enrol(school.officeCode());
        // One quoted column named "name, position": the file lacks both columns, whatever its commas say.
        Response oneColumn = upload(office, "staff", "staff_id,\"name, position\"\nS-Q1,\"Jo Bloggs, Teacher\"\n");
        assertEquals(400, oneColumn.status(), oneColumn.toString());
        assertTrue(oneColumn.text("message").contains("lacks the column(s) [name, position]"), oneColumn.toString());

        // A quoted extra column with a comma, before the required ones: each row's values stay in their columns.
        Response extra = upload(office, "staff", "\uFEFF\"Surname, first\",staff_id,name,position\r\n"
                + "\"Bloggs, Jo\",S-Q2,Jo Bloggs,\"Teaching Assistant, Year 3\"\r\n");
        assertEquals(200, extra.status(), extra.toString());
        assertEquals(1, extra.body().get("created").asInt(), extra.toString());
        String position = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select position from staff where school_id = :s and mis_id = 'S-Q2'")
                .bind("s", school.schoolId()).mapTo(String.class).one());
        assertEquals("Teaching Assistant, Year 3", position);
    }

    @Test
    void aBadRowInAFileNamesItsLine() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
        String office = api.enrol(school.officeCode());
        Response r = upload(office, "staff", "staff_id,name,position\nS-1,Jo,TA\n\"S-2,Al,TA\n");
        assertEquals(400, r.status(), r.toString());
        assertEquals("the CSV could not be read: line 3: a quoted field is not closed", r.text("message"));
    }

    private static String drain(String token, String cursor, List<JsonNode> changes) {
        while (true) {
            Response page = api.get("/api/v1/sync/pull?since=" + cursor, token);
            page.body().get("roster").forEach(changes::add);
            cursor = page.text("next");
            if (!page.body().get("hasMore").asBoolean()) {
                return cursor;
            }
        }
    }
}
