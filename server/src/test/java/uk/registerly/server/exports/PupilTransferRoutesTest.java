package uk.registerly.server.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;

/**
 * The office tablet's reads and writes of a pupil's transfer data (issue 17): the prior-school years an
 * imported CTF gave, with the UPN the school holds, and a UPN typed at the office — checked by the rules
 * module's Upn, one pupil per UPN, nothing written when refused.
 */
class PupilTransferRoutesTest extends ServerTest {

    private DemoSchool school;
    private String office;
    private UUID pupil;

    @BeforeEach
    void demoSchool() {
        school = server.demoSchools().create(DemoSchoolOptions.small());
        office = api.enrol(school.officeCode());
        pupil = school.parentChildren().get(0);
    }

    private String upnOf(UUID p) {
        return server.database().jdbi().withHandle(h -> h.createQuery(
                "select upn from pupil_characteristics where pupil_id = :p").bind("p", p).mapTo(String.class)
                .findOne().orElse(null));
    }

    @Test
    void theYearsOfAnImportedCtfAreServedWithTheUpnReadOnly() {
        String upn = upnOf(pupil);
        Response empty = api.get("/api/v1/pupils/" + pupil + "/prior-schools", office);
        assertEquals(200, empty.status(), empty.toString());
        assertEquals(upn, empty.body().get("upn").asText());
        assertEquals(0, empty.body().get("years").size());

        String ctf = "<CTfile><Header><DocumentName>Common Transfer File</DocumentName><CTFversion>25.0</CTFversion>"
                + "</Header><CTFpupilData><Pupil><UPN>" + upn + "</UPN><Attendance><YearData><Year>2025</Year>"
                + "<LEA>888</LEA><Estab>3001</Estab><SchoolName>Hill Top Primary</SchoolName>"
                + "<SessionsPossible>320</SessionsPossible><SessionsAuthorised>12</SessionsAuthorised>"
                + "<SessionsAttended>300</SessionsAttended><SessionsUnauthorised>8</SessionsUnauthorised></YearData>"
                + "</Attendance></Pupil></CTFpupilData></CTfile>";
        assertEquals(200, api.postRaw("/api/v1/imports/ctf", office, ctf, "application/xml").status());
        JsonNode years = api.get("/api/v1/pupils/" + pupil + "/prior-schools", office).body().get("years");
        assertEquals(1, years.size());
        assertEquals("Hill Top Primary", years.get(0).get("schoolName").asText());
        assertEquals(320, years.get(0).get("possible").asInt());
        assertEquals(300, years.get(0).get("attended").asInt());
        assertEquals(8, years.get(0).get("unauthorised").asInt());
        assertEquals(404, api.get("/api/v1/pupils/" + UUID.randomUUID() + "/prior-schools", office).status());
        assertEquals(403, api.get("/api/v1/pupils/" + pupil + "/prior-schools", api.enrol(school.teacherCode())).status());
    }

    @Test
    void aTypedUpnWithTheRightCheckLetterIsStoredAndAWrongOneNamesTheProblemAndWritesNothing() {
        String before = upnOf(pupil);
        Response wrong = api.put("/api/v1/pupils/" + pupil + "/upn", office, Map.of("upn", "A801200005001"));
        assertEquals(400, wrong.status(), wrong.toString());
        assertTrue(wrong.body().get("message").asText().contains("wrong check letter: A where the digits give B"),
                wrong.toString());
        assertEquals(before, upnOf(pupil), "nothing written");

        UUID other = school.allPupils().stream().filter(p -> !p.equals(pupil)).findFirst().orElseThrow();
        Response taken = api.put("/api/v1/pupils/" + other + "/upn", office, Map.of("upn", before));
        assertEquals(409, taken.status(), taken.toString());

        Response ok = api.put("/api/v1/pupils/" + pupil + "/upn", office, Map.of("upn", " b801200005001 "));
        assertEquals(200, ok.status(), ok.toString());
        assertEquals("B801200005001", ok.body().get("upn").asText());
        assertEquals("B801200005001", upnOf(pupil));
        long audited = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from audit_log where action = 'pupil.upn' and subject = :p")
                .bind("p", pupil.toString()).mapTo(Long.class).one());
        assertEquals(1, audited);
    }
}
