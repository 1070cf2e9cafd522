package uk.registerly.rules.spotcheck;

import uk.registerly.rules.codes.AttendanceCode;

/** An internal-truancy alert: a pupil registered present, not found at a spot check, and not signed out. */
public final class TruancyAlert {
    private final String pupil;
    private final SpotCheck spotCheck;
    private final AttendanceCode registered;

    TruancyAlert(String pupil, SpotCheck spotCheck, AttendanceCode registered) {
        this.pupil = pupil;
        this.spotCheck = spotCheck;
        this.registered = registered;
    }

    public String pupil() {
        return pupil;
    }

    public SpotCheck spotCheck() {
        return spotCheck;
    }

    /** The mark they were registered with (/, \, L or U). */
    public AttendanceCode registered() {
        return registered;
    }

    /** "Not found in 3A at 10:40; registered / at the AM register". */
    public String line() {
        return "not found in " + spotCheck.where() + " at " + spotCheck.at().toLocalTime() + "; registered "
                + registered.symbol();
    }
}
