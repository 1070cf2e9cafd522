package uk.registerly.server.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
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
    public static final int DEFAULT_CACHE_MAX_FACTS = 5_000_000;

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
        Builder b = builder();
        b.port(intVar(env, "REGISTERLY_PORT", DEFAULT_PORT, 0, 65535,
                "set it to a port number from 1 to 65535, or 0 for any free port"));
        String url = env.get("REGISTERLY_DB_URL");
        if (url != null && !url.isBlank()) {
            if (!url.trim().startsWith("jdbc:postgresql:")) {
                throw new StartupProblem("REGISTERLY_DB_URL is not a PostgreSQL JDBC URL ('"
                        + DatabaseSettings.withoutParameters(url.trim()) + "'): set it like"
                        + " jdbc:postgresql://db:5432/registerly, or unset it to use the embedded database");
            }
            b.database(DatabaseSettings.external(url.trim(), env.get("REGISTERLY_DB_USER"),
                    env.get("REGISTERLY_DB_PASSWORD")));
        } else {
            String dir = env.get("REGISTERLY_DATA_DIR");
            Path dataDir;
            try {
                dataDir = dir != null && !dir.isBlank()
                        ? Path.of(dir)
                        : Path.of(System.getProperty("user.home"), ".registerly", "postgres");
            } catch (InvalidPathException e) {
                throw new StartupProblem("REGISTERLY_DATA_DIR is not a usable path ('" + dir + "': " + e.getReason()
                        + "): set it to a directory the server may write, e.g. /var/lib/registerly/postgres", e);
            }
            b.database(DatabaseSettings.embedded(dataDir));
        }
        int maxEvidence = intVar(env, "REGISTERLY_MAX_EVIDENCE_BYTES", DEFAULT_MAX_EVIDENCE_BYTES, 1, Integer.MAX_VALUE,
                "set it to the largest photo to accept, in bytes (default " + DEFAULT_MAX_EVIDENCE_BYTES + ")");
        long minBody = minBodyBytesFor(maxEvidence);
        int maxBody = intVar(env, "REGISTERLY_MAX_BODY_BYTES", (int) DEFAULT_MAX_BODY_BYTES, 1, Integer.MAX_VALUE,
                "set it to the largest request body to accept, in bytes (default " + DEFAULT_MAX_BODY_BYTES + ")");
        if (maxBody < minBody) {
            boolean unset = env.get("REGISTERLY_MAX_BODY_BYTES") == null || env.get("REGISTERLY_MAX_BODY_BYTES").isBlank();
            throw new StartupProblem("REGISTERLY_MAX_BODY_BYTES (" + maxBody + (unset ? ", the default" : "")
                    + ") cannot hold a photo of"
                    + " REGISTERLY_MAX_EVIDENCE_BYTES (" + maxEvidence + ") sent as base64: set it to at least "
                    + minBody + ", or lower REGISTERLY_MAX_EVIDENCE_BYTES");
        }
        b.maxEvidenceBytes(maxEvidence);
        b.maxBodyBytes(maxBody);
        b.maxBatchEvents(intVar(env, "REGISTERLY_MAX_BATCH_EVENTS", DEFAULT_MAX_BATCH_EVENTS, 1, Integer.MAX_VALUE,
                "set it to the most events a device may push at once (default " + DEFAULT_MAX_BATCH_EVENTS + ")"));
        b.signInAttemptsPerMinute(intVar(env, "REGISTERLY_SIGN_IN_PER_MINUTE", DEFAULT_SIGN_IN_ATTEMPTS_PER_MINUTE, 1,
                Integer.MAX_VALUE, "set it to the sign-in attempts allowed per address per minute (default "
                        + DEFAULT_SIGN_IN_ATTEMPTS_PER_MINUTE + ")"));
        b.dbPoolSize(intVar(env, "REGISTERLY_DB_POOL_SIZE", DEFAULT_DB_POOL_SIZE, 1, 1000,
                "set it to the database connections this server may open, from 1 to 1000 (default "
                        + DEFAULT_DB_POOL_SIZE + ")"));
        b.cacheMaxFacts(intVar(env, "REGISTERLY_CACHE_MAX_FACTS", DEFAULT_CACHE_MAX_FACTS, 0, Integer.MAX_VALUE,
                "set it to the register facts this server may hold evaluated in memory, over all schools (default "
                        + DEFAULT_CACHE_MAX_FACTS + ", about 8 schools of 1,500 pupils at the end of a year)"));
        String proxies = env.get("REGISTERLY_TRUSTED_PROXIES");
        try {
            b.trustedProxies(TrustedProxies.parse(proxies));
        } catch (IllegalArgumentException e) {
            throw new StartupProblem("REGISTERLY_TRUSTED_PROXIES: " + e.getMessage()
                    + ": set it to the load balancers' addresses as CIDRs separated by commas (10.0.0.0/8, 192.0.2.10/32),"
                    + " or unset it when clients reach this server directly");
        }
        String node = env.get("REGISTERLY_NODE_NAME");
        if (node != null && !node.isBlank()) {
            b.nodeName(node);
        }
        return b.build();
    }

    /** The smallest body that holds a photo of {@code maxEvidenceBytes} as base64 with its JSON around it. */
    private static long minBodyBytesFor(long maxEvidenceBytes) {
        return maxEvidenceBytes * 4L / 3 + 1024;
    }

    private static int intVar(Map<String, String> env, String name, int fallback, int min, int max, String fix) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new StartupProblem(name + " is '" + value + "', not a whole number: " + fix);
        }
        if (parsed < min || parsed > max) {
            throw new StartupProblem(name + " is " + parsed + ", outside " + min + "-" + max + ": " + fix);
        }
        return parsed;
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

    /** Register facts the app server's cache of evaluated schools may hold (0: none kept). */
    public int cacheMaxFacts() {
        return cacheMaxFacts;
    }

    public Builder toBuilder() {
        return builder().port(port).database(database).demoMode(demoMode).maxBodyBytes(maxBodyBytes)
                .maxBatchEvents(maxBatchEvents).maxEvidenceBytes(maxEvidenceBytes)
                .signInAttemptsPerMinute(signInAttemptsPerMinute).dbPoolSize(dbPoolSize)
                .nodeName(nodeName).cacheMaxFacts(cacheMaxFacts).trustedProxies(trustedProxies).clock(clock);
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
        private int cacheMaxFacts = DEFAULT_CACHE_MAX_FACTS;
        private TrustedProxies trustedProxies = TrustedProxies.NONE;
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
