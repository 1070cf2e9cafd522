package uk.registerly.rules.schoolday;

import java.time.format.DateTimeFormatter;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * What the next register shows for a pupil who left early and has not come back: "left 12:30 — medical
 * appointment", and the code proposed (the teacher confirms it; nothing is recorded until they do).
 */
public final class RegisterProposal {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final EarlyDeparture departure;
    private final AttendanceCode code;

    RegisterProposal(EarlyDeparture departure, AttendanceCode code) {
        this.departure = departure;
        this.code = code;
    }

    public EarlyDeparture departure() {
        return departure;
    }

    public AttendanceCode code() {
        return code;
    }

    /** "left 12:30 — medical appointment". */
    public String line() {
        return "left " + departure.at().toLocalTime().format(HH_MM) + " \u2014 " + departure.reason().label();
    }
}
