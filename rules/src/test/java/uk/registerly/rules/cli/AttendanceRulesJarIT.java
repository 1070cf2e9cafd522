package uk.registerly.rules.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The real {@code rules/target/attendance-rules.jar}, run as a user runs it, in its own JVM. */
class AttendanceRulesJarIT {
    private static final String JAR = System.getProperty("attendanceRules.jar", "target/attendance-rules.jar");

    private static final class Run {
        int exit;
        String stdout;
        String stderr;
    }

    private static Run java(String stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(Arrays.asList(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR));
        command.addAll(Arrays.asList(args));
        Process process = new ProcessBuilder(command).start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin.getBytes(StandardCharsets.UTF_8));
        }
        Run run = new Run();
        run.stdout = read(process.getInputStream());
        run.stderr = read(process.getErrorStream());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        run.exit = process.exitValue();
        return run;
    }

    private static String read(InputStream stream) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n; (n = stream.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
        }
        return new String(out.toByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void theJarIsBuilt() {
        assertTrue(new File(JAR).isFile(), JAR);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("uk.registerly.rules.cli.ScenarioFiles#withExpectedOutput")
    void theJarReproducesEachSampleScenario(String name) throws Exception {
        Run run = java("", "evaluate", ScenarioFiles.input(name).toString());
        assertEquals(0, run.exit, run.stderr);
        ScenarioFiles.assertOutputMatches(name, CommandRunner.json(run.stdout));
    }

    @Test
    void theJarListsTheCodes() throws Exception {
        Run run = java("", "codes");
        assertEquals(0, run.exit);
        assertEquals(34, CommandRunner.json(run.stdout).getAsJsonArray().size());
    }

    @Test
    void badInputFromStandardInputIsOneLineAndExit2WithoutAStackTrace() throws Exception {
        Run run = java(ScenarioFiles.read("format-example.json").replace("\"code\": \"N\"", "\"code\": \"H\""),
                "evaluate", "-");
        assertEquals(2, run.exit);
        assertEquals("", run.stdout);
        assertTrue(run.stderr.startsWith("events[0].code: unknown code \"H\" (legacy pre-2024 code;"), run.stderr);
        assertEquals(1, run.stderr.trim().split("\n").length);
        assertFalse(run.stderr.contains("\tat "), run.stderr);
    }
}
