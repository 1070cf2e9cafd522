package uk.registerly.server.devices;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.Role;
import uk.registerly.server.auth.Secrets;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ErrorCode;

/** Enrols a device with an enrolment code: a device id and a bearer token, bound to a school and role. */
public final class Enrolment {

    public record School(UUID id, String name) {
    }

    public record Staff(UUID id, String name, String position) {
    }

    /** What a newly enrolled device learns; the token is shown this once and stored only as a hash. */
    public record EnrolledDevice(UUID deviceId, String token, Role role, School school, Staff staff) {
    }

    /** An enrolment code as stored, with the school and staff member it enrols for. */
    public record CodeRow(UUID schoolId, Role role, UUID staffId, boolean demo, Integer maxUses, int uses,
                          Instant expiresAt, String schoolName, String staffName, String staffPosition) {

        boolean usable(boolean demoMode, Instant now) {
            return Secrets.redeemable(demoMode, demo, maxUses, uses, expiresAt, now);
        }
    }

    private final Jdbi jdbi;
    private final boolean demoMode;

    public Enrolment(Jdbi jdbi, boolean demoMode) {
        this.jdbi = jdbi;
        this.demoMode = demoMode;
    }

    public EnrolledDevice enrol(String code, String deviceName, Instant now, String clientIp) {
        return jdbi.inTransaction(h -> {
            CodeRow found = h.createQuery("""
                            select c.school_id, c.role, c.staff_id, c.demo, c.max_uses, c.uses, c.expires_at,
                                   s.name as school_name, st.name as staff_name, st.position as staff_position
                            from enrolment_codes c
                            join schools s on s.id = c.school_id
                            left join staff st on st.id = c.staff_id
                            where c.code_hash = :hash
                            for update of c""")
                    .bind("hash", Secrets.hashCode(code))
                    .map(ConstructorMapper.of(CodeRow.class))
                    .findOne()
                    .filter(c -> c.usable(demoMode, now))
                    .orElseThrow(() -> new ApiException(ErrorCode.INVALID_CODE,
                            "this enrolment code is unknown, used or expired; ask the school office for a new one"));
            h.createUpdate("update enrolment_codes set uses = uses + 1 where code_hash = :hash")
                    .bind("hash", Secrets.hashCode(code))
                    .execute();
            UUID deviceId = UUID.randomUUID();
            String token = Secrets.newDeviceToken();
            UUID schoolId = found.schoolId();
            Role role = found.role();
            UUID staffId = found.staffId();
            h.createUpdate("""
                            insert into devices (id, school_id, role, staff_id, name, token_hash)
                            values (:id, :school, :role, :staff, :name, :hash)""")
                    .bind("id", deviceId)
                    .bind("school", schoolId)
                    .bind("role", role.name())
                    .bind("staff", staffId)
                    .bind("name", deviceName)
                    .bind("hash", Secrets.hashToken(token))
                    .execute();
            AuditLog.recordActor(h, "DEVICE", deviceId, staffId, schoolId, "device.enrolled", deviceId.toString(),
                    Map.of("role", role.name()), clientIp);
            Staff staff = staffId == null ? null
                    : new Staff(staffId, found.staffName(), found.staffPosition());
            return new EnrolledDevice(deviceId, token, role, new School(schoolId, found.schoolName()), staff);
        });
    }
}
