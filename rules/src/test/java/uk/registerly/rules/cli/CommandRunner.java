package uk.registerly.rules.cli;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the command in-process and captures what it prints. */
final class CommandRunner {
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

    static JsonElement json(String text) {
        return JsonParser.parseString(text);
    }

    JsonElement json() {
        return json(stdout);
    }
}
