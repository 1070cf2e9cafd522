package uk.registerly.rules.leave;

import java.time.LocalDate;
import java.util.Objects;
import uk.registerly.rules.codes.AttendanceCode;

/** The head's decision on a leave request, and the code each day of it gets. */
public final class LeaveDecision {
    /** Granted or refused. */
    public enum Outcome {
        GRANTED,
        REFUSED
    }

    private final LeaveRequest request;
    private final Outcome outcome;
    private final String by;
    private final LocalDate decidedOn;

    LeaveDecision(LeaveRequest request, Outcome outcome, String by, LocalDate decidedOn) {
        this.request = Objects.requireNonNull(request, "request");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.by = Objects.requireNonNull(by, "by");
        this.decidedOn = Objects.requireNonNull(decidedOn, "decidedOn");
    }

    public LeaveRequest request() {
        return request;
    }

    public Outcome outcome() {
        return outcome;
    }

    public String by() {
        return by;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    /**
     * The code for an absence on {@code date}: C when leave was granted, G when it was
     * refused and taken anyway; null outside the requested dates.
     */
    public AttendanceCode codeForAbsenceOn(LocalDate date) {
        if (!request.covers(date)) {
            return null;
        }
        return outcome == Outcome.GRANTED ? AttendanceCode.C : AttendanceCode.G;
    }
}
