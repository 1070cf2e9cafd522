package uk.registerly.app.testing;

import androidx.annotation.NonNull;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A MockWebServer dispatcher that behaves like a healthy server with nothing to send: every pushed
 * event is ACCEPTED, every pull is an empty last page, every photo upload is stored (201). Counts
 * the pushes it answered and keeps each request's path and body, in order.
 */
public class AcceptingServer extends Dispatcher {
    public static final String SERVER_TIME = "2026-09-07T07:42:00Z";

    public final AtomicInteger pushes = new AtomicInteger();
    /** Each request's path (without its query) and body, in the order they came. */
    public final List<String> paths = Collections.synchronizedList(new ArrayList<>());
    public final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    /** What photo uploads are answered with. */
    public volatile int evidenceStatus = 201;
    /** Canned answers by path (e.g. a parent's claim), before the healthy defaults. */
    private final java.util.Map<String, MockResponse> answers = new java.util.concurrent.ConcurrentHashMap<>();

    /** Answers requests to {@code path} with {@code response} (the same each time). */
    public AcceptingServer answer(String path, MockResponse response) {
        answers.put(path, response);
        return this;
    }

    @NonNull
    @Override
    public MockResponse dispatch(@NonNull RecordedRequest request) {
        if (request.getPath() != null) {
            paths.add(request.getPath().replaceAll("\\?.*", ""));
            bodies.add(request.getBody().clone().readUtf8());
        }
        MockResponse canned = request.getPath() == null ? null : answers.get(request.getPath());
        if (canned != null) {
            return canned.clone();
        }
        if ("/api/v1/parents/evidence".equals(request.getPath())) {
            return evidenceStatus < 400 ? json("{\"bytes\":1}").setResponseCode(evidenceStatus)
                    : json("{\"error\":\"" + errorCodeOf(evidenceStatus) + "\",\"message\":\"refused\"}")
                            .setResponseCode(evidenceStatus);
        }
        if (request.getPath() != null && request.getPath().startsWith("/api/v1/sync/push")) {
            pushes.incrementAndGet();
            onPush(request);
            return json(accept(request.getBody().clone().readUtf8()));
        }
        if (request.getPath() != null && request.getPath().startsWith("/api/v1/sync/pull")) {
            return json("{\"events\":[],\"roster\":[],\"next\":\"0\",\"hasMore\":false,\"serverTime\":\"" + SERVER_TIME + "\"}");
        }
        return new MockResponse().setResponseCode(404);
    }

    /** Called with each push before it is answered (tests hook writes in here). */
    protected void onPush(RecordedRequest request) {
    }

    /** The server's own code for a status, as its ErrorCode maps them. */
    public static String errorCodeOf(int status) {
        switch (status) {
            case 400: return "bad_request";
            case 401: return "unauthorized";
            case 403: return "forbidden";
            case 404: return "not_found";
            case 409: return "conflict";
            case 413: return "payload_too_large";
            case 429: return "too_many_requests";
            case 503: return "not_ready";
            default: return status >= 500 ? "internal_error" : "request_refused";
        }
    }

    public static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json")
                .setHeader("X-Server-Time", SERVER_TIME).setBody(body);
    }

    /** A 200 answer accepting every event of a push body. */
    public static String accept(String pushBody) {
        return answer(pushBody, "ACCEPTED");
    }

    public static String answer(String pushBody, String status) {
        JsonArray results = new JsonArray();
        for (JsonElement event : JsonParser.parseString(pushBody).getAsJsonObject().getAsJsonArray("events")) {
            JsonObject result = new JsonObject();
            result.addProperty("id", event.getAsJsonObject().get("id").getAsString());
            result.addProperty("status", status);
            results.add(result);
        }
        JsonObject body = new JsonObject();
        body.add("results", results);
        body.addProperty("serverTime", SERVER_TIME);
        return body.toString();
    }
}
