package uk.registerly.app.sync;

/** A sync call that did not complete; the message is shown in the sync status (no pupil data in it). */
final class SyncFailure extends Exception {
    SyncFailure(String message) {
        super(message);
    }

    SyncFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
