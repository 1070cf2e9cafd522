package uk.registerly.server.exports.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import uk.registerly.server.http.Json;

/**
 * An integrator's endpoint for the push tests: a real JDK HTTP server on the loopback address that keeps
 * every request it got, and answers 503 to the first {@code failFirst} of them.
 */
final class TestReceiver implements AutoCloseable {

    /** One request as it arrived, and what it was answered. */
    record Received(String authorization, String idempotencyKey, JsonNode body, int answered) {
    }

    private final HttpServer http;
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger failuresLeft;

    TestReceiver(int failFirst) {
        failuresLeft = new AtomicInteger(failFirst);
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.createContext("/marks", exchange -> {
            byte[] bytes;
            try (InputStream in = exchange.getRequestBody()) {
                bytes = in.readAllBytes();
            }
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
            synchronized (received) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Idempotency-Key"), Json.MAPPER.readTree(bytes), status));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        http.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/marks");
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** The changes of the batches answered 2xx, in the order they came. */
    List<JsonNode> deliveredChanges() {
        List<JsonNode> changes = new ArrayList<>();
        for (Received r : received()) {
            if (r.answered() / 100 == 2) {
                r.body().get("changes").forEach(changes::add);
            }
        }
        return changes;
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
