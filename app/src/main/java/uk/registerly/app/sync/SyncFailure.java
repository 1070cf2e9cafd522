package uk.registerly.app.sync;

/**
 * A sync call that did not complete: why, for the person at the screen ({@link SyncProblem}), and
 * the details in English for the staff home screen (no pupil data in it).
 */
final class SyncFailure extends Exception {
    final SyncProblem problem;

    SyncFailure(SyncProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    SyncFailure(SyncProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }
}
