package uk.registerly.server.school;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.rules.policy.SchoolPresets;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.Role;
import uk.registerly.server.devices.EnrolmentCodes;
import uk.registerly.server.roster.RosterStore;

/**
 * Sets up a real school: the school, its first office staff member and a one-time enrolment code
 * for that person's device. Everything else (roster, calendar, more codes) the office then does
 * through the API. Run as {@code java -jar registerly-server.jar create-school ...}.
 */
public final class NewSchool {

    /** What the person setting up the school hands to the office. */
    public record Created(UUID schoolId, String officeEnrolmentCode, Instant codeExpiresAt) {
    }

    private NewSchool() {
    }

    public static Created create(Jdbi jdbi, String name, String officeName, String officePosition, String preset,
                                 Instant now) {
        if (SchoolPresets.named(preset) == null) {
            throw new IllegalArgumentException("unknown policy preset '" + preset + "'; one of "
                    + SchoolPresets.all().keySet());
        }
        return jdbi.inTransaction(h -> {
            UUID school = Schools.create(h, name, ZoneId.of("Europe/London"), preset, false);
            UUID staff = RosterStore.upsertStaff(h, school, "OFFICE-1", officeName, officePosition).id();
            String code = EnrolmentCodes.create(h, school, Role.OFFICE, staff, now);
            AuditLog.recordSystem(h, school, "school.created", name, Map.of("preset", preset, "officeStaffId", staff));
            return new Created(school, code, now.plus(EnrolmentCodes.LIFETIME));
        });
    }
}
