package uk.registerly.rules.recording;

import java.util.Objects;

/** Why a fact may not be recorded: a stable code, the field at fault and a sentence for a person. */
public final class RecordingProblem {
    private final ProblemCode code;
    private final String field;
    private final String message;

    RecordingProblem(ProblemCode code, String field, String message) {
        this.code = Objects.requireNonNull(code, "code");
        this.field = Objects.requireNonNull(field, "field");
        this.message = Objects.requireNonNull(message, "message");
    }

    public ProblemCode code() {
        return code;
    }

    /** The stable error code, e.g. {@code register_closed}. */
    public String errorCode() {
        return code.errorCode();
    }

    /**
     * The fact's field at fault, named as the sync protocol's payloads name them: {@code type}, {@code at},
     * {@code date}, {@code session}, {@code code}, {@code reason}, {@code by}, {@code arrival}, {@code pupil}.
     */
    public String field() {
        return field;
    }

    /** What is wrong and what to do instead, for the person recording it. */
    public String message() {
        return message;
    }

    public boolean isForbidden() {
        return code.isForbidden();
    }

    @Override
    public String toString() {
        return code.errorCode() + " (" + field + "): " + message;
    }
}
