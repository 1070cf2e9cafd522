package uk.registerly.rules.calendar;

import uk.registerly.rules.codes.AttendanceCode;

/** The two sessions of a school day. */
public enum Session {
    AM(AttendanceCode.PRESENT_AM),
    PM(AttendanceCode.PRESENT_PM);

    private final AttendanceCode presentCode;

    Session(AttendanceCode presentCode) {
        this.presentCode = presentCode;
    }

    /** {@code /} for AM, {@code \} for PM. */
    public AttendanceCode presentCode() {
        return presentCode;
    }

    /** @throws IllegalArgumentException naming the value when it is not AM or PM */
    public static Session parse(String value) {
        if ("AM".equals(value)) {
            return AM;
        }
        if ("PM".equals(value)) {
            return PM;
        }
        throw new IllegalArgumentException("unknown session \"" + value + "\" (expected \"AM\" or \"PM\")");
    }
}
