package uk.registerly.server.sync;

import java.time.LocalDate;
import java.util.UUID;

/** What a push needs to know about a pupil: school, year group, roll dates, and whether the caller teaches them. */
record PupilOnRoll(UUID id, UUID schoolId, int calendarVersion, String yearGroup, LocalDate dateOfBirth,
                   LocalDate onRollFrom, LocalDate onRollUntil, boolean taughtByCaller) {

    boolean onRollOn(LocalDate date) {
        return (onRollFrom == null || !date.isBefore(onRollFrom)) && (onRollUntil == null || !date.isAfter(onRollUntil));
    }
}
