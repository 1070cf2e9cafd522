package uk.registerly.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.registerly.rules.cli.CommandRunner.json;
import static uk.registerly.rules.cli.CommandRunner.run;
import static uk.registerly.rules.cli.ScenarioFiles.read;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttendanceRulesCommandTest {
    private static final String EXAMPLE = read("format-example.json");

    /**
     * The format document's examples and the policy cases the issue is done with; each must
     * stay a scenario with its hand-checked output, so none can drop out of the run unseen.
     */
    private static final List<String> REQUIRED_SCENARIOS = Arrays.asList(
            "format-example", "format-alert-examples",
            "school-times-millbrook", "school-times-basildon", "school-times-lady-boswells", "school-times-wenlock",
            "holiday-caps-year-at-94-7", "penalty-threshold-across-half-term", "inset-day-inside-continuous-absence",
            "arrival-withdrawn-at-the-gate");
    private static final String WITHDRAWALS = read("arrival-withdrawn-at-the-gate.json");

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.registerly.rules.cli.ScenarioFiles#withExpectedOutput")
    void evaluateReproducesTheExpectedOutput(String name) {
        CommandRunner result = run("", "evaluate", ScenarioFiles.input(name).toString());
        assertEquals(0, result.exit, result.stderr);
        ScenarioFiles.assertOutputMatches(name, result.json());
        assertEquals("", result.stderr);
    }

    @Test
    void theDocumentedExamplesAndPolicyCasesAreAmongTheScenariosRun() {
        List<String> run = ScenarioFiles.withExpectedOutput();
        for (String required : REQUIRED_SCENARIOS) {
            assertTrue(run.contains(required), required + " is missing from " + run);
        }
    }

    @Test
    void everyScenarioHasAnExpectation() {
        for (String scenario : ScenarioFiles.all()) {
            assertTrue(ScenarioFiles.hasExpectedOutput(scenario) || ScenarioFiles.hasExpectedAlerts(scenario),
                    scenario + ".json has neither " + scenario + ".expected.json nor .expected-alerts.json beside it");
        }
    }

    @Test
    void evaluateReadsStandardInputForDash() {
        CommandRunner result = run(EXAMPLE, "evaluate", "-");
        assertEquals(0, result.exit);
        ScenarioFiles.assertOutputMatches("format-example", result.json());
    }

    @Test
    void followUpAlertsAcrossHalfTermAndAnInsetDay() {
        CommandRunner result = run(read("follow-up-alerts.json"), "evaluate", "-");
        assertEquals(0, result.exit, result.stderr);
        assertEquals(ScenarioFiles.expectedAlerts("follow-up-alerts"), result.json().getAsJsonObject().get("alerts"));
    }

    @Test
    void theHolidayYearsRateIsPrintedAsTheDoubleNearest18Over19() {
        CommandRunner result = run("", "evaluate", ScenarioFiles.input("holiday-caps-year-at-94-7").toString());
        assertEquals(0, result.exit, result.stderr);
        JsonObject p1 = result.json().getAsJsonObject().getAsJsonArray("pupils").get(0).getAsJsonObject();
        assertEquals(18.0 / 19.0, p1.get("attendanceRate").getAsDouble());
        assertTrue(result.stdout.contains("\"attendanceRate\": 0.9473684210526315"), "printed as a plain decimal");
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
        assertBadInput(EXAMPLE, find, replace, expectedStart);
    }

    /** {@code scenario} with {@code find} replaced is refused: exit 2, one line starting {@code expectedStart}. */
    private static void assertBadInput(String scenario, String find, String replace, String expectedStart) {
        assertTrue(scenario.contains(find), find);
        CommandRunner result = run(scenario.replace(find, replace == null ? "" : replace), "evaluate", "-");
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
        ScenarioFiles.assertOutputMatches("format-example", result.json());
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "\"arrival\": \"a1\", \"at\": \"2026-09-07T09:06:00\"|\"arrival\": \"m1\", \"at\": \"2026-09-07T09:06:00\"|events[3].arrival: no ARRIVAL event \"m1\" for pupil \"p1\"",
        "\"arrival\": \"a1\", \"at\": \"2026-09-07T09:06:00\"|\"arrival\": \"a4\", \"at\": \"2026-09-07T09:06:00\"|events[3].arrival: no ARRIVAL event \"a4\" for pupil \"p1\"",
        "\"arrival\": \"a1\", \"at\": \"2026-09-07T09:08:00\"|\"at\": \"2026-09-07T09:08:00\"|events[6].arrival: required field is missing",
        "\"arrival\": \"a4\", \"at\": \"2026-09-07T08:56:00\"|\"arrival\": \"a4\"|events[12].at: required field is missing",
    })
    void aWithdrawalMustNameAnArrivalOfTheSamePupil(String find, String replace, String expectedStart) {
        assertBadInput(WITHDRAWALS, find, replace, expectedStart);
    }

    @Test
    void withoutTheirWithdrawalsTheWrongCardsArrivalsWouldCount() {
        JsonObject scenario = json(WITHDRAWALS).getAsJsonObject();
        JsonArray kept = new JsonArray();
        for (JsonElement event : scenario.getAsJsonArray("events")) {
            if (!"ARRIVAL_WITHDRAWN".equals(event.getAsJsonObject().get("type").getAsString())) {
                kept.add(event);
            }
        }
        scenario.add("events", kept);
        CommandRunner result = run(scenario.toString(), "evaluate", "-");
        assertEquals(0, result.exit, result.stderr);
        JsonArray marks = result.json().getAsJsonObject().getAsJsonArray("marks");
        assertEquals(json("{\"pupil\": \"p1\", \"date\": \"2026-09-07\", \"session\": \"AM\", \"code\": \"L\","
                + " \"minutesLate\": 15}"), marks.get(0));
        assertEquals(json("{\"pupil\": \"p3\", \"date\": \"2026-09-07\", \"session\": \"AM\", \"code\": \"L\","
                + " \"minutesLate\": 20}"), marks.get(4));
        assertEquals(json("{\"pupil\": \"p4\", \"date\": \"2026-09-07\", \"session\": \"AM\", \"code\": \"L\","
                + " \"minutesLate\": 5}"), marks.get(6));
    }
}
