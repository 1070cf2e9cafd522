package uk.registerly.app.enrolment;

import androidx.annotation.Nullable;

import uk.registerly.app.security.DeviceIdentity;

/** What the enrolment screen shows: the form, work in progress, an error by field, or done. */
public final class EnrolmentState {
    public enum Stage { EDITING, ENROLLING, FAILED, ENROLLED }

    public final Stage stage;
    /** Why it failed and on which field (the screen words it in the reader's language). */
    @Nullable
    public final EnrolmentException error;
    @Nullable
    public final DeviceIdentity identity;

    private EnrolmentState(Stage stage, @Nullable EnrolmentException error, @Nullable DeviceIdentity identity) {
        this.stage = stage;
        this.error = error;
        this.identity = identity;
    }

    /** The field the error belongs on; null when there is none. */
    @Nullable
    public EnrolmentException.Field errorField() {
        return error == null ? null : error.field;
    }

    static EnrolmentState editing() {
        return new EnrolmentState(Stage.EDITING, null, null);
    }

    static EnrolmentState enrolling() {
        return new EnrolmentState(Stage.ENROLLING, null, null);
    }

    static EnrolmentState failed(EnrolmentException error) {
        return new EnrolmentState(Stage.FAILED, error, null);
    }

    static EnrolmentState enrolled(DeviceIdentity identity) {
        return new EnrolmentState(Stage.ENROLLED, null, identity);
    }
}
