package uk.registerly.app.sync;

import androidx.annotation.Nullable;

import java.time.Instant;

/** How a sync pass ended. */
public final class SyncResult {
    public enum Status {
        /** Nothing left to send (but held arrivals) and nothing left to pull. */
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
    /** When the first arrival held for its undo window may be sent; null when none is held. */
    @Nullable
    public final Instant heldArrivalsSendableAt;

    SyncResult(Status status, @Nullable String error, @Nullable Instant heldArrivalsSendableAt) {
        this.status = status;
        this.error = error;
        this.heldArrivalsSendableAt = heldArrivalsSendableAt;
    }

    @Override
    public String toString() {
        return status + (error == null ? "" : ": " + error);
    }
}
