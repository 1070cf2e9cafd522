package uk.registerly.server.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.config.DatabaseSettings;
import uk.registerly.server.config.ServerConfig;
import uk.registerly.server.db.EmbeddedPostgres;

/**
 * Servers for tests: all on one embedded PostgreSQL per test JVM (started on first use, stopped at
 * exit), each on a free port. Tests never clean tables: each makes its own demo school.
 */
public final class TestServers {

    /** A Wednesday in term, after the morning register closed (10:30 in London, which is UTC in November). */
    public static final Instant NOW = Instant.parse("2026-11-18T10:30:00Z");

    private static Path dataDir;

    private TestServers() {
    }

    public static synchronized DatabaseSettings database() {
        if (dataDir == null) {
            try {
                dataDir = Files.createTempDirectory("registerly-test-pg");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return DatabaseSettings.sharedEmbeddedForTests(dataDir);
    }

    /** The shared database's JDBC URL (user postgres, no password): for a child JVM or direct checks. */
    public static String jdbcUrl() {
        DatabaseSettings settings = database();
        EmbeddedPostgres pg = EmbeddedPostgres.acquire(settings.dataDir(), settings.lifetime(), settings.durable());
        try {
            return pg.jdbcUrl();
        } finally {
            pg.release();
        }
    }

    /** Demo mode on, generous sign-in limits, the fixed clock {@link #NOW}. */
    public static ServerConfig.Builder config() {
        return ServerConfig.builder()
                .port(0)
                .database(database())
                .demoMode(true)
                .signInAttemptsPerMinute(10_000)
                .clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    public static RegisterlyServer start() {
        return RegisterlyServer.start(config().build());
    }
}
