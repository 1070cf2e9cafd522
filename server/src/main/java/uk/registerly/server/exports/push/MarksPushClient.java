package uk.registerly.server.exports.push;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import uk.registerly.server.config.MarksPushSettings;
import uk.registerly.server.http.Json;

/**
 * POSTs a batch to the integrator's endpoint with the bearer secret and the batch's
 * {@code Idempotency-Key}. Redirects are not followed: a redirect could carry the rows to a plain-http
 * or unexpected address.
 */
final class MarksPushClient {

    /** What the receiver said: delivered on any 2xx; {@code status} a short word for the cursor row. */
    record Outcome(boolean delivered, String status) {
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final MarksPushSettings settings;
    private final HttpClient http;

    MarksPushClient(MarksPushSettings settings) {
        this.settings = settings;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    Outcome post(MarksPushBatch batch) {
        byte[] body;
        try {
            body = Json.MAPPER.writeValueAsBytes(batch.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a feed row did not serialise", e);
        }
        HttpRequest request = HttpRequest.newBuilder(settings.url()).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + settings.secret())
                .header("Idempotency-Key", batch.idempotencyKey().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int code = response.statusCode();
            return new Outcome(code >= 200 && code < 300, "HTTP " + code);
        } catch (IOException e) {
            return new Outcome(false, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, "interrupted");
        }
    }
}
