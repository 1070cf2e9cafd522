package uk.registerly.server.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.postgres.PostgresPlugin;
import uk.registerly.server.config.DatabaseSettings;

/** The connection pool, JDBI and the schema (migrated by Flyway on open) over one PostgreSQL. */
public final class Database implements AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final EmbeddedPostgres embedded;

    private Database(HikariDataSource dataSource, EmbeddedPostgres embedded) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
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
            HikariDataSource dataSource = new HikariDataSource(config);
            migrate(dataSource);
            return new Database(dataSource, embedded);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.release();
            }
            throw e;
        }
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
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
