package uk.registerly.server.config;

import static uk.registerly.server.config.ServerConfig.DEFAULT_DB_POOL_SIZE;
import static uk.registerly.server.config.ServerConfig.DEFAULT_MAX_BATCH_EVENTS;
import static uk.registerly.server.config.ServerConfig.DEFAULT_MAX_BODY_BYTES;
import static uk.registerly.server.config.ServerConfig.DEFAULT_MAX_EVIDENCE_BYTES;
import static uk.registerly.server.config.ServerConfig.DEFAULT_PORT;
import static uk.registerly.server.config.ServerConfig.DEFAULT_SIGN_IN_ATTEMPTS_PER_MINUTE;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import uk.registerly.server.ratelimit.TrustedProxies;

/**
 * The documented REGISTERLY_* variables (docs/server.md) read into a {@link ServerConfig}: a value that
 * cannot be used stops the start with a {@link StartupProblem} that says what to set instead.
 */
final class EnvironmentConfig {

    private EnvironmentConfig() {
    }

    /**
     * Reads REGISTERLY_* variables; anything unset takes its documented default.
     *
     * @throws StartupProblem naming the variable, what is wrong with its value and what to set instead
     */
    static ServerConfig read(Map<String, String> env) {
        ServerConfig.Builder b = ServerConfig.builder();
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
        long minBody = ServerConfig.minBodyBytesFor(maxEvidence);
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
        int cacheDefault = ServerConfig.defaultCacheMaxFacts();
        b.cacheMaxFacts(intVar(env, "REGISTERLY_CACHE_MAX_FACTS", cacheDefault, 0, Integer.MAX_VALUE,
                "set it to the register facts this server may hold evaluated in memory, over all schools (default "
                        + cacheDefault + ": 40% of this JVM's maximum heap at " + ServerConfig.CACHED_FACT_BYTES
                        + " bytes a fact; a 1,500-pupil school holds about 600,000 facts at the end of a year)"));
        String proxies = env.get("REGISTERLY_TRUSTED_PROXIES");
        try {
            b.trustedProxies(TrustedProxies.parse(proxies));
        } catch (IllegalArgumentException e) {
            throw new StartupProblem("REGISTERLY_TRUSTED_PROXIES: " + e.getMessage()
                    + ": set it to the load balancers' addresses as CIDRs separated by commas (10.0.0.0/8, 192.0.2.10/32),"
                    + " or unset it when clients reach this server directly");
        }
        b.marksPush(MarksPushEnvironment.read(env));
        String node = env.get("REGISTERLY_NODE_NAME");
        if (node != null && !node.isBlank()) {
            b.nodeName(node);
        }
        return b.build();
    }

    static int intVar(Map<String, String> env, String name, int fallback, int min, int max, String fix) {
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
}
