package uk.registerly.server.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.config.DatabaseSettings;
import uk.registerly.server.config.ServerConfig;

/**
 * A server for a load driver: demo mode (fresh schools with random codes), no sign-in rate limit, on
 * a durable embedded PostgreSQL in a scratch directory that closing deletes (a few hundred MB).
 */
final class ScratchServer implements AutoCloseable {

    private final Path dataDir;
    private final RegisterlyServer server;

    private ScratchServer(Path dataDir, RegisterlyServer server) {
        this.dataDir = dataDir;
        this.server = server;
    }

    static ScratchServer start(String name, Clock clock) throws IOException {
        Path dataDir = Files.createTempDirectory(name);
        ServerConfig config = ServerConfig.builder()
                .port(0)
                .clock(clock)
                .database(DatabaseSettings.embedded(dataDir))
                .demoMode(true)
                .signInAttemptsPerMinute(100_000)
                .build();
        try {
            return new ScratchServer(dataDir, RegisterlyServer.start(config));
        } catch (RuntimeException e) {
            deleteRecursively(dataDir);
            throw e;
        }
    }

    RegisterlyServer server() {
        return server;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            deleteRecursively(dataDir);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the scratch database " + dir, e);
        }
    }
}
