package uk.registerly.server.devices;

import static uk.registerly.server.auth.Role.OFFICE;

import io.javalin.http.Context;
import io.javalin.validation.BodyValidator;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.Access;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.Role;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.http.FieldChecks;
import uk.registerly.server.ratelimit.ClientAddress;
import uk.registerly.server.ratelimit.RateLimiter;

/** Enrolment (open, rate limited), and the office's management of its school's devices and codes. */
public final class DeviceRoutes {

    public record DeviceSummary(UUID id, Role role, String name, UUID staffId, String staffName, Instant enrolledAt,
                                boolean revoked) {
    }

    public record DeviceList(List<DeviceSummary> devices) {
    }

    public record Revoked(UUID deviceId, boolean revoked) {
    }

    /** POST /api/v1/devices: an enrolment code, and a name for the device list. */
    public record EnrolmentRequest(String enrolmentCode, String deviceName) {

        static EnrolmentRequest read(Context ctx) {
            BodyValidator<EnrolmentRequest> body = ctx.bodyValidator(EnrolmentRequest.class);
            body = FieldChecks.text(body, "enrolmentCode", EnrolmentRequest::enrolmentCode, 64);
            return FieldChecks.optionalText(body, "deviceName", EnrolmentRequest::deviceName, 100).get();
        }
    }

    /** POST /api/v1/enrolment-codes: a code for a role, and for TEACHER and OFFICE the staff member. */
    public record EnrolmentCodeRequest(Role role, UUID staffId) {

        static EnrolmentCodeRequest read(Context ctx) {
            return FieldChecks.present(ctx.bodyValidator(EnrolmentCodeRequest.class), "role", EnrolmentCodeRequest::role)
                    .check("role", r -> r.role() == Role.TEACHER || r.role() == Role.GATE || r.role() == Role.OFFICE,
                            "role must be TEACHER, GATE or OFFICE (parents use invitations, staff accounts the "
                                    + "dashboard's: POST /api/v1/staff-accounts/invitations)")
                    .check("staffId", r -> r.role() == Role.GATE || r.staffId() != null, "staffId is required")
                    .get();
        }
    }

    /** A new enrolment code, shown once (only its hash is kept). */
    public record CodeCreated(String code, Role role, Instant expiresAt) {
    }

    private final Jdbi jdbi;
    private final Enrolment enrolment;
    private final RateLimiter signInLimiter;
    private final Clock clock;

    public DeviceRoutes(Jdbi jdbi, Enrolment enrolment, RateLimiter signInLimiter, Clock clock) {
        this.jdbi = jdbi;
        this.enrolment = enrolment;
        this.signInLimiter = signInLimiter;
        this.clock = clock;
    }

    public void register(ApiRoutes api) {
        api.post("/api/v1/devices", Access.PUBLIC, ctx -> {
            signInLimiter.acquire(ctx);
            EnrolmentRequest body = EnrolmentRequest.read(ctx);
            ctx.status(201).json(enrolment.enrol(body.enrolmentCode(), body.deviceName(), clock.instant(), ClientAddress.of(ctx)));
        });
        api.get("/api/v1/devices", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            List<DeviceSummary> devices = jdbi.withHandle(h -> h.createQuery("""
                            select d.id, d.role, d.name, d.staff_id, s.name as staff_name, d.enrolled_at, d.revoked
                            from devices d left join staff s on s.id = d.staff_id
                            where d.school_id = :school order by d.enrolled_at""")
                    .bind("school", office.schoolId())
                    .map(ConstructorMapper.of(DeviceSummary.class))
                    .list());
            ctx.json(new DeviceList(devices));
        });
        api.post("/api/v1/devices/{deviceId}/revoke", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            UUID deviceId = ctx.pathParamAsClass("deviceId", UUID.class).get();
            jdbi.useTransaction(h -> {
                int updated = h.createUpdate("""
                                update devices set revoked = true, revoked_at = now()
                                where id = :id and school_id = :school and not revoked""")
                        .bind("id", deviceId)
                        .bind("school", office.schoolId())
                        .execute();
                if (updated == 0) {
                    boolean revokedAlready = h.createQuery(
                                    "select revoked from devices where id = :id and school_id = :school")
                            .bind("id", deviceId).bind("school", office.schoolId())
                            .mapTo(Boolean.class).findOne()
                            .orElseThrow(() -> ApiException.notFound("no device " + deviceId + " at this school"));
                    if (!revokedAlready) {
                        throw new IllegalStateException("device neither updated nor revoked");
                    }
                    return;
                }
                AuditLog.record(h, office, office.schoolId(), "device.revoked", deviceId.toString(), Map.of(), ClientAddress.of(ctx));
            });
            ctx.json(new Revoked(deviceId, true));
        });
        api.post("/api/v1/enrolment-codes", Access.of(OFFICE), ctx -> {
            DevicePrincipal office = Authenticator.device(ctx);
            EnrolmentCodeRequest body = EnrolmentCodeRequest.read(ctx);
            Role role = body.role();
            UUID staffId = role == Role.GATE ? null : body.staffId();
            Instant now = clock.instant();
            String code = jdbi.inTransaction(h -> {
                if (staffId != null && h.createQuery("select count(*) from staff where id = :id and school_id = :school")
                        .bind("id", staffId).bind("school", office.schoolId()).mapTo(Integer.class).one() == 0) {
                    throw ApiException.notFound("no staff member " + staffId + " at this school");
                }
                String created = EnrolmentCodes.create(h, office.schoolId(), role, staffId, now);
                AuditLog.record(h, office, office.schoolId(), "enrolment_code.created", role.name(),
                        staffId == null ? Map.of() : Map.of("staffId", staffId), ClientAddress.of(ctx));
                return created;
            });
            ctx.status(201).json(new CodeCreated(code, role, now.plus(EnrolmentCodes.LIFETIME)));
        });
    }
}
