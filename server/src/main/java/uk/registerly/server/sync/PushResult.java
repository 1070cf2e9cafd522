package uk.registerly.server.sync;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.UUID;

/**
 * The outcome for one pushed event, in the order they were pushed. A REJECTED one carries a stable
 * {@code code} (e.g. {@code register_closed}: what a client acts on) beside the human {@code reason}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PushResult(UUID id, Status status, String code, String reason) {

    public enum Status {
        /** Appended now. */
        ACCEPTED,
        /** Already stored (a replay): nothing new was written. */
        DUPLICATE,
        /** Refused, with the reason: fix or drop it; resending it unchanged is refused again. */
        REJECTED,
        /** Valid, but not written because another event of its batch was rejected: push it again. */
        NOT_WRITTEN
    }

    static PushResult of(UUID id, Status status) {
        return new PushResult(id, status, null, null);
    }
}
