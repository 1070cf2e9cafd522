package uk.registerly.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The marks push's settings (issue 17, item 5): off by default, https only from the environment. */
class MarksPushSettingsTest {

    private static final String SECRET = "0123456789abcdef0123";

    private static String problem(Map<String, String> env) {
        return assertThrows(StartupProblem.class, () -> ServerConfig.fromEnvironment(env)).getMessage();
    }

    @Test
    void thePushIsOffUnlessAUrlIsSet() {
        assertTrue(ServerConfig.fromEnvironment(Map.of("REGISTERLY_DATA_DIR", "/x")).marksPush().isEmpty());
    }

    @Test
    void anHttpsUrlAndASecretTurnItOnWithTheDefaultsAndTheSecretIsNeverPrinted() {
        MarksPushSettings push = ServerConfig.fromEnvironment(Map.of("REGISTERLY_DATA_DIR", "/x",
                "REGISTERLY_MARKS_PUSH_URL", "https://connector.example/registerly/marks",
                "REGISTERLY_MARKS_PUSH_SECRET", SECRET, "REGISTERLY_MARKS_PUSH_INTERVAL_SECONDS", "300"))
                .marksPush().orElseThrow();
        assertEquals(URI.create("https://connector.example/registerly/marks"), push.url());
        assertEquals(SECRET, push.secret());
        assertEquals(Duration.ofSeconds(300), push.interval());
        assertFalse(push.toString().contains(SECRET));
    }

    @Test
    void plainHttpIsRefusedFromTheEnvironmentEvenForLocalhost() {
        assertTrue(problem(Map.of("REGISTERLY_MARKS_PUSH_URL", "http://connector.example/marks",
                "REGISTERLY_MARKS_PUSH_SECRET", SECRET))
                .startsWith("REGISTERLY_MARKS_PUSH_URL: the push URL must use https"));
        assertTrue(problem(Map.of("REGISTERLY_MARKS_PUSH_URL", "http://localhost:9000/marks",
                "REGISTERLY_MARKS_PUSH_SECRET", SECRET)).contains("must use https"));
        assertTrue(problem(Map.of("REGISTERLY_MARKS_PUSH_URL", "https://user:pw@connector.example/marks",
                "REGISTERLY_MARKS_PUSH_SECRET", SECRET)).contains("must not hold a user or password"));
        assertTrue(problem(Map.of("REGISTERLY_MARKS_PUSH_URL", "not a url",
                "REGISTERLY_MARKS_PUSH_SECRET", SECRET)).startsWith("REGISTERLY_MARKS_PUSH_URL is not a URL"));
    }

    @Test
    void aUrlNeedsALongEnoughSecretAndASecretAlonePointsAtTheMissingUrl() {
        assertTrue(problem(Map.of("REGISTERLY_MARKS_PUSH_URL", "https://connector.example/marks"))
                .startsWith("REGISTERLY_MARKS_PUSH_SECRET must be set"));
        assertTrue(problem(Map.of("REGISTERLY_MARKS_PUSH_URL", "https://connector.example/marks",
                "REGISTERLY_MARKS_PUSH_SECRET", "short")).startsWith("REGISTERLY_MARKS_PUSH_SECRET must be set"));
        assertTrue(problem(Map.of("REGISTERLY_MARKS_PUSH_SECRET", SECRET))
                .startsWith("REGISTERLY_MARKS_PUSH_SECRET is set but REGISTERLY_MARKS_PUSH_URL is not"));
        assertTrue(problem(Map.of("REGISTERLY_MARKS_PUSH_URL", "https://connector.example/marks",
                "REGISTERLY_MARKS_PUSH_SECRET", SECRET, "REGISTERLY_MARKS_PUSH_INTERVAL_SECONDS", "0"))
                .startsWith("REGISTERLY_MARKS_PUSH_INTERVAL_SECONDS is 0"));
    }

    @Test
    void inCodeALoopbackHttpReceiverIsAllowedForTestsButNoOtherHttpHost() {
        assertEquals("localhost", MarksPushSettings.of(URI.create("http://localhost:8123/m"), SECRET).url().getHost());
        MarksPushSettings.of(URI.create("http://127.0.0.1:8123/m"), SECRET);
        assertThrows(IllegalArgumentException.class,
                () -> MarksPushSettings.of(URI.create("http://192.0.2.7/m"), SECRET));
    }

    @Test
    void theBackOffDoublesUpToItsLimit() {
        MarksPushSettings push = new MarksPushSettings(URI.create("https://c.example/m"), SECRET,
                Duration.ofSeconds(60), Duration.ofSeconds(30), Duration.ofMinutes(3), 500);
        assertEquals(Duration.ofSeconds(30), push.retryAfter(1));
        assertEquals(Duration.ofSeconds(60), push.retryAfter(2));
        assertEquals(Duration.ofSeconds(120), push.retryAfter(3));
        assertEquals(Duration.ofMinutes(3), push.retryAfter(4));
        assertEquals(Duration.ofMinutes(3), push.retryAfter(40));
    }
}
