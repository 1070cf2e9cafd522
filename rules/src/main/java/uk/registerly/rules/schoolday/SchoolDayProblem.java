package uk.registerly.rules.schoolday;

import java.util.Objects;

/** Why a school-day fact (an early departure, a return, a roll call's, a spot check) may not be recorded. */
public final class SchoolDayProblem {
    /** Stable error codes: the server answers with them, the app acts on them; never renamed. */
    public enum Code {
        /** The departure's time is after the pupil's last session of the day ended: that is not leaving early. */
        AFTER_LAST_SESSION("after_last_session"),
        /** Not a school session (weekend, holiday, closure) at that time. */
        NOT_SCHOOL_SESSION("not_school_session"),
        /** A time not yet come at the school. */
        TIME_IN_FUTURE("date_in_future"),
        /** The pupil was not on roll that day. */
        NOT_ON_ROLL("not_on_roll"),
        /** Collected by a guardian who is not one of the pupil's on the roster. */
        NOT_A_GUARDIAN("not_a_guardian"),
        /** Collected by another adult without a name or a relationship. */
        COLLECTOR_INCOMPLETE("collector_incomplete"),
        /** Approved, without who approved it. */
        APPROVER_MISSING("approver_missing"),
        /** A return with no early departure before it that day. */
        NOT_SIGNED_OUT("not_signed_out"),
        /** A roll call's tick or end naming no roll call of the school. */
        ROLL_CALL_UNKNOWN("roll_call_unknown"),
        /** A tick or an end before the roll call started. */
        BEFORE_ROLL_CALL("before_roll_call"),
        /** A spot check with nobody expected: there is nothing to check. */
        SPOT_CHECK_INCOMPLETE("spot_check_incomplete");

        private final String errorCode;

        Code(String errorCode) {
            this.errorCode = errorCode;
        }

        public String errorCode() {
            return errorCode;
        }
    }

    private final Code code;
    private final String field;
    private final String message;

    public SchoolDayProblem(Code code, String field, String message) {
        this.code = Objects.requireNonNull(code, "code");
        this.field = Objects.requireNonNull(field, "field");
        this.message = Objects.requireNonNull(message, "message");
    }

    public Code code() {
        return code;
    }

    public String errorCode() {
        return code.errorCode();
    }

    /** The payload field at fault, as the sync protocol names it. */
    public String field() {
        return field;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return code.errorCode() + " (" + field + "): " + message;
    }
}
