package uk.registerly.app.network;

import androidx.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;

import java.io.IOException;
import java.util.List;

import okhttp3.ResponseBody;

/** Every error the server sends: {@code {"error", "message", "serverTime"}}, plus per-event results for a refused push. */
public final class NetworkError {
    public String error;
    public String message;
    public String serverTime;
    public List<NetworkPushResult> results;
    public Integer retryAfterSeconds;

    /** The error body, or null when there is none or it is not the server's JSON (a proxy's page). */
    @Nullable
    public static NetworkError parse(@Nullable ResponseBody body) {
        if (body == null) {
            return null;
        }
        try {
            return new Gson().fromJson(body.string(), NetworkError.class);
        } catch (IOException | JsonParseException e) {
            return null;
        }
    }
}
