package uk.registerly.rules.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Runs the command in-process and captures what it prints. */
final class CommandRunner {
    static final Path SCENARIOS = Paths.get("src", "test", "resources", "scenarios");

    final int exit;
    final String stdout;
    final String stderr;

    private CommandRunner(int exit, String stdout, String stderr) {
        this.exit = exit;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    static CommandRunner run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = AttendanceRulesCommand.run(args,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true), new PrintStream(err, true));
        return new CommandRunner(exit, new String(out.toByteArray(), StandardCharsets.UTF_8),
                new String(err.toByteArray(), StandardCharsets.UTF_8));
    }

    static String scenario(String name) {
        try {
            return new String(Files.readAllBytes(SCENARIOS.resolve(name)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonElement json(String text) {
        return JsonParser.parseString(text);
    }

    JsonElement json() {
        return json(stdout);
    }
}
