package uk.registerly.app.enrolment;

import androidx.annotation.Nullable;

import uk.registerly.app.security.DeviceIdentity;

/** What the enrolment screen shows: the form, work in progress, an error by field, or done. */
public final class EnrolmentState {
    public enum Stage { EDITING, ENROLLING, FAILED, ENROLLED }

    public final Stage stage;
    @Nullable
    public final EnrolmentException.Field errorField;
    @Nullable
    public final String error;
    @Nullable
    public final DeviceIdentity identity;

    private EnrolmentState(Stage stage, @Nullable EnrolmentException.Field errorField, @Nullable String error,
                           @Nullable DeviceIdentity identity) {
        this.stage = stage;
        this.errorField = errorField;
        this.error = error;
        this.identity = identity;
    }

    static EnrolmentState editing() {
        return new EnrolmentState(Stage.EDITING, null, null, null);
    }

    static EnrolmentState enrolling() {
        return new EnrolmentState(Stage.ENROLLING, null, null, null);
    }

    static EnrolmentState failed(EnrolmentException.Field field, String message) {
        return new EnrolmentState(Stage.FAILED, field, message, null);
    }

    static EnrolmentState enrolled(DeviceIdentity identity) {
        return new EnrolmentState(Stage.ENROLLED, null, null, identity);
    }
}
