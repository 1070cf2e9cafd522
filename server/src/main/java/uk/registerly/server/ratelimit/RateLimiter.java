package uk.registerly.server.ratelimit;

import io.javalin.http.Context;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ErrorBody;
import uk.registerly.server.http.ErrorCode;

/**
 * Attempts per client address per minute, for the endpoints where a guessed code would be worth
 * something (enrolment, parent sign-in, claim). A token bucket per (limit, address) kept in PostgreSQL
 * (V80__rate_limits.sql) and taken in one statement under the row's lock, so N app servers behind a load
 * balancer share one limit; the address is {@link ClientAddress}'s (X-Forwarded-For only from a trusted
 * proxy). Why PostgreSQL rather than another store: it is already the one thing every app server shares,
 * sign-in attempts are rare (tens a second at most for the whole country's mornings), and one more
 * moving part (Redis) would be one more thing to secure and keep running.
 */
public final class RateLimiter {

    /** Buckets untouched this long are full again whatever they held: deleted now and then. */
    private static final long IDLE_SECONDS = 3600;
    private static final int PRUNE_EVERY = 1000;

    private static final String TAKE = """
            insert into rate_limits as r (bucket, client, tokens, allowed, updated_at)
            values (:bucket, :client, :capacity - 1, true, :now)
            on conflict (bucket, client) do update set
              tokens = case when least(:capacity, r.tokens + greatest(0, extract(epoch from (:now - r.updated_at))) * :capacity / 60.0) >= 1
                            then least(:capacity, r.tokens + greatest(0, extract(epoch from (:now - r.updated_at))) * :capacity / 60.0) - 1
                            else least(:capacity, r.tokens + greatest(0, extract(epoch from (:now - r.updated_at))) * :capacity / 60.0) end,
              allowed = least(:capacity, r.tokens + greatest(0, extract(epoch from (:now - r.updated_at))) * :capacity / 60.0) >= 1,
              updated_at = greatest(r.updated_at, :now)
            returning allowed, tokens""";

    private record Taken(boolean allowed, double tokens) {
    }

    private final Jdbi jdbi;
    private final int perMinute;
    private final String bucket;
    private final Clock clock;
    private final TrustedProxies proxies;
    private final AtomicLong calls = new AtomicLong();

    /** {@code name}: what is limited ("sign-in"); a changed limit starts fresh buckets. */
    public RateLimiter(Jdbi jdbi, String name, int perMinute, Clock clock, TrustedProxies proxies) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("rate limit must be at least 1 per minute");
        }
        this.jdbi = jdbi;
        this.perMinute = perMinute;
        this.bucket = name + "/" + perMinute;
        this.clock = clock;
        this.proxies = proxies;
    }

    /** Takes one attempt for the request's client, or throws 429 when its bucket is empty. */
    public void acquire(Context ctx) {
        acquire(ClientAddress.of(ctx, proxies));
    }

    /** Takes one attempt for {@code client}, or throws 429 when its bucket is empty. */
    public void acquire(String client) {
        Instant now = clock.instant();
        Taken taken = jdbi.withHandle(h -> {
            if (calls.incrementAndGet() % PRUNE_EVERY == 0) {
                h.createUpdate("delete from rate_limits where updated_at < :before")
                        .bind("before", Timestamp.from(now.minusSeconds(IDLE_SECONDS))).execute();
            }
            return h.createQuery(TAKE)
                    .bind("bucket", bucket).bind("client", client).bind("capacity", (double) perMinute)
                    .bind("now", Timestamp.from(now))
                    .map((rs, c) -> new Taken(rs.getBoolean("allowed"), rs.getDouble("tokens")))
                    .one();
        });
        if (!taken.allowed()) {
            long retryAfterSeconds = Math.max(1, (long) Math.ceil((1 - taken.tokens()) * 60.0 / perMinute));
            throw new ApiException(ErrorCode.TOO_MANY_REQUESTS,
                    "too many attempts from this address; try again in " + retryAfterSeconds + " s",
                    new ErrorBody.RetryAfter(retryAfterSeconds));
        }
    }
}
