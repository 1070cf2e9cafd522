package uk.registerly.server.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import uk.registerly.server.auth.Access;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.http.ErrorCode;

/**
 * GET /health as a readiness check for a load balancer or an operator: 200 once start-up has finished
 * (the schema migrated, the demo school created when asked for) and while the database answers a
 * trivial query; otherwise 503 with the stable error code {@code not_ready} or
 * {@code database_unavailable}, and a Retry-After.
 */
public final class HealthRoutes implements AutoCloseable {

    /** The answer when ready. */
    public record Health(String status, Instant serverTime) {
    }

    static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(2);
    private static final String RETRY_AFTER_SECONDS = "5";

    private final DatabaseProbe database;
    private final Clock clock;
    private volatile boolean startedUp;

    public HealthRoutes(DataSource dataSource, Clock clock) {
        this.database = new DatabaseProbe(dataSource, DATABASE_TIMEOUT);
        this.clock = clock;
    }

    /** Start-up has finished: from now on the answer depends on the database alone. */
    public void startupFinished() {
        startedUp = true;
    }

    public void register(ApiRoutes api) {
        api.get("/health", Access.PUBLIC, ctx -> {
            if (!startedUp) {
                ctx.header("Retry-After", RETRY_AFTER_SECONDS);
                throw new ApiException(ErrorCode.NOT_READY,
                        "the server is starting (migrating the database, creating the demo school); try again shortly");
            }
            if (!database.answers()) {
                ctx.header("Retry-After", RETRY_AFTER_SECONDS);
                throw new ApiException(ErrorCode.DATABASE_UNAVAILABLE,
                        "the database does not answer within " + DATABASE_TIMEOUT.toSeconds() + " s");
            }
            ctx.json(new Health("ok", clock.instant()));
        });
    }

    @Override
    public void close() {
        database.close();
    }
}
