package uk.registerly.server.casework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.MessageDigest;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.FullPull;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestEvents;

/**
 * Issue 16's server side on a demo school (Millbrook's ladder; today is Wednesday 18 November 2026): the
 * due-now worklist, CASE_ACTION events checked by the rules and kept from teachers, a pupil's ladder and
 * history, and letters in the parent's language whose PDF text holds the pupil's real figures.
 */
class CaseworkTest extends ServerTest {

    private record Setting(DemoSchool school, String office, UUID pupil) {
    }

    /** The demo parent's first child, with eight sessions amended to O (unauthorised): well below 90%. */
    private static Setting pupilBelowNinetyPercent() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small().withHistorySchoolDays(10));
        String office = api.enrol(school.officeCode());
        UUID pupil = school.parentChildren().get(0);
        Response attendance = api.get("/api/v1/pupils/" + pupil + "/attendance", office);
        assertEquals(200, attendance.status(), attendance.toString());
        TestEvents e = new TestEvents();
        List<ObjectNode> amendments = new ArrayList<>();
        for (JsonNode mark : attendance.body().get("marks")) {
            if (amendments.size() == 8) {
                break;
            }
            if (mark.get("code").asText().equals("#")) {
                continue; // a closed session (the term's INSET day) is no session to amend
            }
            amendments.add(e.amendment(pupil, LocalDate.parse(mark.get("date").asText()), mark.get("session").asText(),
                    "O", "No reason given after follow-up", school.officeStaffSignature()));
        }
        Response pushed = api.post("/api/v1/sync/push", office, TestEvents.batch(amendments));
        assertEquals(200, pushed.status(), pushed.toString());
        return new Setting(school, office, pupil);
    }

    private static ObjectNode caseAction(TestEvents e, UUID pupil, String stage, String type, String signature) {
        ObjectNode p = TestEvents.payload(pupil);
        p.put("stage", stage).put("at", "2026-11-18T10:00:00").put("outcome", "DONE");
        p.putObject("action").put("type", type);
        String[] by = signature.split(", ", 2);
        p.putObject("by").put("name", by[0]).put("position", by[1]);
        return e.event("CASE_ACTION", p);
    }

    private static JsonNode entryOf(Response worklist, UUID pupil) {
        for (JsonNode entry : worklist.body().get("due")) {
            if (entry.get("pupil").get("pupil").asText().equals(pupil.toString())) {
                return entry;
            }
        }
        return null;
    }

    @Test
    void theDueNowWorklistListsThePupilWithTheLaddersNextAction() {
        Setting s = pupilBelowNinetyPercent();
        Response worklist = api.get("/api/v1/worklists/casework", s.office());
        assertEquals(200, worklist.status(), worklist.toString());
        JsonNode entry = entryOf(worklist, s.pupil());
        assertTrue(entry != null, worklist.toString());
        // Millbrook: "County referral below 90%" is the highest stage whose condition is met.
        assertEquals("COUNTY_REFERRAL", entry.get("next").get("stage").asText(), entry.toString());
        assertTrue(entry.get("next").get("dueNow").asBoolean());
        assertTrue(Double.parseDouble(entry.get("attendancePercent").asText()) < 90, entry.toString());
        assertEquals("REFERRAL", entry.get("next").get("actions").get(0).get("type").asText());
        long audited = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from audit_log where school_id = :s and action = 'casework.worklist_viewed'")
                .bind("s", s.school().schoolId()).mapTo(Long.class).one());
        assertEquals(1, audited);
    }

    @Test
    void aRecordedActionMovesTheCaseAndStaysInTheOffice() {
        Setting s = pupilBelowNinetyPercent();
        TestEvents e = new TestEvents();
        ObjectNode meeting = caseAction(e, s.pupil(), "STAGE_1", "MEETING", s.school().officeStaffSignature());
        ((ObjectNode) meeting.get("payload")).put("nextReview", "2026-11-25").put("notes", "Mum will call back");
        Response pushed = api.post("/api/v1/sync/push", s.office(), TestEvents.batch(meeting));
        assertEquals(200, pushed.status(), pushed.toString());

        Response casework = api.get("/api/v1/pupils/" + s.pupil() + "/casework", s.office());
        assertEquals(200, casework.status(), casework.toString());
        JsonNode body = casework.body();
        assertEquals("STAGE_1", body.get("currentStage").get("id").asText(), body.toString());
        assertEquals(1, body.get("history").size());
        assertEquals("Mum will call back", body.get("history").get(0).get("notes").asText());
        assertEquals("Rita Anand", body.get("history").get(0).get("by").get("name").asText());
        assertEquals("COUNTY_REFERRAL", body.get("nextDue").get("stage").asText(), "a higher stage's condition is met");
        assertEquals(6, body.get("ladder").size(), "Millbrook's five stages and the national penalty-notice stage");
        assertEquals("NOTICE_TO_IMPROVE", body.get("penaltyNotices").get(0).get("step").asText());
        long audited = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from audit_log where action = 'casework.viewed' and subject = :p")
                .bind("p", s.pupil().toString()).mapTo(Long.class).one());
        assertEquals(1, audited);

        // A teacher never sees casework: not the routes, not the events in its pull.
        String teacher = api.enrol(s.school().classes().get(0).teacherCode());
        assertEquals(403, api.get("/api/v1/pupils/" + s.pupil() + "/casework", teacher).status());
        assertEquals(403, api.get("/api/v1/worklists/casework", teacher).status());
        assertFalse(FullPull.from(api, teacher).events().toString().contains("CASE_ACTION"));
        assertTrue(FullPull.from(api, s.office()).events().toString().contains(meeting.get("id").asText()));
    }

    @Test
    void aCaseActionTheRulesRefuseWritesNothingAndSaysWhichField() {
        Setting s = pupilBelowNinetyPercent();
        TestEvents e = new TestEvents();
        ObjectNode noPosition = caseAction(e, s.pupil(), "STAGE_1", "CALL", s.school().officeStaffSignature());
        ((ObjectNode) noPosition.get("payload").get("by")).remove("position");
        Response r = api.post("/api/v1/sync/push", s.office(), TestEvents.batch(noPosition));
        assertEquals(422, r.status(), r.toString());
        assertTrue(r.body().get("results").get(0).get("reason").asText().contains("payload.by.position: is required"), r.toString());

        Response unknownStage = api.post("/api/v1/sync/push", s.office(),
                TestEvents.batch(caseAction(e, s.pupil(), "STAGE_9", "CALL", s.school().officeStaffSignature())));
        assertEquals(422, unknownStage.status(), unknownStage.toString());
        assertTrue(unknownStage.text("message").contains("STAGE_9 is not a stage of the school's ladder"));

        Response someoneElse = api.post("/api/v1/sync/push", s.office(),
                TestEvents.batch(caseAction(e, s.pupil(), "STAGE_1", "CALL", "Head Teacher, Headteacher")));
        assertEquals(403, someoneElse.status(), someoneElse.toString());

        ObjectNode withdrawal = caseAction(e, s.pupil(), "STAGE_1", "CALL", s.school().officeStaffSignature());
        ((ObjectNode) withdrawal.get("payload")).put("outcome", "WITHDRAWN").put("refersTo", UUID.randomUUID().toString());
        Response nothingToWithdraw = api.post("/api/v1/sync/push", s.office(), TestEvents.batch(withdrawal));
        assertEquals(422, nothingToWithdraw.status(), nothingToWithdraw.toString());
        assertTrue(nothingToWithdraw.text("message").contains("is not a case action of this pupil"));

        long stored = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select count(*) from events where pupil_id = :p and type = 'CASE_ACTION'")
                .bind("p", s.pupil()).mapTo(Long.class).one());
        assertEquals(0, stored);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFKC);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void aLetterInTheParentsLanguageHoldsThePupilsFiguresAndIsRecordedSent() throws Exception {
        Setting s = pupilBelowNinetyPercent();
        // The roster says the demo parent prefers Polish.
        List<String> children = server.database().jdbi().withHandle(h -> h.createQuery(
                        "select p.mis_id from pupils p join guardian_pupils gp on gp.pupil_id = p.id join guardians g"
                                + " on g.id = gp.guardian_id where g.school_id = :s and g.mis_id = 'G-DEMO' order by p.mis_id")
                .bind("s", s.school().schoolId()).mapTo(String.class).list());
        Response imported = api.postRaw("/api/v1/roster/import/guardians", s.office(),
                "guardian_id,name,relationship,email,phone,pupil_ids,preferred_language\n"
                        + "G-DEMO,Sam Demo-Parent,Mother,parent@example.org,07700 900001," + String.join(";", children) + ",pl\n",
                "text/csv");
        assertEquals(200, imported.status(), imported.toString());

        UUID caseAction = UUID.randomUUID();
        Map<String, Object> request = Map.of("caseActionId", caseAction.toString(), "stage", "STAGE_3",
                "contact", "the office on 01234 567890");
        Response sent = api.post("/api/v1/pupils/" + s.pupil() + "/letters", s.office(), request);
        assertEquals(201, sent.status(), sent.toString());
        assertEquals("pl", sent.text("language"));
        assertEquals("millbrook-stage-3", sent.text("template"));
        String letterId = sent.text("id");

        ApiClient.Bytes pdf = api.getBytes("/api/v1/letters/" + letterId + ".pdf", s.office());
        assertEquals(200, pdf.status());
        assertTrue(pdf.contentType().startsWith("application/pdf"), pdf.contentType());
        assertEquals(sent.text("sha256"), sha256(pdf.body()), "the stored PDF is the one whose hash was recorded");

        JsonNode casework = api.get("/api/v1/pupils/" + s.pupil() + "/casework", s.office()).body();
        String percent = casework.get("attendancePercent").asText();
        String name = casework.get("pupil").get("firstName").asText() + " " + casework.get("pupil").get("lastName").asText();
        String text = pdfText(pdf.body());
        assertTrue(text.contains("Szanowni Państwo (Sam Demo-Parent)"), text);
        assertTrue(text.contains("frekwencja " + name + " wynosi " + percent + "%"), text);
        assertTrue(text.contains("Dear Sam Demo-Parent,"), "English after the Polish: " + text);
        assertTrue(text.contains(name + "'s attendance is " + percent + "%"), text);
        assertTrue(text.contains("Zaświadczenie o frekwencji") && text.contains("Attendance certificate"),
                "Millbrook's stage 3 letter holds the attendance certificate");
        assertTrue(text.contains("O (Unauthorised absence: other)") || text.contains(": O ("), text);
        assertTrue(text.contains("Rita Anand") && text.contains("01234 567890"), text);

        JsonNode recorded = casework.get("history").get(0);
        assertEquals(caseAction.toString(), recorded.get("id").asText());
        assertEquals("LETTER", recorded.get("action").get("type").asText());
        assertEquals(sent.text("sha256"), recorded.get("letter").get("sha256").asText());
        assertEquals("STAGE_3", casework.get("currentStage").get("id").asText());

        // Sending again with the same id is a replay: the same letter, nothing new.
        Response again = api.post("/api/v1/pupils/" + s.pupil() + "/letters", s.office(), request);
        assertEquals(200, again.status(), again.toString());
        assertEquals(letterId, again.text("id"));

        // The parent sees it, reads it, and the office sees the read receipt.
        String parent = api.signInParent(s.school().parentInvitationCode());
        Response theirs = api.get("/api/v1/pupils/" + s.pupil() + "/letters", parent);
        assertEquals(1, theirs.body().get("letters").size(), theirs.toString());
        assertEquals(200, api.getBytes("/api/v1/letters/" + letterId + ".pdf", parent).status());
        ObjectNode read = TestEvents.payload(s.pupil());
        read.put("letter", letterId).put("at", "2026-11-18T10:20:00");
        Response receipt = api.post("/api/v1/sync/push", parent, TestEvents.batch(new TestEvents().event("LETTER_READ", read)));
        assertEquals(200, receipt.status(), receipt.toString());
        Response listed = api.get("/api/v1/pupils/" + s.pupil() + "/letters", s.office());
        assertEquals("2026-11-18T10:20:00", listed.body().get("letters").get(0).get("readAt").get(0).asText());
    }

    @Test
    void anUrduLetterIsRightToLeftUrduWithEnglishAfterIt() throws Exception {
        Setting s = pupilBelowNinetyPercent();
        Response sent = api.post("/api/v1/pupils/" + s.pupil() + "/letters", s.office(),
                Map.of("caseActionId", UUID.randomUUID().toString(), "stage", "STAGE_3", "language", "ur"));
        assertEquals(201, sent.status(), sent.toString());
        String text = pdfText(api.getBytes("/api/v1/letters/" + sent.text("id") + ".pdf", s.office()).body());
        assertTrue(text.contains("حاضری کے بارے میں باضابطہ خط"), text);
        assertTrue(text.contains("حاضری کا سرٹیفکیٹ"), text);
        assertTrue(text.indexOf("محترم") < text.indexOf("Dear Sam Demo-Parent"), text);
    }

    @Test
    void aLetterForAStageWithoutOneOrInAnUnknownLanguageIsRefused() {
        Setting s = pupilBelowNinetyPercent();
        Response noLetter = api.post("/api/v1/pupils/" + s.pupil() + "/letters", s.office(),
                Map.of("caseActionId", UUID.randomUUID().toString(), "stage", "STAGE_1"));
        assertEquals(400, noLetter.status(), noLetter.toString());
        assertTrue(noLetter.text("message").contains("has no LETTER action"));
        Response klingon = api.post("/api/v1/pupils/" + s.pupil() + "/letters", s.office(),
                Map.of("caseActionId", UUID.randomUUID().toString(), "stage", "STAGE_3", "language", "tlh"));
        assertEquals(400, klingon.status(), klingon.toString());
        long letters = server.database().jdbi().withHandle(h -> h.createQuery(
                "select count(*) from letters where pupil_id = :p").bind("p", s.pupil()).mapTo(Long.class).one());
        assertEquals(0, letters);
    }

    @Test
    void theSchoolEditsItsLadderAsANewVersionAndEachProblemNamesItsField() {
        DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
        String office = api.enrol(school.officeCode());
        Response current = api.get("/api/v1/school/ladder", office);
        assertEquals(200, current.status(), current.toString());
        assertTrue(current.body().get("preset").asBoolean());
        ObjectNode ladder = (ObjectNode) current.body().get("ladder").deepCopy();
        ((ObjectNode) ladder.get("stages").get(0).get("entry")).put("threshold", 150);
        Response refused = api.put("/api/v1/school/ladder", office, ladder);
        assertEquals(422, refused.status(), refused.toString());
        assertEquals("invalid_ladder", refused.text("error"));
        assertEquals("stages[0].entry.threshold", refused.body().get("fieldProblems").get(0).get("field").asText());

        ((ObjectNode) ladder.get("stages").get(0).get("entry")).put("threshold", 93);
        Response saved = api.put("/api/v1/school/ladder", office, ladder);
        assertEquals(200, saved.status(), saved.toString());
        int version = saved.body().get("version").asInt();
        assertEquals(current.body().get("version").asInt() + 1, version);
        Response after = api.get("/api/v1/school/ladder", office);
        assertFalse(after.body().get("preset").asBoolean());
        assertEquals(93, after.body().get("ladder").get("stages").get(0).get("entry").get("threshold").asInt());
        Response stale = api.put("/api/v1/school/ladder", office, ladder);
        assertEquals(409, stale.status(), "an edit of an older version is refused: " + stale);
    }
}
