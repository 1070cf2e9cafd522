package uk.registerly.server.http;

/**
 * A request the server refuses, with the status, a stable machine-readable error code and a message
 * for a person. Thrown before anything is written, or inside the transaction it rolls back.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final transient ErrorDetails details;

    public ApiException(ErrorCode code, String message) {
        this(code, message, null);
    }

    public ApiException(ErrorCode code, String message, ErrorDetails details) {
        super(message);
        if (code.status() == 0) {
            throw new IllegalArgumentException(code + " has no status of its own");
        }
        this.code = code;
        this.details = details;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(ErrorCode.BAD_REQUEST, message);
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(ErrorCode.UNAUTHORIZED, message);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message);
    }

    public static ApiException notFound(String message) {
        return new ApiException(ErrorCode.NOT_FOUND, message);
    }

    public static ApiException conflict(String message) {
        return new ApiException(ErrorCode.CONFLICT, message);
    }

    public int status() {
        return code.status();
    }

    public ErrorCode code() {
        return code;
    }

    /** Fields added to the error body beside "error" and "message" (e.g. per-event results); may be null. */
    public ErrorDetails details() {
        return details;
    }
}
