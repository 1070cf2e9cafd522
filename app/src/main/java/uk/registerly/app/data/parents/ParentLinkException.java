package uk.registerly.app.data.parents;

import androidx.annotation.Nullable;

/** Linking further children failed; {@link #problem} lets the parent's screen say why in the parent's language. */
public class ParentLinkException extends Exception {
    /** Why a link failed. */
    public enum Problem { EMPTY_CODE, INVALID_CODE, TOO_MANY_ATTEMPTS, NO_CONNECTION, SERVER_ERROR }

    public final Problem problem;
    /** When the server asks to wait (TOO_MANY_ATTEMPTS), in seconds. */
    @Nullable
    public final Integer retryAfterSeconds;

    public ParentLinkException(Problem problem, String message, @Nullable Integer retryAfterSeconds) {
        super(message);
        this.problem = problem;
        this.retryAfterSeconds = retryAfterSeconds;
    }
}
