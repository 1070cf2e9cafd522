package uk.registerly.app.sync;

import androidx.annotation.Nullable;

/** How a sync pass ended. */
public final class SyncResult {
    public enum Status {
        /** Nothing left to send and nothing left to pull. */
        IDLE,
        /** Writes kept arriving: run again at once. */
        MORE_TO_DO,
        /** The network or the server failed: retry later with backoff. Nothing is lost. */
        RETRY,
        /** The device's enrolment was revoked; local data was wiped (unsent facts kept). */
        REVOKED
    }

    public final Status status;
    @Nullable
    public final String error;
    SyncResult(Status status, @Nullable String error) {
        this.status = status;
        this.error = error;
    }

    @Override
    public String toString() {
        return status + (error == null ? "" : ": " + error);
    }
}
