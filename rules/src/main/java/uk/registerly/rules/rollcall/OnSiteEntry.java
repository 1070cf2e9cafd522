package uk.registerly.rules.rollcall;

import java.time.LocalDateTime;
import uk.registerly.rules.codes.AttendanceCode;

/** One pupil on the on-site list: the status, the fact behind it (its code and time) and why, in words. */
public final class OnSiteEntry {
    private final String pupil;
    private final SiteStatus status;
    private final AttendanceCode code;
    private final LocalDateTime since;
    private final String why;

    OnSiteEntry(String pupil, SiteStatus status, AttendanceCode code, LocalDateTime since, String why) {
        this.pupil = pupil;
        this.status = status;
        this.code = code;
        this.since = since;
        this.why = why;
    }

    public String pupil() {
        return pupil;
    }

    public SiteStatus status() {
        return status;
    }

    /** The latest register's mark, or null. */
    public AttendanceCode code() {
        return code;
    }

    /** When the fact behind the status was recorded (the mark, the departure, the return), or null. */
    public LocalDateTime since() {
        return since;
    }

    /** "present at the PM register", "signed out 12:30 — medical appointment", "no mark yet today". */
    public String why() {
        return why;
    }
}
