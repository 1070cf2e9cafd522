package uk.registerly.server.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.testing.ApiClient;
import uk.registerly.server.testing.TestEvents;
import uk.registerly.server.testing.TestServers;

/**
 * A server process (a child JVM on the shared PostgreSQL, as an app server in production) is killed
 * hard while it writes a large batch. The batch must be all there or absent, and the client's retry
 * against a restarted server must complete it exactly once.
 *
 * <p>To kill it genuinely mid-batch, the test watches the child's database session: once it holds an
 * open write transaction (a transaction id, no COMMIT yet) the child is frozen (SIGSTOP), the
 * transaction is checked to be still open, and only then is the child killed (SIGKILL).
 */
class KillMidBatchTest {

    private static final int BATCH = 5_000;

    @TempDir
    Path logs;

    @Test
    void aBatchCutOffByAKilledServerIsAbsentAndItsRetryLandsExactlyOnce() throws Exception {
        // The child uses the wall clock, so the school is made on the wall clock too.
        DemoSchool school;
        String token;
        try (RegisterlyServer setup = RegisterlyServer.start(TestServers.config().clock(Clock.systemUTC()).build())) {
            school = setup.demoSchools().create(DemoSchoolOptions.small().withName("Kill Test Primary"));
            token = new ApiClient(setup.baseUrl()).enrol(school.teacherCode());
        }
        List<LocalDate> days = pastSchoolDays(school);
        TestEvents events = new TestEvents();
        List<ObjectNode> batch = new ArrayList<>(BATCH);
        List<UUID> pupils = school.classes().get(0).pupils();
        for (int i = 0; batch.size() < BATCH; i++) {
            batch.add(events.mark(pupils.get(i % pupils.size()), days.get(i % days.size()), i % 2 == 0 ? "AM" : "PM", "/"));
        }
        String body = TestEvents.batch(batch).toString();
        UUID[] ids = batch.stream().map(e -> UUID.fromString(e.get("id").asText())).toArray(UUID[]::new);
        String node = "kill-test-" + UUID.randomUUID().toString().substring(0, 8);

        try (Connection db = DriverManager.getConnection(TestServers.jdbcUrl())) {
            int port = freePort();
            Process child = startChild(port, node, "first");
            try {
                awaitHealthy(port, child);
                HttpClient http = HttpClient.newHttpClient();
                CompletableFuture<HttpResponse<String>> push = http.sendAsync(pushRequest(port, token, body),
                        HttpResponse.BodyHandlers.ofString());
                awaitOpenWriteTransaction(db, node, child);
                freeze(child);
                Thread.sleep(300); // a COMMIT already on the wire would be done by now
                boolean stillOpen = hasOpenWriteTransaction(db, node);
                System.out.println("kill test: transaction still open when killed: " + stillOpen);
                child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                assertTrue(push.handle((r, e) -> e != null).get(30, TimeUnit.SECONDS), "the client saw the connection die");
                awaitSessionsGone(db, node);

                long present = count(db, ids);
                assertTrue(present == 0 || present == BATCH, "partly written: " + present + " of " + BATCH);
                if (stillOpen) {
                    assertEquals(0, present, "the transaction was open when the server died");
                }
            } finally {
                child.destroyForcibly();
            }

            Process restarted = startChild(port, node, "restarted");
            try {
                awaitHealthy(port, restarted);
                long before = count(db, ids);
                HttpResponse<String> retry = HttpClient.newHttpClient().send(pushRequest(port, token, body),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, retry.statusCode(), retry.body());
                JsonNode results = new com.fasterxml.jackson.databind.ObjectMapper().readTree(retry.body()).get("results");
                String expected = before == 0 ? "ACCEPTED" : "DUPLICATE";
                for (JsonNode result : results) {
                    assertEquals(expected, result.get("status").asText());
                }
                assertEquals(BATCH, count(db, ids), "exactly once after the retry");
            } finally {
                restarted.destroy();
                restarted.waitFor(30, TimeUnit.SECONDS);
                restarted.destroyForcibly();
            }
        }
    }

    private static List<LocalDate> pastSchoolDays(DemoSchool school) {
        // The demo term starts with an INSET day on a Monday; every weekday after it up to today is in term.
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate thisMonday = today.with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate termStart = thisMonday.minusWeeks(2);
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = termStart.plusDays(1); !d.isAfter(today); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                days.add(d);
            }
        }
        assertTrue(days.size() >= 4, "school days before today: " + days + " for " + school.name());
        return days;
    }

    private Process startChild(int port, String node, String name) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "uk.registerly.server.Main");
        pb.environment().put("REGISTERLY_PORT", String.valueOf(port));
        pb.environment().put("REGISTERLY_DB_URL", TestServers.jdbcUrl());
        pb.environment().put("REGISTERLY_DB_USER", "postgres");
        pb.environment().put("REGISTERLY_NODE_NAME", node);
        pb.environment().put("REGISTERLY_MAX_BATCH_EVENTS", String.valueOf(BATCH));
        pb.environment().put("REGISTERLY_MAX_BODY_BYTES", String.valueOf(32 * 1024 * 1024));
        File log = logs.resolve(name + ".log").toFile();
        pb.redirectErrorStream(true).redirectOutput(log);
        return pb.start();
    }

    private static HttpRequest pushRequest(int port, String token, String body) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sync/push"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }

    private void awaitHealthy(int port, Process child) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertTrue(child.isAlive(), "the server process died at start: " + Files.readString(logs.resolve("first.log")));
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the server process did not start within 60 s");
    }

    private static void awaitOpenWriteTransaction(Connection db, String node, Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (hasOpenWriteTransaction(db, node)) {
                return;
            }
            assertTrue(child.isAlive(), "the server process died on its own");
            Thread.sleep(1);
        }
        throw new AssertionError("the server never opened a write transaction for the batch");
    }

    /** The node's session holds a transaction id (it has written) and is not committing. */
    private static boolean hasOpenWriteTransaction(Connection db, String node) throws Exception {
        try (PreparedStatement s = db.prepareStatement("""
                select count(*) from pg_stat_activity
                where application_name = ? and backend_xid is not null and query not ilike 'commit%'""")) {
            s.setString(1, "registerly/" + node);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    private static void awaitSessionsGone(Connection db, String node) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            try (PreparedStatement s = db.prepareStatement(
                    "select count(*) from pg_stat_activity where application_name = ?")) {
                s.setString(1, "registerly/" + node);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == 0) {
                        return;
                    }
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("PostgreSQL kept the dead server's sessions");
    }

    private static long count(Connection db, UUID[] ids) throws Exception {
        try (PreparedStatement s = db.prepareStatement("select count(*) from events where id = any(?)")) {
            s.setArray(1, db.createArrayOf("uuid", ids));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void freeze(Process child) throws Exception {
        Process stop = new ProcessBuilder("kill", "-STOP", String.valueOf(child.pid())).start();
        assertEquals(0, stop.waitFor(), "could not freeze the server process");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
