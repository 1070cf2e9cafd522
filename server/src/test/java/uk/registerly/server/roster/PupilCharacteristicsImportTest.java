package uk.registerly.server.roster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.pupil.PupilCharacteristics;
import uk.registerly.rules.pupil.SenStatus;
import uk.registerly.rules.pupil.Sex;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.FullPull;
import uk.registerly.server.testing.ServerTest;

/**
 * Issue 17, item 1: the pupils file's optional UPN, sex and characteristics columns are validated row
 * by row (the UPN with its check letter), stored apart from the roster, and never served to a
 * teacher's, gate's or parent's device.
 */
class PupilCharacteristicsImportTest extends ServerTest {

    private static String example(String name) throws IOException {
        return Files.readString(Path.of("examples", "roster", name + ".csv"));
    }

    private static Response upload(String token, String kind, String csv) {
        return api.postRaw("/api/v1/roster/import/" + kind, token, csv, "text/csv");
    }

    private record Imported(DemoSchool school, String office) {
    }

    private static Imported importExample() throws IOException {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
        String office = api.enrol(school.officeCode());
        for (String kind : new String[] {"staff", "classes"}) {
            assertEquals(200, upload(office, kind, example(kind)).status());
        }
        Response pupils = upload(office, "pupils", example("pupils-with-characteristics"));
        assertEquals(200, pupils.status(), pupils.toString());
        assertEquals(4, pupils.body().get("created").asInt(), pupils.toString());
        assertEquals(200, upload(office, "guardians", example("guardians")).status());
        return new Imported(school, office);
    }

    private static Map<String, PupilCharacteristics> byMisId(UUID school) {
        return server.database().jdbi().withHandle(h -> {
            Map<UUID, PupilCharacteristics> all = PupilCharacteristicsStore.forSchool(h, school);
            Map<String, PupilCharacteristics> named = new java.util.TreeMap<>();
            all.forEach((id, c) -> {
                String misId = h.createQuery("select mis_id from pupils where id = :id").bind("id", id)
                        .mapTo(String.class).one();
                if (!misId.matches("P0[0-9]{3}")) { // the demo school's own pupils (DemoExports) are not the file's
                    named.put(misId, c);
                }
            });
            return named;
        });
    }

    @Test
    void theExampleFileStoresEachPupilsUpnSexAndCharacteristics() throws IOException {
        Imported imported = importExample();
        Map<String, PupilCharacteristics> stored = byMisId(imported.school().schoolId());
        assertEquals(4, stored.size());
        PupilCharacteristics amara = stored.get("P1001");
        assertEquals("T919200118001", amara.upn().value());
        assertEquals(Sex.FEMALE, amara.sex());
        assertEquals(Boolean.TRUE, amara.fsm());
        assertEquals(SenStatus.NONE, amara.sen());
        assertEquals(Boolean.FALSE, amara.eal());
        assertEquals("BAFR", amara.ethnicity());
        PupilCharacteristics chloe = stored.get("P1003");
        assertEquals(SenStatus.EHC_PLAN, chloe.sen());
        assertEquals(Boolean.TRUE, chloe.lookedAfter());
        assertEquals(Boolean.TRUE, chloe.eal());
        assertEquals(Boolean.TRUE, chloe.childInNeed());
        assertEquals(SenStatus.SEN_SUPPORT, stored.get("P1002").sen());
        PupilCharacteristics daniel = stored.get("P1004");
        assertTrue(daniel.upn().isTemporary(), "Z91920011600D is a temporary UPN");
        assertNull(daniel.fsm(), "an empty cell is not known");
        assertNull(daniel.sen());
        assertEquals(LocalDate.of(2026, 12, 18), daniel.expectedLeavingDate());

        // The same file again changes nothing; the plain pupils file (no such columns) erases nothing.
        Response again = upload(imported.office(), "pupils", example("pupils-with-characteristics"));
        assertEquals(0, again.body().get("updated").asInt() + again.body().get("created").asInt(), again.toString());
        Response plain = upload(imported.office(), "pupils", example("pupils"));
        assertEquals(200, plain.status(), plain.toString());
        assertEquals(stored, byMisId(imported.school().schoolId()));

        // A changed characteristic alone is an updated row.
        Response changed = upload(imported.office(), "pupils", example("pupils-with-characteristics")
                .replace("G919200118002,M,N,K", "G919200118002,M,Y,K"));
        assertEquals(1, changed.body().get("updated").asInt(), changed.toString());
        assertEquals(Boolean.TRUE, byMisId(imported.school().schoolId()).get("P1002").fsm());
    }

    @Test
    void aWrongCheckLetterIsRefusedNamingTheRowAndNothingIsWritten() throws IOException {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
        String office = api.enrol(school.officeCode());
        upload(office, "staff", example("staff"));
        upload(office, "classes", example("classes"));
        String file = "pupil_id,first_name,last_name,date_of_birth,year_group,class_id,upn,sex,fsm,sen\n"
                + "P1,Ann,Lee,2018-01-01,3,C3P,B801200005001,F,N,N\n"
                + "P2,Bob,Ray,2018-01-01,3,C3P,A801200005001,M,N,N\n"
                + "P3,Cat,Kay,2018-01-01,3,C3P,B801200005001,F,N,N\n"
                + "P4,Dan,Fox,2018-01-01,3,C3P,,X,maybe,S\n";
        Response r = upload(office, "pupils", file);
        assertEquals(422, r.status(), r.toString());
        assertEquals("invalid_roster", r.text("error"));
        assertTrue(r.text("message").contains("line 3: UPN 'A801200005001' has the wrong check letter: A where the"
                + " digits give B"), r.toString());
        JsonNode problems = r.body().get("problems");
        assertEquals(3, problems.size(), r.toString());
        assertEquals(3, problems.get(0).get("line").asInt());
        assertEquals(4, problems.get(1).get("line").asInt());
        assertEquals("UPN 'B801200005001' is also on line 2: a UPN belongs to one pupil",
                problems.get(1).get("message").asText());
        assertEquals(5, problems.get(2).get("line").asInt());
        assertEquals("sex 'X' must be M or F", problems.get(2).get("message").asText(), "the row's first problem");
        assertEquals(Map.of(), byMisId(school.schoolId()), "nothing is written, not even the good row");

        // A UPN another pupil already holds is refused too.
        assertEquals(200, upload(office, "pupils", file.substring(0, file.indexOf("P2,"))).status());
        Response taken = upload(office, "pupils", "pupil_id,first_name,last_name,date_of_birth,year_group,class_id,upn\n"
                + "P9,Eve,Day,2018-01-01,3,C3P,b801200005001\n");
        assertEquals(422, taken.status(), taken.toString());
        assertTrue(taken.text("message").contains("line 2: UPN 'B801200005001' is already held by pupil_id 'P1'"),
                taken.toString());
    }

    @Test
    void noTeacherGateOrParentDeviceIsServedThemAndTheScopeNoticeSaysSo() throws IOException {
        Imported imported = importExample();
        String office = imported.office();
        UUID staff = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select id from staff where school_id = :s and mis_id = 'T001'")
                .bind("s", imported.school().schoolId()).mapTo(UUID.class).one());
        Response code = api.post("/api/v1/enrolment-codes", office, Map.of("role", "TEACHER", "staffId", staff.toString()));
        String teacher = api.enrol(code.text("code"));
        String gate = api.enrol(imported.school().gateCode());
        UUID guardian = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select id from guardians where school_id = :s and mis_id = 'G501'")
                .bind("s", imported.school().schoolId()).mapTo(UUID.class).one());
        Response invitation = api.post("/api/v1/invitations", office, Map.of("guardianId", guardian.toString()));
        String parent = api.signInParent(invitation.text("code"));

        FullPull teachers = FullPull.from(api, teacher);
        assertTrue(teachers.text().contains("Amara"), "the teacher of 3 Patel holds Amara");
        for (FullPull pulled : new FullPull[] {teachers, FullPull.from(api, gate), FullPull.from(api, parent),
                FullPull.from(api, office)}) {
            assertFalse(pulled.text().contains("T919200118001"), "no pull carries a UPN");
            for (JsonNode row : pulled.roster()) {
                if (row.get("kind").asText().equals("PUPIL")) {
                    for (String field : PupilCharacteristics.FIELD_NAMES) {
                        assertFalse(row.get("data").has(field), field + " in " + row);
                    }
                }
            }
        }
        JsonNode scope = teachers.scopes().get(0);
        assertTrue(scope.get("withheldRoster").get("PUPIL").toString().contains("\"fsm\""), scope.toString());
    }
}
