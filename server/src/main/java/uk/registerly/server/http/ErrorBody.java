package uk.registerly.server.http;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;

/** Every error's body: a stable code, a message for a person, the server's time, and any details. */
public record ErrorBody(String error, String message, Instant serverTime, @JsonUnwrapped ErrorDetails details) {

    /** A rate limit's answer: when to try again. */
    public record RetryAfter(long retryAfterSeconds) implements ErrorDetails {
    }
}
