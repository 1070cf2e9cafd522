package uk.registerly.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import uk.registerly.server.http.Json;

/** Real HTTP to a running server, answering status, headers and JSON body. */
public final class ApiClient {

    public record Response(int status, JsonNode body, HttpResponse<String> raw) {

        public String text(String field) {
            JsonNode value = body.get(field);
            return value == null ? null : value.asText();
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET().build(), null);
    }

    /** A binary answer (a letter's PDF): its status and bytes, the exchange held to the document as any other. */
    public record Bytes(int status, String contentType, byte[] body) {
    }

    public Bytes getBytes(String path, String token) {
        HttpRequest request = request(path, token).GET().build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            String text = new String(response.body(), java.nio.charset.StandardCharsets.ISO_8859_1);
            var operation = OpenApiContract.served().operation("GET", request.uri());
            List<String> problems = operation.isEmpty() ? List.of("undocumented")
                    : OpenApiContract.served().responseProblems(operation.get(), response.statusCode(), contentType,
                            contentType != null && contentType.startsWith("application/pdf") ? "" : text);
            if (!problems.isEmpty()) {
                throw new AssertionError("OpenAPI document vs GET " + path + " -> " + response.statusCode() + ": " + problems);
            }
            return new Bytes(response.statusCode(), contentType, response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, String token, Object body) {
        return postRaw(path, token, body instanceof String s ? s : Json.write(body), "application/json");
    }

    public Response put(String path, String token, Object body) {
        String text = body instanceof String s ? s : Json.write(body);
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(text)).build(), text);
    }

    public Response postRaw(String path, String token, String body, String contentType) {
        return send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), body);
    }

    public Response send(String method, String path, String token, String body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return send(request(path, token).header("Content-Type", "application/json").method(method, publisher).build(),
                body);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    private Response send(HttpRequest request, String requestBody) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            holdToTheDocument(request, requestBody, response);
            String text = response.body();
            JsonNode body = text == null || text.isBlank() || !text.trim().startsWith("{") && !text.trim().startsWith("[")
                    ? Json.object() : Json.MAPPER.readTree(text);
            return new Response(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Every exchange a test makes is held to the OpenAPI document: the answer must be documented for its
     * operation and status and match the schema, and a request the server accepted must be one the
     * document allows (else the document refuses what the server takes).
     */
    private static void holdToTheDocument(HttpRequest request, String body, HttpResponse<String> response) {
        OpenApiContract contract = OpenApiContract.served();
        String contentType = response.headers().firstValue("Content-Type").orElse(null);
        List<String> problems = new ArrayList<>();
        if (response.headers().firstValue("X-Server-Time").isEmpty()) {
            problems.add("no X-Server-Time header");
        }
        var operation = contract.operation(request.method(), request.uri());
        if (operation.isEmpty()) {
            problems.addAll(contract.errorProblems(response.body()));
        } else {
            problems.addAll(contract.responseProblems(operation.get(), response.statusCode(), contentType, response.body()));
            if (response.statusCode() / 100 == 2) {
                String requestType = request.headers().firstValue("Content-Type").orElse(null);
                for (String p : contract.requestProblems(operation.get(), request.uri(), requestType, body)) {
                    problems.add("the server accepted what the document refuses: " + p);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError("OpenAPI document vs " + request.method() + " " + request.uri().getRawPath() + " -> "
                    + response.statusCode() + ": " + problems + "\n  answer: " + abbreviated(response.body())
                    + (body == null ? "" : "\n  request: " + abbreviated(body)));
        }
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }

    /** Enrols a device with {@code code}; returns its token. */
    public String enrol(String code) {
        Response r = post("/api/v1/devices", null, java.util.Map.of("enrolmentCode", code));
        if (r.status() != 201) {
            throw new AssertionError("enrolment failed: " + r);
        }
        return r.text("token");
    }

    /** Signs a parent in with an invitation code; returns the token. */
    public String signInParent(String code) {
        Response r = post("/api/v1/parents/sign-in", null, java.util.Map.of("invitationCode", code));
        if (r.status() != 201) {
            throw new AssertionError("sign-in failed: " + r);
        }
        return r.text("token");
    }
}
