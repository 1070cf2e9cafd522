package uk.registerly.server.devices;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.Authenticator;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.Role;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ApiRoutes;
import uk.registerly.server.http.JsonFields;
import uk.registerly.server.http.RateLimiter;
import uk.registerly.server.http.Requests;

/** Enrolment (open, rate limited), and the office's management of its school's devices and codes. */
public final class DeviceRoutes {

    public record DeviceSummary(UUID id, Role role, String name, UUID staffId, String staffName, Instant enrolledAt,
                                boolean revoked) {
    }

    public record DeviceList(List<DeviceSummary> devices) {
    }

    public record Revoked(UUID deviceId, boolean revoked) {
    }

    /** A new enrolment code, shown once (only its hash is kept). */
    public record CodeCreated(String code, Role role, Instant expiresAt) {
    }

    private final Jdbi jdbi;
    private final Authenticator auth;
    private final Enrolment enrolment;
    private final RateLimiter signInLimiter;
    private final Clock clock;

    public DeviceRoutes(Jdbi jdbi, Authenticator auth, Enrolment enrolment, RateLimiter signInLimiter, Clock clock) {
        this.jdbi = jdbi;
        this.auth = auth;
        this.enrolment = enrolment;
        this.signInLimiter = signInLimiter;
        this.clock = clock;
    }

    public void register(ApiRoutes api) {
        api.post("/api/v1/devices", ctx -> {
            signInLimiter.acquire(ctx.ip());
            JsonFields body = JsonFields.of(Requests.jsonBody(ctx), "");
            String code = body.text("enrolmentCode", 64);
            String name = body.has("deviceName") ? body.text("deviceName", 100) : null;
            ctx.status(201).json(enrolment.enrol(code, name, clock.instant(), ctx.ip()));
        });
        api.get("/api/v1/devices", ctx -> {
            DevicePrincipal office = auth.device(ctx, Role.OFFICE);
            List<DeviceSummary> devices = jdbi.withHandle(h -> h.createQuery("""
                            select d.id, d.role, d.name, d.staff_id, s.name as staff_name, d.enrolled_at, d.revoked
                            from devices d left join staff s on s.id = d.staff_id
                            where d.school_id = :school order by d.enrolled_at""")
                    .bind("school", office.schoolId())
                    .map(ConstructorMapper.of(DeviceSummary.class))
                    .list());
            ctx.json(new DeviceList(devices));
        });
        api.post("/api/v1/devices/{deviceId}/revoke", ctx -> {
            DevicePrincipal office = auth.device(ctx, Role.OFFICE);
            UUID deviceId = Requests.uuidPath(ctx, "deviceId");
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
                AuditLog.record(h, office, office.schoolId(), "device.revoked", deviceId.toString(), Map.of(), ctx.ip());
            });
            ctx.json(new Revoked(deviceId, true));
        });
        api.post("/api/v1/enrolment-codes", ctx -> {
            DevicePrincipal office = auth.device(ctx, Role.OFFICE);
            JsonFields body = JsonFields.of(Requests.jsonBody(ctx), "");
            Role role = body.enumValue("role", Role.class);
            if (role == Role.PARENT) {
                throw body.invalid("role", "must be TEACHER, GATE or OFFICE (parents use invitations)");
            }
            UUID staffId = role == Role.GATE ? null : body.uuid("staffId");
            Instant now = clock.instant();
            String code = jdbi.inTransaction(h -> {
                if (staffId != null && h.createQuery("select count(*) from staff where id = :id and school_id = :school")
                        .bind("id", staffId).bind("school", office.schoolId()).mapTo(Integer.class).one() == 0) {
                    throw ApiException.notFound("no staff member " + staffId + " at this school");
                }
                String created = EnrolmentCodes.create(h, office.schoolId(), role, staffId, now);
                AuditLog.record(h, office, office.schoolId(), "enrolment_code.created", role.name(),
                        staffId == null ? Map.of() : Map.of("staffId", staffId), ctx.ip());
                return created;
            });
            ctx.status(201).json(new CodeCreated(code, role, now.plus(EnrolmentCodes.LIFETIME)));
        });
    }
}
