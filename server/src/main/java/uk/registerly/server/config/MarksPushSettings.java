package uk.registerly.server.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * Where the optional push of the marks (issue 17, item 5) goes: an integrator's HTTPS endpoint and the
 * bearer secret it checks. Off unless configured ({@code REGISTERLY_MARKS_PUSH_URL}); plain HTTP is
 * accepted only for a loopback host (a receiver inside a test), never for a real address, because the
 * rows name pupils by UPN.
 *
 * @param url       the endpoint each batch is POSTed to
 * @param secret    sent as {@code Authorization: Bearer ...}; never logged
 * @param interval  how long the job waits between rounds over the schools
 * @param retryBase the wait after a school's first failed batch; it doubles with each further failure
 * @param retryMax  the longest wait between attempts
 * @param batchSize register facts read per batch (as the feed's {@code limit})
 */
public record MarksPushSettings(URI url, String secret, Duration interval, Duration retryBase, Duration retryMax,
        int batchSize) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(60);
    public static final Duration DEFAULT_RETRY_BASE = Duration.ofSeconds(30);
    public static final Duration DEFAULT_RETRY_MAX = Duration.ofHours(1);
    public static final int DEFAULT_BATCH_SIZE = 500;
    public static final int MIN_SECRET_LENGTH = 16;

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public MarksPushSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(retryBase, "retryBase");
        Objects.requireNonNull(retryMax, "retryMax");
        String problem = problemWith(url, true);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("the push secret must be at least " + MIN_SECRET_LENGTH + " characters");
        }
        if (interval.isNegative() || interval.isZero() || retryBase.isNegative() || retryBase.isZero()
                || retryMax.compareTo(retryBase) < 0) {
            throw new IllegalArgumentException("interval and retries must be positive, retryMax at least retryBase");
        }
        if (batchSize < 1 || batchSize > 1000) {
            throw new IllegalArgumentException("batchSize must be 1-1000, was " + batchSize);
        }
    }

    /** The defaults for everything but where and the secret. */
    public static MarksPushSettings of(URI url, String secret) {
        return new MarksPushSettings(url, secret, DEFAULT_INTERVAL, DEFAULT_RETRY_BASE, DEFAULT_RETRY_MAX,
                DEFAULT_BATCH_SIZE);
    }

    /**
     * What is wrong with {@code url} as a push endpoint, or null: an absolute https URL with a host;
     * {@code http} only when {@code loopbackHttp} and the host is this machine.
     */
    static String problemWith(URI url, boolean loopbackHttp) {
        if (!url.isAbsolute() || url.getHost() == null || url.getHost().isBlank()) {
            return "the push URL must be absolute with a host, like https://mis-connector.example/registerly/marks";
        }
        if (url.getUserInfo() != null) {
            return "the push URL must not hold a user or password: the secret goes in REGISTERLY_MARKS_PUSH_SECRET";
        }
        String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (scheme.equals("https")) {
            return null;
        }
        if (scheme.equals("http") && loopbackHttp && LOOPBACK.contains(url.getHost().toLowerCase(java.util.Locale.ROOT))) {
            return null;
        }
        return "the push URL must use https (the rows name pupils by UPN), was " + scheme + "://";
    }

    /** The wait before the next attempt after {@code failures} failures in a row (1 for the first). */
    public Duration retryAfter(int failures) {
        Duration wait = retryBase;
        for (int i = 1; i < failures && wait.compareTo(retryMax) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(retryMax) > 0 ? retryMax : wait;
    }

    @Override
    public String toString() {
        // the secret stays out of any log line that prints the configuration
        return "MarksPushSettings[url=" + url + ", interval=" + interval + ", retryBase=" + retryBase
                + ", retryMax=" + retryMax + ", batchSize=" + batchSize + "]";
    }
}
