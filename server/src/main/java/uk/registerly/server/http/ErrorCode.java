package uk.registerly.server.http;

import java.util.Locale;

/**
 * Every stable error code the server answers with, and the status it comes with: the one list. A
 * client acts on these codes, never on a status alone. The OpenAPI document lists the same codes
 * under components.schemas.ErrorCode (OpenApiContractTest holds the two together): a new code is
 * added here and there.
 */
public enum ErrorCode {
    /** A malformed request: the message names the field. */
    BAD_REQUEST(400),
    /** No token, or an unknown one (a proxy's 401 carries no code at all: a client acts on neither by wiping). */
    UNAUTHORIZED(401),
    /**
     * The office revoked this device, or this parent's account: the only answer on which a client discards
     * its token and pulled data (issue 12, item 3). Its unsent events are kept.
     */
    DEVICE_REVOKED(401),
    /** An enrolment or invitation code that is unknown, used up or expired. */
    INVALID_CODE(401),
    /** The caller's role may not use the route, or may not write an event of the batch. */
    FORBIDDEN(403),
    /** No such route, or nothing the caller may see under that id. */
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    /** An id already used for something else (a photo). */
    CONFLICT(409),
    /** The body, or a photo in it, is larger than the server takes. */
    PAYLOAD_TOO_LARGE(413),
    /** More events than a push takes: split the batch. */
    BATCH_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    /** The rules refused an event of the batch; nothing was written (per-event results). */
    EVENTS_REJECTED(422),
    /** A roster file with bad rows; nothing was imported (problems by line). */
    INVALID_ROSTER(422),
    /** Too many sign-in attempts from the address: retry after retryAfterSeconds. */
    TOO_MANY_REQUESTS(429),
    INTERNAL_ERROR(500),
    /** Start-up has not finished (the demo school is being created): retry shortly. */
    NOT_READY(503),
    /** The database does not answer. */
    DATABASE_UNAVAILABLE(503),
    /** Any other refusal by the HTTP layer, with its own 4xx status. */
    REQUEST_REFUSED(0);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    /** The HTTP status; 0 for REQUEST_REFUSED, which comes with the status the HTTP layer chose. */
    public int status() {
        return status;
    }

    /** The code as sent: "events_rejected". */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The code of a refusal made by the HTTP layer itself (Javalin), which knows only its status. */
    static ErrorCode forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> TOO_MANY_REQUESTS;
            default -> status >= 500 ? INTERNAL_ERROR : REQUEST_REFUSED;
        };
    }
}
