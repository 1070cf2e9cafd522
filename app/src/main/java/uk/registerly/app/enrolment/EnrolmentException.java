package uk.registerly.app.enrolment;

/** Enrolment failed; the message is for the person enrolling, and {@link #field} says where to show it. */
public class EnrolmentException extends Exception {
    public enum Field { SERVER, CODE, GENERAL }

    public final Field field;

    public EnrolmentException(Field field, String message) {
        super(message);
        this.field = field;
    }
}
