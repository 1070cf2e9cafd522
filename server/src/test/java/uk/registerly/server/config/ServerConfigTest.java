package uk.registerly.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerConfigTest {

    private static String problem(Map<String, String> env) {
        return assertThrows(StartupProblem.class, () -> ServerConfig.fromEnvironment(env)).getMessage();
    }

    @Test
    void unsetVariablesTakeTheDocumentedDefaults() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of("REGISTERLY_DATA_DIR", "/srv/registerly/pg"));
        assertEquals(ServerConfig.DEFAULT_PORT, config.port());
        assertEquals(Path.of("/srv/registerly/pg"), config.database().dataDir());
        assertEquals(ServerConfig.DEFAULT_MAX_BODY_BYTES, config.maxBodyBytes());
        assertEquals(ServerConfig.DEFAULT_DB_POOL_SIZE, config.dbPoolSize());
    }

    @Test
    void trustedProxiesAndTheCacheSizeAreReadAndABadProxyNamesTheEntry() {
        ServerConfig config = ServerConfig.fromEnvironment(Map.of("REGISTERLY_DATA_DIR", "/srv/registerly/pg",
                "REGISTERLY_TRUSTED_PROXIES", "10.0.0.0/8, 192.0.2.10/32", "REGISTERLY_CACHE_MAX_FACTS", "1000"));
        assertTrue(config.trustedProxies().trusts("10.3.4.5"));
        assertFalse(config.trustedProxies().trusts("192.0.2.11"));
        assertEquals(1000, config.cacheMaxFacts());
        assertTrue(ServerConfig.fromEnvironment(Map.of("REGISTERLY_DATA_DIR", "/x")).trustedProxies().isEmpty());
        assertTrue(problem(Map.of("REGISTERLY_TRUSTED_PROXIES", "10.0.0.0/8, lb.internal"))
                .startsWith("REGISTERLY_TRUSTED_PROXIES: 'lb.internal' is not an IP address or CIDR: set it to"));
        assertTrue(problem(Map.of("REGISTERLY_CACHE_MAX_FACTS", "-5")).startsWith("REGISTERLY_CACHE_MAX_FACTS is -5"));
    }

    @Test
    void theCacheFillsFortyPercentOfTheHeapByDefaultSoATrustOfTenYearEndSchoolsFitsIn14GiB() {
        long gib = 1024L * 1024 * 1024;
        // 600,355 facts: a 1,500-pupil school at the end of a year (docs/benchmarks.md)
        assertTrue(ServerConfig.defaultCacheMaxFacts(14 * gib) > 10 * 600_355);
        assertEquals(1_227_133, ServerConfig.defaultCacheMaxFacts(1 * gib));
        assertEquals(Integer.MAX_VALUE, ServerConfig.defaultCacheMaxFacts(4096 * gib));
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.defaultCacheMaxFacts(0));
        assertEquals(ServerConfig.defaultCacheMaxFacts(Runtime.getRuntime().maxMemory()),
                ServerConfig.fromEnvironment(Map.of("REGISTERLY_DATA_DIR", "/x")).cacheMaxFacts());
    }

    @Test
    void eachBadNumberNamesItsVariableTheValueAndTheFix() {
        assertEquals("REGISTERLY_PORT is 'abc', not a whole number: set it to a port number from 1 to 65535, or 0 for"
                + " any free port", problem(Map.of("REGISTERLY_PORT", "abc")));
        assertEquals("REGISTERLY_PORT is 65536, outside 0-65535: set it to a port number from 1 to 65535, or 0 for any"
                + " free port", problem(Map.of("REGISTERLY_PORT", "65536")));
        assertTrue(problem(Map.of("REGISTERLY_DB_POOL_SIZE", "-1")).startsWith("REGISTERLY_DB_POOL_SIZE is -1, outside"));
        assertTrue(problem(Map.of("REGISTERLY_MAX_BATCH_EVENTS", "0")).startsWith("REGISTERLY_MAX_BATCH_EVENTS is 0,"));
        assertTrue(problem(Map.of("REGISTERLY_SIGN_IN_PER_MINUTE", "ten")).startsWith("REGISTERLY_SIGN_IN_PER_MINUTE is"
                + " 'ten', not a whole number"));
        assertEquals("REGISTERLY_MAX_BODY_BYTES (1000000) cannot hold a photo of REGISTERLY_MAX_EVIDENCE_BYTES (1048576)"
                + " sent as base64: set it to at least 1399125, or lower REGISTERLY_MAX_EVIDENCE_BYTES",
                problem(Map.of("REGISTERLY_MAX_BODY_BYTES", "1000000")));
    }

    @Test
    void aDatabaseUrlMustBePostgresAndItsParametersAreNeverShown() {
        String message = problem(Map.of("REGISTERLY_DB_URL", "postgres://db/registerly?password=s3cret"));
        assertTrue(message.startsWith("REGISTERLY_DB_URL is not a PostgreSQL JDBC URL ('postgres://db/registerly')"),
                message);
        ServerConfig config = ServerConfig.fromEnvironment(
                Map.of("REGISTERLY_DB_URL", "jdbc:postgresql://db:5432/registerly?password=s3cret"));
        assertEquals("PostgreSQL at jdbc:postgresql://db:5432/registerly", config.database().toString());
        assertFalse(config.database().toString().contains("s3cret"));
    }

    @Test
    void aStartupProblemIsAlwaysOneLine() {
        assertEquals("a b c", new StartupProblem("a\n  b\r\n\tc ").getMessage());
        StartupProblem wrapped = StartupProblem.describe(new RuntimeException("outer",
                new IllegalStateException("inner\nsecond line")), 8080);
        assertEquals("unexpected IllegalStateException: inner second line (" + StartupProblem.DEBUG_LOG + ")",
                wrapped.getMessage());
        StartupProblem found = new StartupProblem("the real problem: the fix");
        assertEquals(found, StartupProblem.describe(new RuntimeException(found), 8080));
        assertTrue(StartupProblem.describe(new RuntimeException(new java.net.BindException("Address already in use")),
                8443).getMessage().startsWith("port 8443 is already in use"));
    }
}
