package uk.registerly.server.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the server keeps its data: an external PostgreSQL (production, several app servers over one
 * database) or an embedded PostgreSQL in a local data directory (zero set-up).
 */
public final class DatabaseSettings {

    /** How an embedded database lives: stopped with its server, or kept for the whole JVM (tests). */
    public enum EmbeddedLifetime { SERVER, JVM }

    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Path dataDir;
    private final EmbeddedLifetime lifetime;
    private final boolean durable;

    private DatabaseSettings(String jdbcUrl, String user, String password, Path dataDir,
                             EmbeddedLifetime lifetime, boolean durable) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.dataDir = dataDir;
        this.lifetime = lifetime;
        this.durable = durable;
    }

    public static DatabaseSettings external(String jdbcUrl, String user, String password) {
        return new DatabaseSettings(Objects.requireNonNull(jdbcUrl, "jdbcUrl"), user, password, null, null, true);
    }

    /** An embedded PostgreSQL stopped when the server stops, with fsync on (nothing acknowledged is lost). */
    public static DatabaseSettings embedded(Path dataDir) {
        return new DatabaseSettings(null, null, null, Objects.requireNonNull(dataDir, "dataDir"),
                EmbeddedLifetime.SERVER, true);
    }

    /**
     * An embedded PostgreSQL shared by every server started on the same directory in this JVM, kept
     * until the JVM exits and then deleted, without fsync: for tests (a scratch directory), where
     * start-up time matters and a power cut does not.
     */
    public static DatabaseSettings sharedEmbeddedForTests(Path dataDir) {
        return new DatabaseSettings(null, null, null, Objects.requireNonNull(dataDir, "dataDir"),
                EmbeddedLifetime.JVM, false);
    }

    public boolean isEmbedded() {
        return dataDir != null;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Path dataDir() {
        return dataDir;
    }

    public EmbeddedLifetime lifetime() {
        return lifetime;
    }

    public boolean durable() {
        return durable;
    }

    /** The JDBC URL without its parameters (which may hold a password): what messages and logs show. */
    public static String withoutParameters(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }

    @Override
    public String toString() {
        // Never print the password, nor URL parameters that may hold it.
        return isEmbedded() ? "embedded PostgreSQL in " + dataDir : "PostgreSQL at " + withoutParameters(jdbcUrl);
    }
}
