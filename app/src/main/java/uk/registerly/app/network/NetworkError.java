package uk.registerly.app.network;

import androidx.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import okhttp3.MediaType;
import okhttp3.ResponseBody;

/**
 * Every error the server sends: {@code {"error", "message", "serverTime"}}, plus per-event results
 * for a refused push. The app acts on the {@link #error} code only (docs/sync-protocol.md §10):
 * what is not such a body — a proxy's or captive portal's HTML, an empty body, JSON without a code
 * — parses to null and is a transient network fault, whatever its status.
 */
public final class NetworkError {
    /** The office revoked this device or this parent's phone: the only answer that wipes a device. */
    public static final String DEVICE_REVOKED = "device_revoked";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String BAD_REQUEST = "bad_request";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not_found";
    public static final String CONFLICT = "conflict";
    public static final String PAYLOAD_TOO_LARGE = "payload_too_large";
    /** More events than a push takes: split the batch. */
    public static final String BATCH_TOO_LARGE = "batch_too_large";
    /** The rules refused events of a push; its results say which (REJECTED) and which were not written. */
    public static final String EVENTS_REJECTED = "events_rejected";
    public static final String TOO_MANY_REQUESTS = "too_many_requests";
    /** The server failed on the request (500): for a push, possibly on one event of it. */
    public static final String INTERNAL_ERROR = "internal_error";

    /** Codes are lower-case words joined by underscores: anything else is not the server's. */
    private static final Pattern CODE = Pattern.compile("[a-z][a-z_]{1,63}");

    public String error;
    public String message;
    public String serverTime;
    public List<NetworkPushResult> results;
    public Integer retryAfterSeconds;

    /**
     * The server's error, or null when there is no body or it is not the server's JSON (a proxy's
     * page, a portal's, an empty body, JSON without a stable code).
     */
    @Nullable
    public static NetworkError parse(@Nullable ResponseBody body) {
        if (body == null || !isJson(body.contentType())) {
            return null;
        }
        try {
            NetworkError error = new Gson().fromJson(body.string(), NetworkError.class);
            return error != null && error.error != null && CODE.matcher(error.error).matches() ? error : null;
        } catch (IOException | JsonParseException | IllegalStateException e) {
            return null;
        }
    }

    /** Whether a content type is JSON, as every answer of the server's API is. */
    public static boolean isJson(@Nullable MediaType type) {
        return type != null && "application".equals(type.type()) && "json".equals(type.subtype());
    }

    /** Whether a response's Content-Type header says JSON. */
    public static boolean isJson(@Nullable String contentType) {
        return contentType != null && isJson(MediaType.parse(contentType));
    }

    public boolean is(String code) {
        return code.equals(error);
    }
}
