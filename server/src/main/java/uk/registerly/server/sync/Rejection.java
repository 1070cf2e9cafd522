package uk.registerly.server.sync;

import uk.registerly.rules.recording.RecordingProblem;

/**
 * Why one event was refused: a stable {@code code} (sent as the event's result {@code code}, never
 * renamed: clients act on it), a sentence for a person, and {@code forbidden} when the caller may not
 * write it at all (the batch is then 403). The rules' own codes ({@code register_closed}, ...) come
 * from {@link uk.registerly.rules.recording.ProblemCode}; the server adds the few below.
 */
record Rejection(String code, String reason, boolean forbidden) {

    /** A payload field missing, of the wrong type, out of bounds, or holding control characters (named). */
    static final String INVALID_PAYLOAD = "invalid_payload";
    /** The payload is larger than its type takes. */
    static final String PAYLOAD_TOO_LARGE = "payload_too_large";
    /** The event's id is used by another event (stored, or earlier in the batch). */
    static final String ID_REUSED = "id_reused";
    /** The caller may not write this event: another school's pupil, not their child, class or signature. */
    static final String NOT_PERMITTED = "not_permitted";
    /** The report, request, evidence or arrival it refers to is not one of this pupil's. */
    static final String REFERENCE_UNKNOWN = "reference_unknown";
    /** The report or request it refers to is already processed, cancelled or decided. */
    static final String REFERENCE_CLOSED = "reference_closed";
    /** Leave that the rules do not allow to be granted (not in advance, or refused before). */
    static final String LEAVE_NOT_GRANTABLE = "leave_not_grantable";

    static Rejection invalid(String code, String reason) {
        return new Rejection(code, reason, false);
    }

    static Rejection forbidden(String code, String reason) {
        return new Rejection(code, reason, true);
    }

    /** The rules module's answer, with its code (403 only for recorder_not_allowed). */
    static Rejection of(RecordingProblem problem) {
        return new Rejection(problem.errorCode(), problem.message(), problem.isForbidden());
    }
}
