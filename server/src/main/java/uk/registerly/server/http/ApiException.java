package uk.registerly.server.http;

/**
 * A request the server refuses, with the status, a stable machine-readable error code and a message
 * for a person. Thrown before anything is written, or inside the transaction it rolls back.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String error;
    private final transient ErrorDetails details;

    public ApiException(int status, String error, String message) {
        this(status, error, message, null);
    }

    public ApiException(int status, String error, String message, ErrorDetails details) {
        super(message);
        this.status = status;
        this.error = error;
        this.details = details;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(401, "unauthorized", message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(403, "forbidden", message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(409, "conflict", message);
    }

    public static ApiException unprocessable(String message) {
        return new ApiException(422, "unprocessable", message);
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    /** Fields added to the error body beside "error" and "message" (e.g. per-event results); may be null. */
    public ErrorDetails details() {
        return details;
    }
}
