package uk.registerly.server.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.registerly.server.http.Json;

/**
 * `java -jar registerly-server.jar --demo` on its own embedded PostgreSQL, killed hard and started
 * again: the PostgreSQL it left behind is stopped, the data directory is recovered, and the demo
 * school (and a device enrolled before the kill) is still there.
 */
class EmbeddedRestartTest {

    @TempDir
    Path dir;

    @Test
    void aHardKilledServerRestartsOnItsDataDirectoryWithNothingLost() throws Exception {
        int port = freePort();
        Path data = dir.resolve("pg");
        Process first = start(port, data, "first.log");
        String token;
        try {
            awaitDemo(port, first, "first.log");
            HttpResponse<String> enrolled = post(port, "/api/v1/devices", Json.write(Map.of("enrolmentCode", "DEMO-GATE")));
            assertEquals(201, enrolled.statusCode(), enrolled.body());
            token = Json.parse(enrolled.body()).get("token").asText();
        } finally {
            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        assertTrue(Files.exists(data.resolve("postmaster.pid")), "the killed server's PostgreSQL is still running");

        Process second = start(port, data, "second.log");
        try {
            awaitDemo(port, second, "second.log");
            HttpResponse<String> school = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + "/api/v1/school"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, school.statusCode(), "the device enrolled before the kill is known: " + school.body());
            assertEquals("Registerly Demo Primary", Json.parse(school.body()).get("name").asText());
            String log = Files.readString(dir.resolve("second.log"));
            assertTrue(log.contains("left running"), log);
        } finally {
            second.destroy();
            second.waitFor(60, TimeUnit.SECONDS);
            second.destroyForcibly();
        }
        assertTrue(!Files.exists(data.resolve("postmaster.pid")), "a normal stop stops PostgreSQL too");
    }

    private Process start(int port, Path data, String log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "uk.registerly.server.Main", "--demo");
        pb.environment().put("REGISTERLY_PORT", String.valueOf(port));
        pb.environment().put("REGISTERLY_DATA_DIR", data.toString());
        pb.environment().remove("REGISTERLY_DB_URL");
        pb.redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile());
        return pb.start();
    }

    private void awaitDemo(int port, Process process, String log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(process.isAlive(), () -> "the server died: " + read(log));
            if (read(log).contains("listening on")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the demo server did not start: " + read(log));
    }

    private String read(String log) {
        try {
            return Files.readString(dir.resolve(log));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static HttpResponse<String> post(int port, String path, String body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
