package uk.registerly.rules.leave;

import java.time.LocalDate;
import java.util.Objects;

/** A parent's request for leave of absence in term time. */
public final class LeaveRequest {
    private final String pupil;
    private final LocalDate requestedOn;
    private final LocalDate firstDay;
    private final LocalDate lastDay;
    private final boolean exceptionalCircumstances;
    private final String reason;

    /**
     * @param exceptionalCircumstances whether the head judges the circumstances exceptional:
     *     the only ground on which leave may be granted
     */
    public LeaveRequest(String pupil, LocalDate requestedOn, LocalDate firstDay, LocalDate lastDay,
            boolean exceptionalCircumstances, String reason) {
        this.pupil = Objects.requireNonNull(pupil, "pupil");
        this.requestedOn = Objects.requireNonNull(requestedOn, "requestedOn");
        this.firstDay = Objects.requireNonNull(firstDay, "firstDay");
        this.lastDay = Objects.requireNonNull(lastDay, "lastDay");
        this.exceptionalCircumstances = exceptionalCircumstances;
        this.reason = reason;
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("leave cannot end (" + lastDay + ") before it starts (" + firstDay + ")");
        }
    }

    public String pupil() {
        return pupil;
    }

    public LocalDate requestedOn() {
        return requestedOn;
    }

    public LocalDate firstDay() {
        return firstDay;
    }

    public LocalDate lastDay() {
        return lastDay;
    }

    public boolean exceptionalCircumstances() {
        return exceptionalCircumstances;
    }

    public String reason() {
        return reason;
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    boolean overlaps(LeaveRequest other) {
        return pupil.equals(other.pupil) && !other.firstDay.isAfter(lastDay) && !other.lastDay.isBefore(firstDay);
    }
}
