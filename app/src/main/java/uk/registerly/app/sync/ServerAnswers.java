package uk.registerly.app.sync;

import java.io.IOException;

import retrofit2.Response;

import uk.registerly.app.network.NetworkError;

/**
 * How the sync reads an answer (sync-protocol §10): only the server's own JSON is the server's
 * word; anything else is a transient fault between the device and the server. Every call and
 * every failure of the push, the pull and the photo upload goes through here.
 */
final class ServerAnswers {
    private ServerAnswers() {
    }

    /** A failed push or pull, the server's own error: the problem by its status, the server's words in the details. */
    static SyncFailure failure(String call, int code, NetworkError error) {
        String detail = error != null && error.message != null ? ": " + error.message : "";
        String said = error == null ? "" : " " + error.error;
        if (code >= 500) {
            return new SyncFailure(SyncProblem.SERVER_UNAVAILABLE,
                    "the server is unavailable (" + call + " HTTP " + code + said + ")" + detail);
        }
        if (code == 429) {
            return new SyncFailure(SyncProblem.SLOW_DOWN, "the server asked to slow down (" + call + " HTTP 429)" + detail);
        }
        return new SyncFailure(SyncProblem.REFUSED, "the server refused the " + call + " (HTTP " + code + said + ")" + detail);
    }

    /**
     * An answer that is not the server's own JSON — a proxy's HTML 401 or 413, a captive portal's
     * 200 or redirect, an empty body, a gateway's 502: a transient fault between the device and the
     * server. Nothing is quarantined or wiped on it; the pass ends for a retry with backoff.
     */
    static SyncFailure notTheServer(String call, Response<?> response) {
        String type = response.headers().get("Content-Type");
        return new SyncFailure(response.code() >= 500 ? SyncProblem.SERVER_UNAVAILABLE : SyncProblem.UNREADABLE,
                "the " + call + "'s answer was not the server's (HTTP " + response.code()
                        + (type == null ? ", no content type" : ", " + type)
                        + "): a proxy or a Wi-Fi sign-in page may be in the way");
    }

    /** A successful answer the app may read: the server answers only JSON. */
    static boolean isServersJson(Response<?> response) {
        return NetworkError.isJson(response.headers().get("Content-Type"));
    }

    static <T> Response<T> call(NetworkCall<T> call) throws SyncFailure {
        try {
            return call.execute();
        } catch (java.io.InterruptedIOException e) {
            throw new SyncFailure(SyncProblem.TIMEOUT, "the server did not answer in time", e);
        } catch (IOException e) {
            throw new SyncFailure(SyncProblem.NO_CONNECTION,
                    "no connection to the server (" + e.getClass().getSimpleName() + ")", e);
        } catch (RuntimeException e) {
            // Gson on an answer that is not the server's JSON (a captive portal's page).
            throw new SyncFailure(SyncProblem.UNREADABLE, "the server's answer could not be read", e);
        }
    }

    interface NetworkCall<T> {
        Response<T> execute() throws IOException;
    }
}
