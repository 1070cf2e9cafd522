package uk.registerly.server.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.TestServers;

/**
 * Issue 17's exports on a demo school with a history, read back the way the receiving system would:
 * the CTF parsed as XML and compared with the pupil's figures from GET /pupils/{id}/attendance, the
 * census and daily files as CSV and JSON, the marks as CSV.
 */
class ExportsTest extends ServerTest {

    private static final LocalDate TODAY = LocalDate.ofInstant(TestServers.NOW, java.time.ZoneId.of("Europe/London"));

    private record School(DemoSchool demo, String office) {
    }

    private static School school() {
        DemoSchool demo = server.demoSchools().create(DemoSchoolOptions.small().withHistorySchoolDays(15));
        return new School(demo, api.enrol(demo.officeCode()));
    }

    private static Document xml(String text) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> childNames(Element e) {
        List<String> names = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                names.add(c.getTagName());
            }
        }
        return names;
    }

    private static Element child(Element e, String name) {
        Element found = CtfImport.child(e, name);
        assertNotNull(found, name + " in " + e.getTagName());
        return found;
    }

    private static String text(Element e, String name) {
        return child(e, name).getTextContent();
    }

    private static List<CSVRecord> csv(String text) throws Exception {
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    @Test
    void aPupilsCtfCarriesTheFiguresOfTheirAttendanceAndTheMarksDayByDay() throws Exception {
        School s = school();
        UUID pupil = s.demo().classes().get(0).pupils().get(1);
        Response r = api.get("/api/v1/exports/ctf?pupil=" + pupil, s.office());
        assertEquals(200, r.status(), r.toString());
        assertEquals("application/xml", r.raw().headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
        assertEquals("attachment; filename=\"9992001_CTF_MMMMMMM_001.XML\"",
                r.raw().headers().firstValue("Content-Disposition").orElseThrow());
        Document ctf = xml(r.raw().body());
        Element root = ctf.getDocumentElement();
        assertEquals("CTfile", root.getTagName());
        assertEquals(List.of("Header", "CTFpupilData"), childNames(root));
        Element header = child(root, "Header");
        assertEquals(List.of("DocumentName", "CTFversion", "DateTime", "DocumentQualifier", "DataDescriptor",
                "SupplierID", "SourceSchool", "DestSchool"), childNames(header));
        assertEquals("Common Transfer File", text(header, "DocumentName"));
        assertEquals("25.0", text(header, "CTFversion"));
        assertEquals("partial", text(header, "DocumentQualifier"));
        assertTrue(text(header, "DateTime").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d"), text(header, "DateTime"));
        Element source = child(header, "SourceSchool");
        assertEquals(List.of("LEA", "Estab", "SchoolName", "AcademicYear"), childNames(source));
        assertEquals("999", text(source, "LEA"));
        assertEquals("2001", text(source, "Estab"));
        assertEquals("2026", text(source, "AcademicYear"));
        assertEquals(List.of("LEA", "Estab"), childNames(child(header, "DestSchool")));
        assertEquals("MMM", text(child(header, "DestSchool"), "LEA"));

        Element p = child(child(root, "CTFpupilData"), "Pupil");
        assertEquals(List.of("UPN", "Surname", "Forename", "DOB", "Sex", "Attendance"), childNames(p));
        assertTrue(uk.registerly.rules.pupil.Upn.isValid(text(p, "UPN")), text(p, "UPN"));
        assertTrue(List.of("M", "F").contains(text(p, "Sex")));
        assertTrue(ctf.getElementsByTagName("Gender").getLength() == 0, "CTF 25 uses Sex, not Gender");

        Element year = child(child(p, "Attendance"), "YearData");
        assertEquals(List.of("Year", "LEA", "Estab", "SchoolName", "SessionsPossible", "SessionsAuthorised",
                "SessionsAttended", "SessionsUnauthorised", "AttendSessions"), childNames(year));
        assertEquals("2026", text(year, "Year"));
        // The issue's check: the CTF's figures are those of GET /pupils/{id}/attendance over the same range.
        Response attendance = api.get("/api/v1/pupils/" + pupil + "/attendance?from=2026-09-01&to=" + TODAY, s.office());
        JsonNode figures = attendance.body().get("figures");
        assertTrue(figures.get("possibleSessions").asInt() > 10, figures.toString());
        assertTrue(figures.get("authorisedAbsenceSessions").asInt() + figures.get("unauthorisedAbsenceSessions").asInt() > 0,
                "the demo history has absences: " + figures);
        assertEquals(figures.get("possibleSessions").asText(), text(year, "SessionsPossible"));
        assertEquals(figures.get("attendanceSessions").asText(), text(year, "SessionsAttended"));
        assertEquals(figures.get("authorisedAbsenceSessions").asText(), text(year, "SessionsAuthorised"));
        assertEquals(figures.get("unauthorisedAbsenceSessions").asText(), text(year, "SessionsUnauthorised"));

        Element sessions = child(year, "AttendSessions");
        assertEquals("2026-09-01", text(sessions, "AttendanceStartDate"));
        String marks = text(sessions, "AttendanceMarks");
        assertEquals(2 * (ChronoUnit.DAYS.between(LocalDate.of(2026, 9, 1), TODAY) + 1), marks.length());
        // Every mark of the attendance answer is at its place in the string.
        for (JsonNode mark : attendance.body().get("marks")) {
            LocalDate date = LocalDate.parse(mark.get("date").asText());
            int at = 2 * (int) ChronoUnit.DAYS.between(LocalDate.of(2026, 9, 1), date)
                    + (mark.get("session").asText().equals("AM") ? 0 : 1);
            assertEquals(mark.get("code").asText().charAt(0), marks.charAt(at), date + " " + mark);
        }
        assertEquals("##", marks.substring(2 * (int) ChronoUnit.DAYS.between(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 15)), 2 * (int) ChronoUnit.DAYS.between(LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 15)) + 2), "Sunday has no session");

        Response again = api.get("/api/v1/exports/ctf?pupil=" + pupil + "&dest=8883001", s.office());
        assertTrue(again.raw().headers().firstValue("Content-Disposition").orElseThrow()
                .contains("9992001_CTF_8883001_001.XML"), "a sequence per destination");
        Response third = api.get("/api/v1/exports/ctf?pupil=" + pupil, s.office());
        assertTrue(third.raw().headers().firstValue("Content-Disposition").orElseThrow()
                .contains("9992001_CTF_MMMMMMM_002.XML"));
        long audited = server.database().jdbi().withHandle(h -> h.createQuery(
                "select count(*) from audit_log where school_id = :s and action = 'export.ctf'")
                .bind("s", s.demo().schoolId()).mapTo(Long.class).one());
        assertEquals(3, audited, "every export is audited");
    }

    @Test
    void theLeaversCtfHoldsTheDemoLeaverAndBadRequestsAreRefused() throws Exception {
        School s = school();
        Response r = api.get("/api/v1/exports/ctf?leavers=true", s.office());
        assertEquals(200, r.status(), r.toString());
        Document ctf = xml(r.raw().body());
        assertEquals(1, ctf.getElementsByTagName("Pupil").getLength(), "the demo school's one leaver");
        assertEquals(400, api.get("/api/v1/exports/ctf", s.office()).status());
        assertEquals(400, api.get("/api/v1/exports/ctf?leavers=true&dest=12", s.office()).status());
        assertEquals(404, api.get("/api/v1/exports/ctf?pupil=" + UUID.randomUUID(), s.office()).status());
        UUID pupil = s.demo().classes().get(0).pupils().get(0);
        server.database().jdbi().useHandle(h -> h.createUpdate("update pupil_characteristics set upn = null"
                + " where pupil_id = :p").bind("p", pupil).execute());
        Response noUpn = api.get("/api/v1/exports/ctf?pupil=" + pupil, s.office());
        assertEquals(409, noUpn.status(), noUpn.toString());
        assertTrue(noUpn.text("message").contains("UPN"), noUpn.toString());
        server.database().jdbi().useHandle(h -> h.createUpdate("delete from school_identifiers where school_id = :s")
                .bind("s", s.demo().schoolId()).execute());
        Response noIds = api.get("/api/v1/exports/daily?date=" + TODAY, s.office());
        assertEquals(409, noIds.status(), noIds.toString());
        assertTrue(noIds.text("message").contains("/api/v1/school/identifiers"));
        assertEquals(400, api.put("/api/v1/school/identifiers", s.office(),
                Map.of("urn", "12", "laCode", "999", "establishmentNumber", "2001")).status());
        Response set = api.put("/api/v1/school/identifiers", s.office(),
                Map.of("urn", "999201", "laCode", "999", "establishmentNumber", "2001"));
        assertEquals(200, set.status(), set.toString());
        assertEquals(200, api.get("/api/v1/exports/daily?date=" + TODAY, s.office()).status());
    }

    @Test
    void theCensusReturnCountsEachPupilsSessionsAndReasonsThatAddUp() throws Exception {
        School s = school();
        Response json = api.get("/api/v1/exports/census?term=autumn&year=2026", s.office());
        assertEquals(200, json.status(), json.toString());
        JsonNode body = json.body();
        assertEquals("2026-08-01", body.get("from").asText());
        assertEquals("2026-12-31", body.get("to").asText());
        assertEquals("spring census", body.get("collectedIn").asText());
        assertEquals(s.demo().allPupils().size(), body.get("rows").size());
        int possible = 0;
        for (JsonNode row : body.get("rows")) {
            int reasons = 0;
            for (var field = row.fields(); field.hasNext(); ) {
                var e = field.next();
                if (e.getKey().startsWith("T_Reason_")) {
                    reasons += e.getValue().asInt();
                }
            }
            assertEquals(row.get("TermlySessionsAuthorised").asInt() + row.get("TermlySessionsUnauthorised").asInt(),
                    reasons, row.toString());
            assertEquals(row.get("TermlySessionsPossible").asInt(), row.get("TermlySessionsAttended").asInt()
                    + row.get("TermlySessionsAuthorised").asInt() + row.get("TermlySessionsUnauthorised").asInt());
            possible += row.get("TermlySessionsPossible").asInt();
        }
        assertEquals(possible, body.get("totalSessionsPossible").asInt());
        // The autumn census term from 1 August is the school year to date here: the figures agree.
        UUID pupil = s.demo().classes().get(1).pupils().get(0);
        JsonNode figures = api.get("/api/v1/pupils/" + pupil + "/attendance", s.office()).body().get("figures");
        String upn = server.database().jdbi().withHandle(h -> h.createQuery(
                "select upn from pupil_characteristics where pupil_id = :p").bind("p", pupil).mapTo(String.class).one());
        JsonNode row = null;
        for (JsonNode r : body.get("rows")) {
            if (upn.equals(r.path("UPN").asText())) {
                row = r;
            }
        }
        assertNotNull(row);
        assertEquals(figures.get("possibleSessions").asInt(), row.get("TermlySessionsPossible").asInt());
        assertEquals(figures.get("unauthorisedAbsenceSessions").asInt(), row.get("TermlySessionsUnauthorised").asInt());

        Response csv = api.get("/api/v1/exports/census?term=autumn&year=2026&format=csv", s.office());
        assertEquals(200, csv.status());
        assertTrue(csv.raw().headers().firstValue("Content-Disposition").orElseThrow()
                .contains("census-attendance-autumn-2026.csv"));
        List<CSVRecord> records = csv(csv.raw().body());
        assertEquals(body.get("rows").size(), records.size());
        assertEquals(CensusReturn.columns(), records.get(0).getParser().getHeaderNames());
        assertEquals(400, api.get("/api/v1/exports/census?term=winter&year=2026", s.office()).status());
        assertEquals(400, api.get("/api/v1/exports/census?term=spring&year=2027", s.office()).status(),
                "a term that has not begun");
        assertEquals(400, api.get("/api/v1/exports/census?term=autumn", s.office()).status());
    }

    @Test
    void theDailyDataHasTheDfesItemsAndEachSessionsCodeButNoFreeText() throws Exception {
        School s = school();
        LocalDate day = TODAY.minusDays(1);
        Response json = api.get("/api/v1/exports/daily?date=" + day, s.office());
        assertEquals(200, json.status(), json.toString());
        JsonNode rows = json.body().get("rows");
        assertEquals(s.demo().allPupils().size(), rows.size());
        for (JsonNode row : rows) {
            assertEquals("999201", row.get("SchoolURN").asText());
            assertEquals("999", row.get("LACode").asText());
            assertTrue(row.has("AMCode") && row.has("PMCode"), "a school day in the history: " + row);
            assertTrue(row.has("UPN") && row.has("Sex") && row.has("FSM") && row.has("SENSupport"), row.toString());
        }
        Response sunday = api.get("/api/v1/exports/daily?date=2026-11-15&format=csv", s.office());
        List<CSVRecord> records = csv(sunday.raw().body());
        assertEquals(DailyExtract.COLUMNS, records.get(0).getParser().getHeaderNames());
        assertEquals("#", records.get(0).get("AMCode"));
        assertFalse(sunday.raw().body().toLowerCase().contains("note"));
        assertEquals(400, api.get("/api/v1/exports/daily?date=" + TODAY.plusDays(1), s.office()).status());
        assertEquals(400, api.get("/api/v1/exports/daily?date=yesterday", s.office()).status());
    }

    @Test
    void theMarksForTheMisAreOnePerPupilSessionAndSayWhetherAmended() throws Exception {
        School s = school();
        LocalDate from = TODAY.minusDays(7);
        Response r = api.get("/api/v1/exports/marks?from=" + from + "&to=" + TODAY, s.office());
        assertEquals(200, r.status(), r.toString());
        List<CSVRecord> rows = csv(r.raw().body());
        int expected = 0;
        for (UUID pupil : s.demo().allPupils()) {
            JsonNode marks = api.get("/api/v1/pupils/" + pupil + "/attendance?from=" + from + "&to=" + TODAY, s.office())
                    .body().get("marks");
            for (JsonNode mark : marks) {
                if (!mark.get("source").asText().equals("CLOSURE")) {
                    expected++;
                }
            }
        }
        assertEquals(expected, rows.size());
        assertTrue(expected > 0);
        assertEquals(MarksExport.COLUMNS, rows.get(0).getParser().getHeaderNames());
        for (CSVRecord row : rows) {
            assertTrue(row.get("Amended").equals("Y") || row.get("Amended").equals("N"));
            assertTrue(uk.registerly.rules.pupil.Upn.isValid(row.get("UPN")));
        }
        assertEquals(400, api.get("/api/v1/exports/marks?from=" + TODAY + "&to=" + from, s.office()).status());
        assertEquals(400, api.get("/api/v1/exports/marks?from=2024-01-01&to=" + TODAY, s.office()).status());
    }

    @Test
    void aJoinersCtfGivesReadOnlyPriorYearsAndNeverTouchesContacts() throws Exception {
        School leaving = school();
        School joining = school();
        UUID pupil = leaving.demo().classes().get(0).pupils().get(2);
        String ctf = api.get("/api/v1/exports/ctf?pupil=" + pupil, leaving.office()).raw().body();
        // The demo schools allocate the same UPNs: the joining school's pupil at the same place has this UPN.
        assertEquals(200, api.put("/api/v1/school/identifiers", joining.office(),
                Map.of("urn", "888301", "laCode", "888", "establishmentNumber", "3001")).status());
        long guardians = count("guardians", joining.demo().schoolId()) + count("guardian_pupils", null);
        Response imported = api.postRaw("/api/v1/imports/ctf", joining.office(), ctf, "application/xml");
        assertEquals(200, imported.status(), imported.toString());
        assertEquals(1, imported.body().get("pupils").asInt());
        assertEquals(1, imported.body().get("years").asInt());
        JsonNode year = imported.body().get("imported").get(0).get("years").get(0);
        assertEquals("999", year.get("lea").asText());
        Element sent = child(child(child(xml(ctf).getDocumentElement(), "CTFpupilData"), "Pupil"), "Attendance");
        assertEquals(text(child(sent, "YearData"), "SessionsPossible"), year.get("possible").asText());
        assertEquals(guardians, count("guardians", joining.demo().schoolId()) + count("guardian_pupils", null),
                "no contact is created or linked");
        // Again: replaced, not added.
        assertEquals(200, api.postRaw("/api/v1/imports/ctf", joining.office(), ctf, "application/xml").status());
        UUID joiner = UUID.fromString(imported.body().get("imported").get(0).get("pupil").asText());
        assertEquals(1L, (long) server.database().jdbi().withHandle(h -> h.createQuery(
                "select count(*) from prior_attendance where pupil_id = :p").bind("p", joiner).mapTo(Long.class).one()));
        // The joining school's own CTF carries the earlier school's year on.
        Document onward = xml(api.get("/api/v1/exports/ctf?pupil=" + joiner, joining.office()).raw().body());
        assertEquals(2, onward.getElementsByTagName("YearData").getLength());
        assertEquals("999", ((Element) onward.getElementsByTagName("YearData").item(0))
                .getElementsByTagName("LEA").item(0).getTextContent());

        Response unknown = api.postRaw("/api/v1/imports/ctf", joining.office(),
                ctf.replaceAll("<UPN>[^<]*</UPN>", "<UPN>B801200005001</UPN>"), "application/xml");
        assertEquals(422, unknown.status(), unknown.toString());
        assertTrue(unknown.text("message").contains("no pupil of this school has UPN B801200005001"));
        Response doctype = api.postRaw("/api/v1/imports/ctf", joining.office(),
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><CTfile>&e;</CTfile>",
                "application/xml");
        assertEquals(400, doctype.status(), doctype.toString());
        assertEquals(400, api.postRaw("/api/v1/imports/ctf", joining.office(), "<nope/>", "application/xml").status());
    }

    private static long count(String table, UUID school) {
        return server.database().jdbi().withHandle(h -> school == null
                ? h.createQuery("select count(*) from " + table).mapTo(Long.class).one()
                : h.createQuery("select count(*) from " + table + " where school_id = :s").bind("s", school)
                        .mapTo(Long.class).one());
    }
}
