package uk.registerly.rules.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import uk.registerly.rules.evaluation.AttendanceEvaluation;
import uk.registerly.rules.evaluation.Evaluator;

/**
 * {@code attendance-rules codes} and {@code attendance-rules evaluate FILE|-}: a thin
 * JSON adapter over {@link Evaluator}. Exit 0 with JSON on standard output; 2 with one
 * line on standard error for bad input or usage; 1 for an internal failure.
 */
public final class AttendanceRulesCommand {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int BAD_INPUT = 2;

    private static final String USAGE = "usage: attendance-rules codes | attendance-rules evaluate FILE|-";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping()
            .create();

    private AttendanceRulesCommand() {
    }

    public static void main(String[] args) {
        PrintStream stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true);
        PrintStream stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true);
        try {
            stdout = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
            stderr = new PrintStream(new FileOutputStream(FileDescriptor.err), true, "UTF-8");
        } catch (UnsupportedEncodingException impossible) {
            // UTF-8 is always supported; the platform streams above stay in use.
        }
        System.exit(run(args, System.in, stdout, stderr));
    }

    static int run(String[] args, InputStream stdin, PrintStream stdout, PrintStream stderr) {
        try {
            if (args.length == 1 && "codes".equals(args[0])) {
                print(CodesJson.codes(), stdout);
                return OK;
            }
            if (args.length == 2 && "evaluate".equals(args[0])) {
                print(evaluate(args[1], stdin), stdout);
                return OK;
            }
            stderr.println(USAGE);
            return BAD_INPUT;
        } catch (BadInputException e) {
            stderr.println(oneLine(e.getMessage()));
            return BAD_INPUT;
        } catch (RuntimeException e) {
            // A bug, not bad input: still one line, so callers never parse a stack trace.
            stderr.println("internal error: " + oneLine(String.valueOf(e)));
            return FAILED;
        }
    }

    private static JsonElement evaluate(String file, InputStream stdin) throws BadInputException {
        Scenario scenario;
        try (Reader reader = open(file, stdin)) {
            scenario = new ScenarioReader().read(reader);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, "no such file");
        } catch (IOException e) {
            throw new BadInputException(file, "cannot be read (" + e.getMessage() + ")");
        }
        AttendanceEvaluation evaluation = new Evaluator(scenario.policy, scenario.calendar)
                .evaluate(scenario.pupils, scenario.facts, scenario.asOf);
        return EvaluationJson.evaluation(evaluation, scenario.policyGiven && !scenario.policy.ladder().bands().isEmpty());
    }

    private static Reader open(String file, InputStream stdin) throws IOException {
        if ("-".equals(file)) {
            return new InputStreamReader(stdin, StandardCharsets.UTF_8) {
                @Override
                public void close() {
                    // standard input belongs to the caller
                }
            };
        }
        Path path = Paths.get(file);
        if (Files.isDirectory(path)) {
            throw new IOException("it is a directory");
        }
        return Files.newBufferedReader(path, StandardCharsets.UTF_8);
    }

    private static void print(JsonElement json, PrintStream stdout) {
        stdout.println(GSON.toJson(json));
        stdout.flush();
    }

    private static String oneLine(String message) {
        return message.replace('\r', ' ').replace('\n', ' ');
    }
}
