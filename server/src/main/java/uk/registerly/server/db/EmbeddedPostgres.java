package uk.registerly.server.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.registerly.server.config.DatabaseSettings.EmbeddedLifetime;
import uk.registerly.server.config.StartupProblem;

/**
 * The embedded PostgreSQL behind a data directory. One process per directory per JVM: servers started
 * on the same directory share it (reference counted), which is what keeps a test JVM to one database.
 */
public final class EmbeddedPostgres {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();
    /** The file the zonky library locks in the data directory while its PostgreSQL runs. */
    private static final String LIBRARY_LOCK_FILE = "epg-lock";
    /** The library's "Process [unshare, -U, .../bin/initdb, -A, ...] failed". */
    private static final Pattern LIBRARY_PROCESS_FAILED = Pattern.compile("^Process \\[.*?/bin/(\\w+)\\b.*\\] failed$");

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
        DataDirectoryCheck.prepare(dataDir);
        try {
            refuseIfInUse(dataDir);
            stopOrphanedPostmaster(dataDir);
        } catch (IOException e) {
            throw new StartupProblem("cannot read the data directory " + dataDir + " (" + e + "): make it readable and"
                    + " writable by the user running the server, or set REGISTERLY_DATA_DIR elsewhere", e);
        }
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
        try {
            return builder.start();
        } catch (IOException | RuntimeException e) {
            throw new StartupProblem("the embedded PostgreSQL could not start in " + dataDir + " (" + brief(e)
                    + "): check that the directory is empty or a PostgreSQL 14 data directory, owned by "
                    + DataDirectoryCheck.currentUser() + " with mode 700, or set REGISTERLY_DATA_DIR to a new directory",
                    e);
        }
    }

    /**
     * The library locks {@code epg-lock} in the data directory for as long as its PostgreSQL runs in a server
     * process (released by the operating system when that process dies, even killed hard). A lock held means a
     * live server: refuse rather than take its postmaster for an orphan (issue 12, item 10).
     */
    private static void refuseIfInUse(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(LIBRARY_LOCK_FILE);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataDirectoryInUse(dataDir, postmasterPort(dataDir));
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            // Held by this JVM, which would have joined it through RUNNING instead.
            throw new DataDirectoryInUse(dataDir, postmasterPort(dataDir));
        }
    }

    /** The port in line 4 of postmaster.pid, or null. */
    private static Integer postmasterPort(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.size() < 4 ? null : Integer.valueOf(lines.get(3).trim());
        } catch (IOException | NumberFormatException e) {
            return null;
        }
    }

    /** The library's failure in a few words: "initdb failed" rather than its whole command line. */
    private static String brief(Throwable e) {
        String message = StartupProblem.oneLine(e.getMessage());
        Matcher process = LIBRARY_PROCESS_FAILED.matcher(message);
        if (process.matches()) {
            return process.group(1) + " failed";
        }
        return message.isEmpty() ? e.getClass().getSimpleName() : message;
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
            throw new StartupProblem("PostgreSQL " + pid + " left running on " + dataDir + " did not stop within 60 s:"
                    + " stop it (kill " + pid + ") and start the server again", e);
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
