package uk.registerly.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.registerly.rules.cli.CommandRunner.json;
import static uk.registerly.rules.cli.CommandRunner.run;
import static uk.registerly.rules.cli.CommandRunner.scenario;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttendanceRulesCommandTest {
    private static final String EXAMPLE = scenario("format-example.json");

    @ParameterizedTest
    @ValueSource(strings = {"format-example", "lateness-boundaries"})
    void evaluateReproducesTheExpectedOutput(String name) {
        CommandRunner result = run("", "evaluate", CommandRunner.SCENARIOS.resolve(name + ".json").toString());
        assertEquals(0, result.exit, result.stderr);
        assertEquals(json(scenario(name + ".expected.json")), result.json());
        assertEquals("", result.stderr);
    }

    @Test
    void evaluateReadsStandardInputForDash() {
        CommandRunner result = run(EXAMPLE, "evaluate", "-");
        assertEquals(0, result.exit);
        assertEquals(json(scenario("format-example.expected.json")), result.json());
    }

    @Test
    void followUpAlertsAcrossHalfTermAndAnInsetDay() {
        CommandRunner result = run(scenario("follow-up-alerts.json"), "evaluate", "-");
        assertEquals(0, result.exit, result.stderr);
        assertEquals(json(scenario("follow-up-alerts.expected-alerts.json")),
                result.json().getAsJsonObject().get("alerts"));
    }

    @Test
    void codesListsAll34CodesWithTheirCounting() {
        CommandRunner result = run("", "codes");
        assertEquals(0, result.exit);
        JsonArray codes = result.json().getAsJsonArray();
        assertEquals(34, codes.size());
        assertEquals(json("{\"code\": \"/\", \"meaning\": \"Present at the morning register\", \"category\": \"PRESENT\","
                + " \"possible\": true, \"countsAs\": \"ATTENDANCE\"}"), codes.get(0));
        JsonObject x = codes.get(13).getAsJsonObject();
        assertEquals("X", x.get("code").getAsString());
        assertEquals("LEAVE_OF_ABSENCE", x.get("category").getAsString());
        assertFalse(x.get("possible").getAsBoolean());
        assertEquals("NOT_COUNTED", x.get("countsAs").getAsString());
        assertEquals("#", codes.get(33).getAsJsonObject().get("code").getAsString());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "\"code\": \"N\"|\"code\": \"H\"|events[0].code: unknown code \"H\" (legacy pre-2024 code; ",
        "\"asOf\": \"2026-09-09\",||asOf: required field is missing",
        "\"asOf\": \"2026-09-09\"|\"asOf\": \"9/9/2026\"|asOf: expected a date like 2026-09-07, got \"9/9/2026\"",
        "\"type\": \"ARRIVAL\"|\"type\": \"ARRIVED\"|events[1].type: unknown event type \"ARRIVED\"",
        "\"session\": \"AM\", \"code\": \"N\"|\"session\": \"am\", \"code\": \"N\"|events[0].session: unknown session \"am\"",
        "\"by\": \"R Anand, Senior Attendance Officer\",||events[7].by: required field is missing",
        "\"reason\": \"left site without permission\",||events[7].reason: required field is missing",
        "\"pupil\": \"p1\", \"at\"|\"pupil\": \"p2\", \"at\"|events[1].pupil: unknown pupil \"p2\"",
        "\"at\": \"2026-09-07T08:50:00\"|\"at\": \"2026-09-07 08:50\"|events[1].at: expected a local school date-time",
        "\"closes\": \"09:15\"|\"closes\": \"08:15\"|school.registers[0]: closes 08:15 is before lateAfter 09:00",
        "\"code\": \"#\"|\"code\": \"I\"|calendar.closures[0].code: a closure takes # or an unable-to-attend code",
        "\"id\": \"e2\"|\"id\": \"e1\"|events[1].id: duplicate id \"e1\" with different content",
        "\"code\": \"N\"|\"code\": \"X\"|events[0].code: X is only for a pupil not of compulsory school age",
        "\"yearGroup\": \"9\"|\"yearGroup\": true|pupils[0].yearGroup: expected a string, got true",
        "\"terms\": [|\"terms\": 3, \"x\": [|calendar.terms: expected an array, got 3",
    })
    void badInputExitsWith2AndOneLineNamingTheField(String find, String replace, String expectedStart) {
        assertTrue(EXAMPLE.contains(find), find);
        CommandRunner result = run(EXAMPLE.replace(find, replace == null ? "" : replace), "evaluate", "-");
        assertEquals(2, result.exit);
        assertEquals("", result.stdout);
        assertTrue(result.stderr.startsWith(expectedStart), result.stderr);
        assertEquals(1, result.stderr.split("\n").length, "one line: " + result.stderr);
        assertFalse(result.stderr.contains("Exception"), result.stderr);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[]", "{} {}", "{\"asOf\": 2026-09-09}"})
    void malformedJsonIsOneLineAboutTheScenario(String text) {
        CommandRunner result = run(text, "evaluate", "-");
        assertEquals(2, result.exit);
        assertTrue(result.stderr.startsWith("scenario: "), result.stderr);
        assertEquals(1, result.stderr.split("\n").length);
    }

    @Test
    void aMissingFileIsNamed() {
        CommandRunner result = run("", "evaluate", "no/such/scenario.json");
        assertEquals(2, result.exit);
        assertEquals("no/such/scenario.json: no such file\n", result.stderr.replace("\r", ""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "evaluate", "codes extra", "simulate x"})
    void wrongArgumentsPrintUsageAndExit2(String args) {
        CommandRunner result = run("", args.isEmpty() ? new String[0] : args.split(" "));
        assertEquals(2, result.exit);
        assertTrue(result.stderr.startsWith("usage: attendance-rules"), result.stderr);
    }

    @Test
    void aLegacyCodeIsAcceptedThroughAnExplicitMapping() {
        String withMapping = EXAMPLE.replace("\"code\": \"N\"", "\"code\": \"H\"").replace("\"asOf\"",
                "\"legacyCodes\": {\"approvedBy\": \"P Shah, Headteacher\", \"map\": {\"H\": \"G\"}}, \"asOf\"");
        CommandRunner result = run(withMapping, "evaluate", "-");
        assertEquals(0, result.exit, result.stderr);
        // The arrival after close still turns the (mapped) G into U: G is not a present mark.
        assertEquals("U", result.json().getAsJsonObject().getAsJsonArray("marks").get(0).getAsJsonObject()
                .get("code").getAsString());
    }

    @Test
    void aPolicyPresetSuppliesTheRegistersAndUnknownPresetsAreNamed() {
        CommandRunner unknown = run(EXAMPLE.replace("\"asOf\"", "\"policy\": \"hogwarts\", \"asOf\""), "evaluate", "-");
        assertEquals(2, unknown.exit);
        assertTrue(unknown.stderr.startsWith("policy: unknown preset \"hogwarts\""), unknown.stderr);
    }

    @Test
    void unknownFieldsAreIgnored() {
        CommandRunner result = run(EXAMPLE.replace("\"asOf\"", "\"comment\": {\"any\": [1]}, \"asOf\""),
                "evaluate", "-");
        assertEquals(0, result.exit);
        assertEquals(json(scenario("format-example.expected.json")), result.json());
    }
}
