package uk.registerly.server.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.registerly.server.testing.ApiClient;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;

/**
 * Issue 16's "done when" on the demo school: the due-now worklist lists demo pupils with their next action, a
 * pupil stands at each of Millbrook's stages, and the letter already sent downloads as a PDF whose text holds the
 * child's name and attendance percentage.
 */
class DemoCaseworkTest extends ServerTest {

    @Test
    void theDemoSchoolsCaseworkShowsEachStageADueActionAndALetterSent() throws Exception {
        DemoSchool demo = server.demoSchools().standard();
        String office = api.enrol(demo.officeCode());
        Response worklist = api.get("/api/v1/worklists/casework", office);
        assertEquals(200, worklist.status(), worklist.toString());
        assertTrue(worklist.body().get("due").size() > 0, worklist.toString());
        JsonNode persistent = null;
        for (JsonNode entry : worklist.body().get("due")) {
            if (entry.get("pupil").get("pupil").asText().equals(demo.allPupils().get(5).toString())) {
                persistent = entry;
            }
        }
        assertTrue(persistent != null, "the persistent absentee is due: " + worklist);
        assertEquals("COUNTY_REFERRAL", persistent.get("next").get("stage").asText());

        Set<String> stages = new HashSet<>();
        JsonNode withLetter = null;
        for (int i : new int[] {9, 10, 11, 12, 13}) {
            JsonNode casework = api.get("/api/v1/pupils/" + demo.allPupils().get(i) + "/casework", office).body();
            stages.add(casework.get("currentStage").get("id").asText());
            if (casework.get("letters").size() > 0) {
                withLetter = casework;
            }
        }
        assertEquals(Set.of("STAGE_1", "STAGE_2", "STAGE_3", "STAGE_4", "COUNTY_REFERRAL"), stages);
        assertTrue(withLetter != null, "one letter already sent");
        JsonNode letter = withLetter.get("letters").get(0);
        assertEquals("pl", letter.get("language").asText());
        ApiClient.Bytes pdf = api.getBytes("/api/v1/letters/" + letter.get("id").asText() + ".pdf", office);
        assertEquals(200, pdf.status());
        // Kept for docs/screenshots (pdftoppm -r 70 -png -f 1 -l 1 server/target/letters/demo-letter-pl.pdf ...).
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/letters"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/letters/demo-letter-pl.pdf"), pdf.body());
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(doc);
        }
        String name = withLetter.get("pupil").get("firstName").asText() + " " + withLetter.get("pupil").get("lastName").asText();
        assertTrue(text.contains(name), text);
        assertTrue(text.contains(withLetter.get("attendancePercent").asText() + "%"), text);
    }
}
