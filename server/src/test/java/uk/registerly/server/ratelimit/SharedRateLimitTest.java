package uk.registerly.server.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.testing.TestServers;

/**
 * The sign-in limit is kept in PostgreSQL: two app servers over one database, behind a (trusted) load
 * balancer that names the client in X-Forwarded-For, allow a client the limit once between them.
 */
class SharedRateLimitTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void twoAppServersOverOneDatabaseShareOneLimitPerForwardedClient() {
        // A limit of its own (the bucket is per limit), so other tests' buckets are not this one's.
        var config = TestServers.config().signInAttemptsPerMinute(4)
                .trustedProxies(TrustedProxies.parse("127.0.0.0/8, ::1/128"));
        try (RegisterlyServer a = RegisterlyServer.start(config.nodeName("a").build());
             RegisterlyServer b = RegisterlyServer.start(config.nodeName("b").build())) {
            String client = testNetAddress();
            for (int i = 0; i < 4; i++) {
                RegisterlyServer server = i % 2 == 0 ? a : b;
                assertEquals(401, enrol(server, client, null), "attempt " + (i + 1) + " of 4, wrong code");
            }
            assertEquals(429, enrol(a, client, null), "the fifth attempt, on either server");
            assertEquals(429, enrol(b, client, null));
            assertEquals(401, enrol(b, testNetAddress(), null), "another client behind the same balancer has its own");
            // A client's own X-Forwarded-For entries (left of what the balancer appended) prove nothing.
            assertEquals(429, enrol(a, client, testNetAddress() + ", " + client));
        }
    }

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnoredAndTheSocketAddressCounts() {
        var config = TestServers.config().signInAttemptsPerMinute(2);
        try (RegisterlyServer a = RegisterlyServer.start(config.nodeName("a").build());
             RegisterlyServer b = RegisterlyServer.start(config.nodeName("b").build())) {
            assertEquals(401, enrol(a, testNetAddress(), null));
            assertEquals(401, enrol(b, testNetAddress(), null));
            int third = enrol(a, testNetAddress(), null);
            assertEquals(429, third, "a new X-Forwarded-For each time is still the same socket address");
        }
    }

    /** A POST /api/v1/devices with a wrong code, through a "balancer" that forwards for {@code client}. */
    private static int enrol(RegisterlyServer server, String client, String clientSent) {
        String forwarded = clientSent == null ? client : clientSent;
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/devices"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwarded)
                .POST(HttpRequest.BodyPublishers.ofString("{\"enrolmentCode\": \"WRONG-" + UUID.randomUUID() + "\"}"))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429) {
                assertTrue(response.body().contains("\"retryAfterSeconds\""), response.body());
            }
            return response.statusCode();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fresh documentation address (198.18.0.0/15, the benchmarking range): a client no other test is. */
    private static String testNetAddress() {
        int n = (int) (Math.random() * 65_000);
        return "198." + (18 + (n >> 15)) + "." + ((n >> 8) & 0x7f) + "." + (n & 0xff);
    }
}
