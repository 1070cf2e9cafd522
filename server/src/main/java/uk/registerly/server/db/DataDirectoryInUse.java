package uk.registerly.server.db;

import java.nio.file.Path;
import uk.registerly.server.config.StartupProblem;

/**
 * The embedded PostgreSQL's data directory is held by another running server (its lock is taken): starting
 * a second PostgreSQL on it, or stopping the first as an orphan, would take the live database down.
 */
public final class DataDirectoryInUse extends StartupProblem {

    private static final long serialVersionUID = 1L;

    private final transient Path dataDir;
    private final Integer port;

    DataDirectoryInUse(Path dataDir, Integer port) {
        super("the data directory " + dataDir + " is in use by another running Registerly server"
                + (port == null ? "" : " (its PostgreSQL listens on port " + port + ")")
                + ": stop that server first, or give this one its own REGISTERLY_DATA_DIR");
        this.dataDir = dataDir;
        this.port = port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The running PostgreSQL's port (from its postmaster.pid), or null when it could not be read. */
    public Integer port() {
        return port;
    }
}
