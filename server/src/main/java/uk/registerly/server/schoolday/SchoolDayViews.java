package uk.registerly.server.schoolday;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import uk.registerly.rules.calendar.Session;

/** The JSON answers of the school-day routes (openapi.json: RegistersStatus, RollCall, SchoolDayWorklist). */
final class SchoolDayViews {

    private SchoolDayViews() {
    }

    public record Teacher(UUID id, String name) {
    }

    /** One class's register: the rules module's RegisterStatus, with names. */
    public record ClassRegister(UUID classId, String className, String yearGroup, List<Teacher> teachers, int pupils,
                         int marked, String state, LocalDateTime takenAt, LocalDateTime closesAt, Long minutesToClose,
                         boolean reminderDue, boolean takenOnBehalf) {
    }

    /** GET /api/v1/registers/status. {@code at}: the school-local time it was worked out at. */
    public record RegistersStatus(LocalDate date, Session session, LocalDateTime at, List<ClassRegister> classes) {
    }

    public record PupilLine(UUID pupilId, String firstName, String lastName, String className, String status, String why,
                     boolean expected, LocalDateTime accountedAt, long minutesMissing) {
    }

    /** GET /api/v1/roll-calls/current and /{rollCallId}: the roll call's report, kept as its record. */
    public record RollCall(UUID id, String reason, LocalDateTime startedAt, LocalDateTime endedAt, boolean open,
                    int startedOnDevices, int expectedOnSite, int accounted, int missing, LocalDateTime allAccountedAt,
                    List<PupilLine> missingPupils, List<PupilLine> pupils) {
    }

    public record Guardian(UUID id, String name, String relationship, String phone, String email) {
    }

    public record CollectedBy(UUID guardianId, String name, String relationship) {
    }

    /** An early departure of the day, judged by the school's policy. */
    public record Departure(UUID id, UUID pupilId, String firstName, String lastName, String className, LocalDateTime at,
                     String reason, CollectedBy collectedBy, String note, boolean approved, String approvedBy,
                     boolean flagged, String why, String policy, LocalDateTime returnedAt, List<Guardian> guardians) {
    }

    public record TruancyAlert(UUID pupilId, String firstName, String lastName, String className, UUID spotCheckId,
                        String where, LocalDateTime checkedAt, String registered, String line,
                        List<Guardian> guardians) {
    }

    /** GET /api/v1/worklists/school-day: the day's sign-outs (unapproved ones flagged) and internal-truancy alerts. */
    public record SchoolDayWorklist(LocalDate date, List<Departure> departures, int flagged, boolean spotCheckAlerts,
                             String spotCheckPolicy, List<TruancyAlert> internalTruancy) {
    }
}
