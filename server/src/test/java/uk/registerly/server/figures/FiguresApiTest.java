package uk.registerly.server.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.registerly.rules.pupil.PupilCharacteristics;
import uk.registerly.rules.pupil.SenStatus;
import uk.registerly.server.auth.Role;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.roster.PupilCharacteristicsStore;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.ServerTest;
import uk.registerly.server.testing.StaffLogins;

/**
 * GET /api/v1/figures and /api/v1/trust/figures on demo schools with history: the groups add up to the school,
 * the school is its pupils' own figures added up, characteristics group as recorded, a trust is its schools.
 */
class FiguresApiTest extends ServerTest {

    private static final String[] COUNTS = {"pupils", "possibleSessions", "attendanceSessions",
        "authorisedAbsenceSessions", "unauthorisedAbsenceSessions", "persistentlyAbsentPupils", "severelyAbsentPupils",
        "lateBeforeCloseSessions", "lateAfterCloseSessions"};

    private static DemoSchool school;
    private static DemoSchool second;
    private static String office;

    @BeforeAll
    static void twoSchoolsWithHistory() {
        DemoSchoolOptions options = new DemoSchoolOptions("Figures Primary", List.of("3", "4"), 2, 12, 15, false);
        school = server.demoSchools().create(options);
        second = server.demoSchools().create(options.withName("Figures Second Primary"));
        office = api.enrol(school.officeCode());
    }

    private static void assertGroupsAddUp(JsonNode body, String groups) {
        for (String count : COUNTS) {
            if (groups.equals("weeks") && count.endsWith("Pupils") || groups.equals("weeks") && count.equals("pupils")) {
                continue; // a pupil is in every week: weeks add up in sessions, not in pupils
            }
            int sum = 0;
            for (JsonNode g : body.get(groups)) {
                sum += g.get(count).asInt();
            }
            assertEquals(body.get("total").get(count).asInt(), sum, groups + " " + count);
        }
    }

    @Test
    void byYearGroupAndClassTheGroupsAddUpToTheSchool() {
        Response years = api.get("/api/v1/figures?groupBy=yearGroup", office);
        assertEquals(200, years.status(), years.toString());
        JsonNode body = years.body();
        assertEquals(List.of("3", "4"), body.get("groups").findValuesAsText("group"));
        assertEquals(48, body.get("total").get("pupils").asInt());
        assertTrue(body.get("total").get("possibleSessions").asInt() > 48 * 2 * 10, body.get("total").toString());
        assertGroupsAddUp(body, "groups");
        assertGroupsAddUp(body, "weeks");
        assertTrue(body.get("total").get("persistentlyAbsentPupils").asInt() >= 1, "the demo's persistent absentee");
        assertTrue(body.get("national").size() > 5);

        Response classes = api.get("/api/v1/figures?groupBy=class", office);
        assertEquals(List.of("3A", "3B", "4A", "4B"), classes.body().get("groups").findValuesAsText("group"));
        assertGroupsAddUp(classes.body(), "groups");
        assertEquals(body.get("total"), classes.body().get("total"), "one school, however grouped");
    }

    @Test
    void theSchoolIsItsPupilsOwnFiguresAddedUp() {
        Response figures = api.get("/api/v1/figures", office);
        String from = figures.text("from");
        String to = figures.text("to");
        int possible = 0;
        int attended = 0;
        for (UUID pupil : school.allPupils()) {
            Response own = api.get("/api/v1/pupils/" + pupil + "/attendance?from=" + from + "&to=" + to, office);
            assertEquals(200, own.status(), own.toString());
            possible += own.body().get("figures").get("possibleSessions").asInt();
            attended += own.body().get("figures").get("attendanceSessions").asInt();
        }
        assertEquals(possible, figures.body().get("total").get("possibleSessions").asInt());
        assertEquals(attended, figures.body().get("total").get("attendanceSessions").asInt());
    }

    @Test
    void characteristicsGroupAsTheRosterRecordsThem() {
        server.database().jdbi().useTransaction(h -> {
            List<UUID> pupils = school.allPupils();
            for (int i = 0; i < pupils.size(); i++) {
                if (i % 8 == 7) {
                    // not recorded (the demo school records every pupil's: this pupil's are set back to unknown)
                    PupilCharacteristicsStore.put(h, school.schoolId(), pupils.get(i), PupilCharacteristics.builder().build());
                    continue;
                }
                PupilCharacteristicsStore.put(h, school.schoolId(), pupils.get(i), PupilCharacteristics.builder()
                        .fsm(i % 3 == 0).sen(i % 4 == 0 ? SenStatus.SEN_SUPPORT : SenStatus.NONE).build());
            }
        });
        Response fsm = api.get("/api/v1/figures?groupBy=fsm", office);
        assertEquals(200, fsm.status(), fsm.toString());
        assertEquals(List.of("false", "true", "unknown"), fsm.body().get("groups").findValuesAsText("group"));
        assertEquals(6, fsm.body().get("groups").get(2).get("pupils").asInt(), "1 pupil in 8 unrecorded");
        assertGroupsAddUp(fsm.body(), "groups");
        Response sen = api.get("/api/v1/figures?groupBy=sen", office);
        assertEquals(List.of("NONE", "SEN_SUPPORT", "unknown"), sen.body().get("groups").findValuesAsText("group"));
        Response sex = api.get("/api/v1/figures?groupBy=sex", office);
        assertEquals(List.of("unknown"), sex.body().get("groups").findValuesAsText("group"), "sex never recorded here");
    }

    @Test
    void badParametersAreRefusedByName() {
        Response groupBy = api.get("/api/v1/figures?groupBy=postcode", office);
        assertEquals(400, groupBy.status());
        assertTrue(groupBy.text("message").contains("groupBy must be one of"), groupBy.toString());
        Response backwards = api.get("/api/v1/figures?from=2026-11-10&to=2026-11-01", office);
        assertEquals(400, backwards.status());
        Response notADate = api.get("/api/v1/figures?from=yesterday", office);
        assertEquals(400, notADate.status());
        assertTrue(notADate.text("message").contains("from"), notADate.toString());
    }

    @Test
    void aTrustIsItsSchoolsAndSeesNoOtherSchool() {
        UUID trust = StaffLogins.trust(server, school.schoolId(), second.schoolId());
        String director = StaffLogins.token(server, api, Role.TRUST, trust);
        Response figures = api.get("/api/v1/trust/figures?groupBy=yearGroup", director);
        assertEquals(200, figures.status(), figures.toString());
        JsonNode body = figures.body();
        assertEquals(2, body.get("schools").size());
        for (String count : COUNTS) {
            int sum = 0;
            for (JsonNode s : body.get("schools")) {
                sum += s.get("total").get(count).asInt();
            }
            assertEquals(body.get("total").get(count).asInt(), sum, count);
        }
        assertGroupsAddUp(body, "groups");
        assertEquals(List.of("3", "4"), body.get("groups").findValuesAsText("group"), "year 3 of both schools is one row");
        Set<String> ids = new HashSet<>(body.get("schools").findValuesAsText("id"));
        assertEquals(Set.of(school.schoolId().toString(), second.schoolId().toString()), ids);

        Response one = api.get("/api/v1/figures?school=" + second.schoolId(), director);
        assertEquals(200, one.status(), one.toString());
        assertEquals(one.body().get("total"), body.get("schools").get(0).get("school").get("id").asText()
                .equals(second.schoolId().toString()) ? body.get("schools").get(0).get("total")
                : body.get("schools").get(1).get("total"));
        DemoSchool outsider = server.demoSchools().create(DemoSchoolOptions.small().withName("Not In The Trust"));
        assertEquals(404, api.get("/api/v1/figures?school=" + outsider.schoolId(), director).status());
        assertEquals(400, api.get("/api/v1/figures", director).status(), "a trust names the school");
        int audited = server.database().jdbi().withHandle(h -> h.createQuery(
                "select count(*) from audit_log where action = 'trust_figures.viewed' and school_id = :s")
                .bind("s", second.schoolId()).mapTo(Integer.class).one());
        assertEquals(1, audited, "each school's figures read for the trust are audited");
    }
}
