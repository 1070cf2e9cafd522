package uk.registerly.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java ... uk.registerly.server.Main} (what the server jar runs) in a child JVM, given what a
 * technician gets wrong: for each, one line on standard error naming the problem and the fix, a non-zero
 * exit, no stack trace (issue 12, item 7); and create-school on the data directory of a running server
 * refuses instead of stopping the live database (item 10).
 */
class StartupErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aBadSettingIsOneLineNamingTheVariableAndTheFix() throws Exception {
        Result port = run(Map.of("REGISTERLY_PORT", "abc", "REGISTERLY_DATA_DIR", dir.resolve("pg").toString()));
        port.assertOneLine(2, "REGISTERLY_PORT is 'abc', not a whole number: set it to a port number from 1 to 65535");
        assertFalse(Files.exists(dir.resolve("pg")), "nothing is created");
        run(Map.of("REGISTERLY_DB_POOL_SIZE", "0", "REGISTERLY_DATA_DIR", dir.resolve("pg").toString()))
                .assertOneLine(2, "REGISTERLY_DB_POOL_SIZE is 0, outside 1-1000");
        run(Map.of("REGISTERLY_DB_URL", "mysql://db/registerly?password=s3cret"))
                .assertOneLine(2, "REGISTERLY_DB_URL is not a PostgreSQL JDBC URL").assertNotShown("s3cret");
        run(Map.of("REGISTERLY_PORT", "abc"), "create-school", "St Anne's", "P Shah", "School Business Manager")
                .assertOneLine(2, "create-school: REGISTERLY_PORT is 'abc'");
    }

    @Test
    void aDataDirectoryThatIsAFileIsOneLineAndTheTraceGoesToTheDebugLog() throws Exception {
        Path file = Files.writeString(dir.resolve("pg"), "not a directory");
        run(Map.of("REGISTERLY_DATA_DIR", file.toString(), "REGISTERLY_PORT", "0"))
                .assertOneLine(1, "the data directory " + file + " is a file, not a directory: set REGISTERLY_DATA_DIR");
        run(Map.of("REGISTERLY_DATA_DIR", file.resolve("pg").toString(), "REGISTERLY_PORT", "0"))
                .assertOneLine(1, file + " is a file, not a directory");
        Result debug = run(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug"),
                Map.of("REGISTERLY_DATA_DIR", file.toString(), "REGISTERLY_PORT", "0"));
        assertEquals(1, debug.exit);
        assertTrue(debug.stderr.contains("\tat uk.registerly.server.db."), "the debug log has the trace: " + debug.stderr);
    }

    @Test
    void aNonEmptyDirectoryWithoutADatabaseIsOneLine() throws Exception {
        Path data = Files.createDirectories(dir.resolve("documents"));
        Files.writeString(data.resolve("notes.txt"), "someone's files");
        run(Map.of("REGISTERLY_DATA_DIR", data.toString(), "REGISTERLY_PORT", "0"))
                .assertOneLine(1, "is not empty (1 entry) and holds no PostgreSQL database: set REGISTERLY_DATA_DIR to"
                        + " an empty or new directory");
        assertEquals(List.of(data.resolve("notes.txt")), list(data), "nothing written there");
    }

    @Test
    void aDatabaseDirectoryWithOpenPermissionsIsOneLineWithTheChmod() throws Exception {
        Path data = Files.createDirectories(dir.resolve("copied-backup"));
        Files.writeString(data.resolve("postgresql.conf"), "# copied with cp -r\n");
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        run(Map.of("REGISTERLY_DATA_DIR", data.toString(), "REGISTERLY_PORT", "0"))
                .assertOneLine(1, "has mode rwxr-xr-x, but PostgreSQL needs it private (rwx------): chmod 700 " + data);
    }

    @Test
    void anEmptyDirectoryOwnedBySomeoneElseIsOneLineWithTheChown() throws Exception {
        // The issue's case: an existing empty directory with mode 0700 owned by another user than the one the
        // embedded PostgreSQL runs as. Giving a directory away needs root (CI and these machines run as root).
        assumeTrue("root".equals(System.getProperty("user.name")), "needs root to chown a directory to another user");
        Path data = Files.createDirectories(dir.resolve("theirs"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
        Files.setAttribute(data, "unix:uid", 65534);
        run(Map.of("REGISTERLY_DATA_DIR", data.toString(), "REGISTERLY_PORT", "0"))
                .assertOneLine(1, "(uid 65534), but the embedded PostgreSQL runs as root (uid 0) and must own it: chown -R"
                        + " root " + data);
    }

    @Test
    void aPortInUseIsOneLineBeforeTheDatabaseIsTouched() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();
            run(Map.of("REGISTERLY_PORT", String.valueOf(port), "REGISTERLY_DATA_DIR", dir.resolve("pg").toString()))
                    .assertOneLine(1, "port " + port + " is already in use by another program: stop it, or set"
                            + " REGISTERLY_PORT to a free port");
        }
        assertFalse(Files.exists(dir.resolve("pg")), "no database was started");
    }

    @Test
    void aDatabaseUrlThatRefusesIsOneLine() throws Exception {
        int closed = freePort();
        String url = "jdbc:postgresql://localhost:" + closed + "/registerly";
        run(Map.of("REGISTERLY_DB_URL", url + "?password=s3cret", "REGISTERLY_PORT", "0"))
                .assertOneLine(1, "the database at " + url + " refuses connections: check that PostgreSQL runs there")
                .assertNotShown("s3cret");
        run(Map.of("REGISTERLY_DB_URL", "jdbc:postgresql://no-such-host.invalid/registerly", "REGISTERLY_PORT", "0"))
                .assertOneLine(1, "is not known: correct the host name in REGISTERLY_DB_URL");
    }

    @Test
    void createSchoolOnARunningServersDataDirectoryRefusesAndLeavesItsDatabaseRunning() throws Exception {
        Path data = dir.resolve("pg");
        int port = freePort();
        Map<String, String> env = Map.of("REGISTERLY_DATA_DIR", data.toString(), "REGISTERLY_PORT", String.valueOf(port));
        Process server = start(env, dir.resolve("server.log"));
        try {
            awaitListening(server, dir.resolve("server.log"));
            int pgPort = Integer.parseInt(Files.readAllLines(data.resolve("postmaster.pid")).get(3).trim());

            Result refused = run(Map.of("REGISTERLY_DATA_DIR", data.toString()),
                    "create-school", "St Anne's Primary", "Priya Shah", "School Business Manager");
            refused.assertOneLine(1, "create-school: the data directory " + data + " is in use by a running Registerly"
                    + " server, whose database create-school must not stop: stop that server (Ctrl-C) and run"
                    + " create-school again, or run it against the running database with"
                    + " REGISTERLY_DB_URL=jdbc:postgresql://localhost:" + pgPort + "/postgres REGISTERLY_DB_USER=postgres");
            assertDatabaseUp(pgPort, port);

            run(Map.of("REGISTERLY_DATA_DIR", data.toString(), "REGISTERLY_PORT", "0"))
                    .assertOneLine(1, "the data directory " + data + " is in use by another running Registerly server"
                            + " (its PostgreSQL listens on port " + pgPort + "): stop that server first");
            assertDatabaseUp(pgPort, port);

            // The fix the line offers works, with the server still running.
            Result created = run(Map.of("REGISTERLY_DB_URL", "jdbc:postgresql://localhost:" + pgPort + "/postgres",
                    "REGISTERLY_DB_USER", "postgres"), "create-school", "St Anne's Primary", "Priya Shah",
                    "School Business Manager");
            assertEquals(0, created.exit, created.stderr);
            assertTrue(created.stdout.contains("School St Anne's Primary created"), created.stdout);
            assertDatabaseUp(pgPort, port);
        } finally {
            server.destroy();
            server.waitFor(60, TimeUnit.SECONDS);
            server.destroyForcibly();
        }
        assertFalse(Files.exists(data.resolve("postmaster.pid")), "the server stopped its PostgreSQL");
    }

    private static void assertDatabaseUp(int pgPort, int httpPort) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://localhost:" + pgPort + "/postgres", "postgres",
                null); ResultSet rs = c.createStatement().executeQuery("select count(*) from schools")) {
            assertTrue(rs.next());
        }
        // A request the server answers from its database: an unknown enrolment code is refused, not a 500.
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + httpPort + "/api/v1/devices"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"enrolmentCode\":\"NOPE-NOPE-NOPE\"}"))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(r.statusCode() >= 400 && r.statusCode() < 500, r.statusCode() + " " + r.body());
    }

    // ---- the child JVM ----

    private record Result(int exit, String stdout, String stderr) {

        Result assertOneLine(int expectedExit, String expected) {
            assertEquals(expectedExit, exit, "exit status; stderr: " + stderr);
            List<String> lines = Arrays.stream(stderr.split("\n")).filter(l -> !l.isBlank()).toList();
            assertEquals(1, lines.size(), "exactly one line on stderr: " + stderr);
            assertTrue(lines.get(0).contains(expected), "expected \"" + expected + "\" in: " + lines.get(0));
            assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), "no stack trace: " + stderr);
            return this;
        }

        Result assertNotShown(String secret) {
            assertFalse(stderr.contains(secret) || stdout.contains(secret), "never printed: " + secret);
            return this;
        }
    }

    private Result run(Map<String, String> env, String... args) throws Exception {
        return run(List.of(), env, args);
    }

    private Result run(List<String> jvmOptions, Map<String, String> env, String... args) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder pb = command(jvmOptions, env, args);
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("still running after 120 s: " + Files.readString(err));
        }
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private Process start(Map<String, String> env, Path log) throws IOException {
        ProcessBuilder pb = command(List.of(), env);
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        return pb.start();
    }

    private static ProcessBuilder command(List<String> jvmOptions, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("uk.registerly.server.Main");
        command.addAll(Arrays.asList(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().keySet().removeIf(name -> name.startsWith("REGISTERLY_"));
        pb.environment().putAll(env);
        return pb;
    }

    private static void awaitListening(Process server, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            String text = Files.readString(log);
            assertTrue(server.isAlive(), () -> "the server died: " + text);
            if (text.contains("listening on")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start within 120 s: " + Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static List<Path> list(Path directory) throws IOException {
        try (var entries = Files.list(directory)) {
            return entries.toList();
        }
    }
}
