package uk.registerly.rules.cli;

import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The sample scenarios in {@code src/test/resources/scenarios}: {@code NAME.json} is the
 * input; {@code NAME.expected.json} beside it, worked out by hand from the domain rules, is
 * the whole output the command must print ({@code NAME.expected-alerts.json}: its alerts only).
 */
final class ScenarioFiles {
    static final Path DIRECTORY = Paths.get("src", "test", "resources", "scenarios");

    private static final String INPUT = ".json";
    private static final String EXPECTED_OUTPUT = ".expected.json";
    private static final String EXPECTED_ALERTS = ".expected-alerts.json";

    private ScenarioFiles() {
    }

    static Path input(String scenario) {
        return DIRECTORY.resolve(scenario + INPUT);
    }

    /** The text of a file in the scenarios directory, e.g. {@code read("format-example.json")}. */
    static String read(String fileName) {
        try {
            return new String(Files.readAllBytes(DIRECTORY.resolve(fileName)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every scenario input (a {@code .json} file that is not an expectation), by name, in name order. */
    static List<String> all() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(INPUT) && !name.endsWith(EXPECTED_OUTPUT)
                            && !name.endsWith(EXPECTED_ALERTS))
                    .map(name -> name.substring(0, name.length() - INPUT.length()))
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenarios with a whole expected output beside them: what the command tests run. */
    static List<String> withExpectedOutput() {
        return all().stream().filter(ScenarioFiles::hasExpectedOutput).collect(Collectors.toList());
    }

    static boolean hasExpectedOutput(String scenario) {
        return Files.isRegularFile(DIRECTORY.resolve(scenario + EXPECTED_OUTPUT));
    }

    static boolean hasExpectedAlerts(String scenario) {
        return Files.isRegularFile(DIRECTORY.resolve(scenario + EXPECTED_ALERTS));
    }

    static JsonElement expectedAlerts(String scenario) {
        return JsonParser.parseString(read(scenario + EXPECTED_ALERTS));
    }

    /**
     * Fails unless {@code actual} is the scenario's expected output. JSON numbers compare by
     * value, so a rate matches when it is the same double. The message names the first
     * differing entry, since a year's marks are too long to compare by eye.
     */
    static void assertOutputMatches(String scenario, JsonElement actual) {
        JsonElement expected = JsonParser.parseString(read(scenario + EXPECTED_OUTPUT));
        if (!expected.equals(actual)) {
            fail(scenario + ": " + firstDifference(expected, actual));
        }
    }

    private static String firstDifference(JsonElement expected, JsonElement actual) {
        if (!expected.isJsonObject() || !actual.isJsonObject()) {
            return "expected " + expected + " but was " + actual;
        }
        JsonObject want = expected.getAsJsonObject();
        JsonObject got = actual.getAsJsonObject();
        if (!want.keySet().equals(got.keySet())) {
            return "expected the sections " + want.keySet() + " but got " + got.keySet();
        }
        for (String section : want.keySet()) {
            JsonElement w = want.get(section);
            JsonElement g = got.get(section);
            if (w.equals(g)) {
                continue;
            }
            if (w.isJsonArray() && g.isJsonArray()) {
                JsonArray ws = w.getAsJsonArray();
                JsonArray gs = g.getAsJsonArray();
                for (int i = 0; i < Math.min(ws.size(), gs.size()); i++) {
                    if (!ws.get(i).equals(gs.get(i))) {
                        return section + "[" + i + "]: expected " + ws.get(i) + " but was " + gs.get(i);
                    }
                }
                return section + ": expected " + ws.size() + " entries but got " + gs.size()
                        + (gs.size() > ws.size() ? ", the first extra " + gs.get(ws.size()) : "");
            }
            return section + ": expected " + w + " but was " + g;
        }
        return "outputs differ";
    }
}
