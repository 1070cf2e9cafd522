package uk.registerly.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import uk.registerly.server.config.DatabaseSettings;
import uk.registerly.server.config.StartupProblem;

/**
 * The connection pool, JDBI and the schema (migrated by Flyway on open) over one PostgreSQL. A database the
 * server cannot use is reported as a {@link StartupProblem}: one line naming the problem and the fix.
 */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final EmbeddedPostgres embedded;

    private Database(HikariDataSource dataSource, EmbeddedPostgres embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
        // The test build puts a statement checker here (META-INF/services: every statement must name its
        // school, docs/scaling.md); production has none, so this installs nothing.
        java.util.ServiceLoader.load(org.jdbi.v3.core.statement.SqlLogger.class).findFirst()
                .ifPresent(jdbi::setSqlLogger);
    }

    public static Database open(DatabaseSettings settings, int poolSize, String applicationName) {
        EmbeddedPostgres embedded = null;
        String url;
        String user;
        String password;
        if (settings.isEmbedded()) {
            embedded = EmbeddedPostgres.acquire(settings.dataDir(), settings.lifetime(), settings.durable());
            url = embedded.jdbcUrl();
            user = "postgres";
            password = null;
        } else {
            url = settings.jdbcUrl();
            user = settings.user();
            password = settings.password();
        }
        try {
            HikariConfig config = new HikariConfig();
            config.setJdbcUrl(url);
            if (user != null) {
                config.setUsername(user);
            }
            if (password != null) {
                config.setPassword(password);
            }
            config.setMaximumPoolSize(poolSize);
            config.setPoolName("registerly");
            config.addDataSourceProperty("ApplicationName", applicationName);
            // Statements are reused on every push; server-side prepare after the first use.
            config.addDataSourceProperty("prepareThreshold", "1");
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            HikariDataSource dataSource;
            try {
                dataSource = new HikariDataSource(config);
            } catch (RuntimeException e) {
                throw settings.isEmbedded() ? e : unreachable(settings, e);
            }
            try {
                migrate(dataSource);
            } catch (RuntimeException e) {
                dataSource.close();
                throw e;
            }
            return new Database(dataSource, embedded);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.release();
            }
            throw e;
        }
    }

    private static void migrate(DataSource dataSource) {
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StartupProblem("the database schema could not be brought up to date ("
                    + firstLine(e.getMessage()) + "): run this server against the database its own version"
                    + " created, or against a new database", e);
        }
    }

    /** Why an external database refused the pool's first connection, and what to set instead. */
    private static StartupProblem unreachable(DatabaseSettings settings, RuntimeException e) {
        String url = DatabaseSettings.withoutParameters(settings.jdbcUrl());
        SQLException sql = StartupProblem.cause(e, SQLException.class);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (StartupProblem.cause(e, UnknownHostException.class) != null) {
            return new StartupProblem("the database host in REGISTERLY_DB_URL (" + url + ") is not known: correct the"
                    + " host name in REGISTERLY_DB_URL", e);
        }
        if (state.startsWith("08") || StartupProblem.cause(e, ConnectException.class) != null) {
            return new StartupProblem("the database at " + url + " refuses connections: check that PostgreSQL runs"
                    + " there and accepts TCP connections, and that REGISTERLY_DB_URL has the right host and port", e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new StartupProblem("the database at " + url + " refused user '" + settings.user() + "' ("
                    + firstLine(sql.getMessage()) + "): check REGISTERLY_DB_USER and REGISTERLY_DB_PASSWORD", e);
        }
        if (state.equals("3D000")) {
            return new StartupProblem("the database named in " + url + " does not exist: create it (CREATE DATABASE)"
                    + " or correct REGISTERLY_DB_URL", e);
        }
        return new StartupProblem("the database at " + url + " cannot be used ("
                + firstLine(sql == null ? e.getMessage() : sql.getMessage()) + "): check REGISTERLY_DB_URL,"
                + " REGISTERLY_DB_USER and REGISTERLY_DB_PASSWORD", e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return StartupProblem.oneLine(newline < 0 ? message : message.substring(0, newline));
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        dataSource.close();
        if (embedded != null) {
            embedded.release();
        }
    }
}
