package uk.registerly.server.config;

import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import uk.registerly.server.ratelimit.TrustedProxies;

/**
 * Everything the server can be told at start. {@link #fromEnvironment(Map)} reads the documented
 * REGISTERLY_* variables (see docs/server.md); code and tests use {@link #builder()}.
 */
public final class ServerConfig {

    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY_BYTES = 2L * 1024 * 1024;
    public static final int DEFAULT_MAX_BATCH_EVENTS = 1000;
    public static final int DEFAULT_MAX_EVIDENCE_BYTES = 1024 * 1024;
    public static final int DEFAULT_SIGN_IN_ATTEMPTS_PER_MINUTE = 10;
    public static final int DEFAULT_DB_POOL_SIZE = 12;
    /**
     * What one cached fact costs on the heap, measured with a 1,500-pupil school at the end of a year
     * (docs/benchmarks.md: 195 MiB for 600,355 facts, 341 bytes a fact), rounded up.
     */
    public static final int CACHED_FACT_BYTES = 350;
    /** The share of the heap the cache may fill by default: the rest serves requests, pools and the rules. */
    public static final double DEFAULT_CACHE_HEAP_SHARE = 0.4;

    private final int port;
    private final DatabaseSettings database;
    private final boolean demoMode;
    private final long maxBodyBytes;
    private final int maxBatchEvents;
    private final int maxEvidenceBytes;
    private final int signInAttemptsPerMinute;
    private final int dbPoolSize;
    private final String nodeName;
    private final int cacheMaxFacts;
    private final TrustedProxies trustedProxies;
    private final MarksPushSettings marksPush;
    private final Clock clock;

    private ServerConfig(Builder b) {
        this.port = b.port;
        this.database = Objects.requireNonNull(b.database, "database");
        this.demoMode = b.demoMode;
        this.maxBodyBytes = b.maxBodyBytes;
        this.maxBatchEvents = b.maxBatchEvents;
        this.maxEvidenceBytes = b.maxEvidenceBytes;
        this.signInAttemptsPerMinute = b.signInAttemptsPerMinute;
        this.dbPoolSize = b.dbPoolSize;
        this.nodeName = b.nodeName;
        this.cacheMaxFacts = b.cacheMaxFacts;
        this.trustedProxies = b.trustedProxies;
        this.marksPush = b.marksPush;
        this.clock = b.clock;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        if (minBodyBytesFor(maxEvidenceBytes) > maxBodyBytes) {
            throw new IllegalArgumentException("the body limit must hold a base64 photo of maxEvidenceBytes");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads REGISTERLY_* variables; anything unset takes its documented default.
     *
     * @throws StartupProblem naming the variable, what is wrong with its value and what to set instead
     */
    public static ServerConfig fromEnvironment(Map<String, String> env) {
        return EnvironmentConfig.read(env);
    }

    /** The smallest body that holds a photo of {@code maxEvidenceBytes} as base64 with its JSON around it. */
    static long minBodyBytesFor(long maxEvidenceBytes) {
        return maxEvidenceBytes * 4L / 3 + 1024;
    }

    public int port() {
        return port;
    }

    public DatabaseSettings database() {
        return database;
    }

    public boolean demoMode() {
        return demoMode;
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public int maxBatchEvents() {
        return maxBatchEvents;
    }

    public int maxEvidenceBytes() {
        return maxEvidenceBytes;
    }

    public int signInAttemptsPerMinute() {
        return signInAttemptsPerMinute;
    }

    public int dbPoolSize() {
        return dbPoolSize;
    }

    public String nodeName() {
        return nodeName;
    }

    public Clock clock() {
        return clock;
    }

    /** The proxies whose X-Forwarded-For names the client a rate limit counts (none: the socket's address). */
    public TrustedProxies trustedProxies() {
        return trustedProxies;
    }

    /**
     * The cache's default size on a heap of {@code maxHeapBytes}: the facts that fill 40% of it. A fixed
     * number would either overrun a small heap or leave a large one idle, and a trust whose schools do not
     * all fit would evict each school in turn (least recently used) and evaluate every one from scratch on
     * every request (docs/benchmarks.md: 24 s instead of under 2 s for 10 schools at the end of a year).
     */
    public static int defaultCacheMaxFacts(long maxHeapBytes) {
        if (maxHeapBytes <= 0) {
            throw new IllegalArgumentException("the heap's size must be positive, was " + maxHeapBytes);
        }
        return (int) Math.min(Integer.MAX_VALUE, (long) (maxHeapBytes * DEFAULT_CACHE_HEAP_SHARE) / CACHED_FACT_BYTES);
    }

    /** The default for this JVM's maximum heap ({@code -Xmx}). */
    public static int defaultCacheMaxFacts() {
        return defaultCacheMaxFacts(Runtime.getRuntime().maxMemory());
    }

    /** Register facts the app server's cache of evaluated schools may hold (0: none kept). */
    public int cacheMaxFacts() {
        return cacheMaxFacts;
    }

    /** The optional push of the marks to an integrator's endpoint (issue 17, item 5): empty when off. */
    public Optional<MarksPushSettings> marksPush() {
        return Optional.ofNullable(marksPush);
    }

    public Builder toBuilder() {
        return builder().port(port).database(database).demoMode(demoMode).maxBodyBytes(maxBodyBytes)
                .maxBatchEvents(maxBatchEvents).maxEvidenceBytes(maxEvidenceBytes)
                .signInAttemptsPerMinute(signInAttemptsPerMinute).dbPoolSize(dbPoolSize)
                .nodeName(nodeName).cacheMaxFacts(cacheMaxFacts).trustedProxies(trustedProxies).marksPush(marksPush).clock(clock);
    }

    public static final class Builder {
        private int port = DEFAULT_PORT;
        private DatabaseSettings database;
        private boolean demoMode;
        private long maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
        private int maxBatchEvents = DEFAULT_MAX_BATCH_EVENTS;
        private int maxEvidenceBytes = DEFAULT_MAX_EVIDENCE_BYTES;
        private int signInAttemptsPerMinute = DEFAULT_SIGN_IN_ATTEMPTS_PER_MINUTE;
        private int dbPoolSize = DEFAULT_DB_POOL_SIZE;
        private String nodeName = "node";
        private int cacheMaxFacts = defaultCacheMaxFacts();
        private TrustedProxies trustedProxies = TrustedProxies.NONE;
        private MarksPushSettings marksPush;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** 0 binds a free port; {@code RegisterlyServer.port()} tells which. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder database(DatabaseSettings database) {
            this.database = database;
            return this;
        }

        /** Demo enrolment and invitation codes work only while this is on. */
        public Builder demoMode(boolean demoMode) {
            this.demoMode = demoMode;
            return this;
        }

        public Builder maxBodyBytes(long maxBodyBytes) {
            this.maxBodyBytes = maxBodyBytes;
            return this;
        }

        public Builder maxBatchEvents(int maxBatchEvents) {
            this.maxBatchEvents = maxBatchEvents;
            return this;
        }

        public Builder maxEvidenceBytes(int maxEvidenceBytes) {
            this.maxEvidenceBytes = maxEvidenceBytes;
            return this;
        }

        /** Enrolment and parent sign-in attempts allowed per client address per minute. */
        public Builder signInAttemptsPerMinute(int attempts) {
            this.signInAttemptsPerMinute = attempts;
            return this;
        }

        public Builder dbPoolSize(int dbPoolSize) {
            this.dbPoolSize = dbPoolSize;
            return this;
        }

        /** Names this app server in PostgreSQL's pg_stat_activity (application_name registerly/NODE). */
        public Builder nodeName(String nodeName) {
            this.nodeName = Objects.requireNonNull(nodeName);
            return this;
        }

        /** Register facts held evaluated in memory over all cached schools (the cache's size limit). */
        public Builder cacheMaxFacts(int cacheMaxFacts) {
            if (cacheMaxFacts < 0) {
                throw new IllegalArgumentException("cacheMaxFacts must not be negative");
            }
            this.cacheMaxFacts = cacheMaxFacts;
            return this;
        }

        public Builder trustedProxies(TrustedProxies trustedProxies) {
            this.trustedProxies = Objects.requireNonNull(trustedProxies);
            return this;
        }

        /** Turns the marks push on (null: off, the default). */
        public Builder marksPush(MarksPushSettings marksPush) {
            this.marksPush = marksPush;
            return this;
        }

        /** The server's notion of now: fixed in tests of "today" worklists. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public ServerConfig build() {
            return new ServerConfig(this);
        }
    }
}
