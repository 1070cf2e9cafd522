package uk.registerly.app.enrolment;

import androidx.annotation.Nullable;

/**
 * Enrolment or sign-in failed: the {@link Problem} says what the screen tells the person (in their
 * language, {@code EnrolmentTexts}) and on which field. The exception's own message is English
 * detail for logs and tests.
 */
public class EnrolmentException extends Exception {
    public enum Field { SERVER, CODE, GENERAL }

    public enum Problem {
        SERVER_MISSING(Field.SERVER),
        /** {@link #text}: what was typed. */
        SERVER_INVALID(Field.SERVER),
        SERVER_NOT_HTTPS(Field.SERVER),
        /** {@link #text}: the address. */
        SECURE_CONNECTION_FAILED(Field.SERVER),
        /** {@link #text}: the address. */
        UNREACHABLE(Field.SERVER),
        /** {@link #text}: the address. */
        NOT_REGISTERLY(Field.SERVER),
        CODE_MISSING(Field.CODE),
        INVITATION_MISSING(Field.CODE),
        CODE_REFUSED(Field.CODE),
        INVITATION_REFUSED(Field.CODE),
        CODE_NOT_ACCEPTED(Field.CODE),
        QR_WITHOUT_CODE(Field.CODE),
        QR_NOT_ENROLMENT(Field.CODE),
        /** {@link #number}: seconds to wait. */
        TOO_MANY_ATTEMPTS(Field.GENERAL),
        /** {@link #number}: the HTTP status. */
        SERVER_ERROR(Field.GENERAL),
        /** {@link #text}: the role the server named. */
        UNKNOWN_ROLE(Field.GENERAL);

        public final Field field;

        Problem(Field field) {
            this.field = field;
        }
    }

    public final Problem problem;
    public final Field field;
    /** What the sentence names: an address, a role (see each {@link Problem}). */
    @Nullable
    public final String text;
    /** What the sentence counts: seconds, an HTTP status (see each {@link Problem}). */
    public final int number;

    public EnrolmentException(Problem problem, @Nullable String text, int number, String detail) {
        super(detail);
        this.problem = problem;
        this.field = problem.field;
        this.text = text;
        this.number = number;
    }

    public EnrolmentException(Problem problem, String detail) {
        this(problem, null, 0, detail);
    }
}
