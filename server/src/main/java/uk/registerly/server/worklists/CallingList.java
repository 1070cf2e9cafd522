package uk.registerly.server.worklists;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import uk.registerly.rules.calendar.Session;

/** GET /api/v1/worklists/first-day-calling: today's unexplained absences to call about. */
public record CallingList(LocalDate date, List<Call> calls) {

    /** A session still N after its register closed, the guardians to call and today's attempts. */
    /** {@code parentNotifiedAt}: when the parent's app showed the first-day notice (issue 15), or null. */
    public record Call(@JsonUnwrapped PupilNames pupil, Session session, String code, LocalTime registerClosedAt,
                       List<Guardian> guardians, List<ContactAttempt> contactAttempts, String parentNotifiedAt) {
    }

    public record Guardian(UUID id, String name, String relationship, String phone, String email) {
    }

    /** A CONTACT_ATTEMPT of today, as recorded (school-local {@code at}). */
    public record ContactAttempt(@JsonIgnore UUID pupilId, String outcome, String at, String note) {
    }
}
