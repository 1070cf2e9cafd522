package uk.registerly.server.http;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Attempts per client address per minute, for the endpoints where a guessed code would be worth
 * something (enrolment, parent sign-in). A token bucket per address, refilled continuously. It lives
 * in one app server: behind a load balancer each server allows the rate (documented).
 */
public final class RateLimiter {

    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final int perMinute;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, Clock clock) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("rate limit must be at least 1 per minute");
        }
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Takes one attempt for {@code client}, or throws 429 when its bucket is empty. */
    public void acquire(String client) {
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            buckets.clear(); // bounded memory under a flood of addresses; limits restart, never loosen much
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(perMinute, clock.millis()));
        long retryAfterSeconds = bucket.take(perMinute, clock.millis());
        if (retryAfterSeconds > 0) {
            throw new ApiException(ErrorCode.TOO_MANY_REQUESTS,
                    "too many attempts from this address; try again in " + retryAfterSeconds + " s",
                    new ErrorBody.RetryAfter(retryAfterSeconds));
        }
    }

    private static final class Bucket {
        private double tokens;
        private long updatedAt;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.updatedAt = now;
        }

        synchronized long take(int perMinute, long now) {
            // A server clock stepped back (NTP, or an administrator fixing it) refills nothing, and drains
            // nothing either: without the max, an address would be locked out for as long as the step.
            tokens = Math.min(perMinute, tokens + Math.max(0, now - updatedAt) * perMinute / 60_000.0);
            updatedAt = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 60.0 / perMinute);
        }
    }
}
