package uk.registerly.server.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.registerly.server.config.DatabaseSettings.EmbeddedLifetime;

/**
 * The embedded PostgreSQL behind a data directory. One process per directory per JVM: servers started
 * on the same directory share it (reference counted), which is what keeps a test JVM to one database.
 */
public final class EmbeddedPostgres {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();

    private final Path dataDir;
    private final EmbeddedLifetime lifetime;
    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;
    private int users;

    private EmbeddedPostgres(Path dataDir, EmbeddedLifetime lifetime,
                             io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres) {
        this.dataDir = dataDir;
        this.lifetime = lifetime;
        this.postgres = postgres;
    }

    /** Starts (or joins) the PostgreSQL of {@code dataDir}; release it with {@link #release()}. */
    public static synchronized EmbeddedPostgres acquire(Path dataDir, EmbeddedLifetime lifetime, boolean durable) {
        Path key = dataDir.toAbsolutePath().normalize();
        EmbeddedPostgres running = RUNNING.get(key);
        if (running == null) {
            running = new EmbeddedPostgres(key, lifetime, start(key, lifetime, durable));
            RUNNING.put(key, running);
        }
        running.users++;
        return running;
    }

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres start(Path dataDir, EmbeddedLifetime lifetime,
                                                                            boolean durable) {
        try {
            Files.createDirectories(dataDir);
            stopOrphanedPostmaster(dataDir);
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    // A database that lives as long as a test JVM is scratch: removed when the JVM exits.
                    .setCleanDataDirectory(lifetime == EmbeddedLifetime.JVM)
                    // Crash recovery after a hard kill can take longer than the 10 s default.
                    .setPGStartupWait(Duration.ofSeconds(120))
                    .setServerConfig("max_connections", "200");
            if (durable) {
                // The library starts PostgreSQL with fsync and synchronous commit off (test speed); a
                // register is a legal record, so an acknowledged push must survive a power cut.
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /**
     * A JVM killed hard leaves its PostgreSQL running on the data directory, which would refuse a
     * second postmaster. Its clients are gone, so a smart shutdown (SIGTERM) ends it promptly.
     */
    private static void stopOrphanedPostmaster(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (process.isEmpty()) {
            return; // a stale file: PostgreSQL itself removes it on start
        }
        LOG.warn("Stopping PostgreSQL {} left running on {} by a process that ended without stopping it", pid, dataDir);
        process.get().destroy();
        try {
            process.get().onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("PostgreSQL " + pid + " still runs on " + dataDir + "; stop it and retry", e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Stops PostgreSQL when its last server lets go, unless it lives as long as the JVM. */
    public void release() {
        synchronized (EmbeddedPostgres.class) {
            users--;
            if (users > 0 || lifetime == EmbeddedLifetime.JVM) {
                return;
            }
            RUNNING.remove(dataDir);
        }
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("Could not stop the embedded PostgreSQL in {}", dataDir, e);
        }
    }
}
