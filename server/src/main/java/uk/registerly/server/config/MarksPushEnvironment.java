package uk.registerly.server.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;

/**
 * The marks push's REGISTERLY_MARKS_PUSH_* variables (docs/server.md): unset URL, no push. From the
 * environment the URL must be https — a loopback http receiver is for tests, which build the settings
 * in code.
 */
final class MarksPushEnvironment {

    static final String URL = "REGISTERLY_MARKS_PUSH_URL";
    static final String SECRET = "REGISTERLY_MARKS_PUSH_SECRET";
    static final String INTERVAL = "REGISTERLY_MARKS_PUSH_INTERVAL_SECONDS";

    private MarksPushEnvironment() {
    }

    static MarksPushSettings read(Map<String, String> env) {
        String url = env.get(URL);
        String secret = env.get(SECRET);
        if (url == null || url.isBlank()) {
            if (secret != null && !secret.isBlank()) {
                throw new StartupProblem(SECRET + " is set but " + URL + " is not: set " + URL
                        + " to the integrator's https endpoint, or unset " + SECRET + " to leave the push off");
            }
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new StartupProblem(URL + " is not a URL (" + e.getReason()
                    + "): set it like https://mis-connector.example/registerly/marks, or unset it");
        }
        String problem = MarksPushSettings.problemWith(uri, false);
        if (problem != null) {
            throw new StartupProblem(URL + ": " + problem + ": set it to the integrator's https endpoint, or unset it");
        }
        if (secret == null || secret.isBlank() || secret.trim().length() < MarksPushSettings.MIN_SECRET_LENGTH) {
            throw new StartupProblem(SECRET + " must be set, at least " + MarksPushSettings.MIN_SECRET_LENGTH
                    + " characters, when " + URL + " is: set it to the bearer secret the integrator checks"
                    + " (e.g. openssl rand -hex 32)");
        }
        int interval = EnvironmentConfig.intVar(env, INTERVAL, (int) MarksPushSettings.DEFAULT_INTERVAL.toSeconds(),
                1, 86_400, "set it to the seconds between pushes, 1-86400 (default "
                        + MarksPushSettings.DEFAULT_INTERVAL.toSeconds() + ")");
        return new MarksPushSettings(uri, secret.trim(), Duration.ofSeconds(interval),
                MarksPushSettings.DEFAULT_RETRY_BASE, MarksPushSettings.DEFAULT_RETRY_MAX,
                MarksPushSettings.DEFAULT_BATCH_SIZE);
    }
}
