package uk.registerly.server.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.registerly.server.RegisterlyServer;
import uk.registerly.server.demo.DemoSchool;
import uk.registerly.server.demo.DemoSchoolOptions;
import uk.registerly.server.http.Json;
import uk.registerly.server.ratelimit.TrustedProxies;
import uk.registerly.server.testing.TestServers;

/**
 * The audit log says where a request came from the way the rate limiter does: behind a trusted proxy the
 * client it names in X-Forwarded-For, behind anything else the socket's peer (a client cannot write
 * another address into the trail by sending the header itself).
 */
class AuditClientAddressTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String CLIENT = "198.51.100.23";

    @Test
    void behindATrustedProxyTheForwardedClientIsRecorded() {
        var config = TestServers.config().trustedProxies(TrustedProxies.parse("127.0.0.0/8, ::1/128"));
        try (RegisterlyServer server = RegisterlyServer.start(config.build())) {
            DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
            enrolThroughProxy(server, school.officeCode(), "203.0.113.9, " + CLIENT);
            assertEquals(List.of(CLIENT), addressesOfEnrolment(server, school),
                    "the right-most untrusted hop, not the client-written left one nor the proxy");
        }
    }

    @Test
    void behindAnUntrustedPeerTheHeaderIsIgnoredAndTheSocketAddressIsRecorded() {
        // Trusts only 10.0.0.0/8: the test's own connection (loopback) is not a trusted proxy.
        var config = TestServers.config().trustedProxies(TrustedProxies.parse("10.0.0.0/8"));
        try (RegisterlyServer server = RegisterlyServer.start(config.build())) {
            DemoSchool school = server.demoSchools().create(DemoSchoolOptions.small());
            enrolThroughProxy(server, school.officeCode(), CLIENT);
            List<String> recorded = addressesOfEnrolment(server, school);
            assertEquals(1, recorded.size(), recorded.toString());
            String peer = recorded.get(0);
            assertEquals(true, peer.equals("127.0.0.1") || peer.contains(":"), "the loopback peer, got " + peer);
        }
    }

    private static List<String> addressesOfEnrolment(RegisterlyServer server, DemoSchool school) {
        return server.database().jdbi().withHandle(h -> h.createQuery("""
                        select distinct client_ip from audit_log
                        where school_id = :s and action = 'device.enrolled' and client_ip is not null""")
                .bind("s", school.schoolId()).mapTo(String.class).list());
    }

    private static void enrolThroughProxy(RegisterlyServer server, String code, String forwardedFor) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "/api/v1/devices"))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(java.util.Map.of("enrolmentCode", code))))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(201, response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
