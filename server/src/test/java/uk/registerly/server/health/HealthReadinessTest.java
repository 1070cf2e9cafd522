package uk.registerly.server.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.config.DatabaseSettings;
import uk.registerly.server.testing.ApiClient;
import uk.registerly.server.testing.ApiClient.Response;
import uk.registerly.server.testing.TestServers;

/** GET /health is a readiness check: 503 while start-up runs and while the database is gone, 200 otherwise. */
class HealthReadinessTest {

    @Test
    void notReadyUntilStartUpHasFinished() {
        try (RegisterlyServer server = RegisterlyServer.starting(TestServers.config().build())) {
            ApiClient api = new ApiClient(server.baseUrl());
            Response starting = api.get("/health", null);
            assertEquals(503, starting.status(), starting.toString());
            assertEquals("not_ready", starting.text("error"));
            assertTrue(starting.raw().headers().firstValue("Retry-After").isPresent());
            assertEquals(200, api.get("/openapi.json", null).status(), "the other routes serve meanwhile");

            server.startupFinished();
            Response ready = api.get("/health", null);
            assertEquals(200, ready.status(), ready.toString());
            assertEquals("ok", ready.text("status"));
        }
    }

    @Test
    void unavailableWhileTheDatabaseIsGone(@TempDir Path dataDir) throws Exception {
        try (RegisterlyServer server = RegisterlyServer.start(TestServers.config()
                .database(DatabaseSettings.embedded(dataDir)).build())) {
            ApiClient api = new ApiClient(server.baseUrl());
            assertEquals(200, api.get("/health", null).status());

            List<String> postmaster = stopPostgres(dataDir);
            Response gone = api.get("/health", null);
            assertEquals(503, gone.status(), gone.toString());
            assertEquals("database_unavailable", gone.text("error"));
            assertTrue(gone.raw().headers().firstValue("Retry-After").isPresent());
            assertEquals(503, api.get("/health", null).status(), "and again, while it stays gone");

            restart(postmaster, dataDir);
            Response back = api.get("/health", null);
            for (int i = 0; i < 50 && back.status() != 200; i++) {
                Thread.sleep(200); // the pool reconnects on its next use
                back = api.get("/health", null);
            }
            assertEquals(200, back.status(), "ready again once the database answers: " + back);
        }
    }

    /**
     * A fast shutdown (SIGINT) of the PostgreSQL under the running server: it disconnects every client.
     * Answers the postmaster's command line, to start it again.
     */
    private static List<String> stopPostgres(Path dataDir) throws Exception {
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        List<String> command = new ArrayList<>();
        command.add(postmaster.info().command().orElseThrow());
        command.addAll(List.of(postmaster.info().arguments().orElseThrow()));
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor());
        postmaster.onExit().get(60, TimeUnit.SECONDS);
        return command;
    }

    /** The same postmaster again (as the embedded PostgreSQL starts it: in a user namespace when run as root). */
    private static void restart(List<String> postmaster, Path dataDir) throws Exception {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.addAll(postmaster);
        new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("restart.log").toFile()).start();
    }
}
