package uk.registerly.server.audit;

import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.ParentPrincipal;
import uk.registerly.server.auth.Principal;
import uk.registerly.server.auth.StaffPrincipal;
import uk.registerly.server.http.Json;

/**
 * The insert-only audit trail: who (device and staff member, or parent account), what, when (UTC, the
 * database's clock), from where, and a detail (a small map or a record, stored as JSON). Written in the
 * caller's transaction, so an action that rolls back leaves no audit row claiming it happened. Never
 * holds pupil names or secrets.
 */
public final class AuditLog {

    private AuditLog() {
    }

    public static void record(Handle handle, Principal actor, UUID schoolId, String action, String subject,
                              Object detail, String clientIp) {
        String kind = "ANONYMOUS";
        UUID actorId = null;
        UUID staffId = null;
        if (actor instanceof DevicePrincipal device) {
            kind = "DEVICE";
            actorId = device.deviceId();
            staffId = device.staffId();
        } else if (actor instanceof ParentPrincipal parent) {
            kind = "PARENT";
            actorId = parent.parentId();
        } else if (actor instanceof StaffPrincipal staff) {
            kind = "STAFF_ACCOUNT";
            actorId = staff.accountId();
        }
        insert(handle, kind, actorId, staffId, schoolId, action, subject, detail, clientIp);
    }

    /** An action by the server itself (demo set-up, command line). */
    public static void recordSystem(Handle handle, UUID schoolId, String action, String subject, Object detail) {
        insert(handle, "SYSTEM", null, null, schoolId, action, subject, detail, null);
    }

    /** An action by a caller who proved who they are only by this request (enrolment, sign-in). */
    public static void recordActor(Handle handle, String kind, UUID actorId, UUID staffId, UUID schoolId, String action,
                                   String subject, Object detail, String clientIp) {
        insert(handle, kind, actorId, staffId, schoolId, action, subject, detail, clientIp);
    }

    private static void insert(Handle handle, String kind, UUID actorId, UUID staffId, UUID schoolId, String action,
                               String subject, Object detail, String clientIp) {
        handle.createUpdate("""
                        insert into audit_log (school_id, actor_kind, actor_id, staff_id, action, subject, detail, client_ip)
                        values (:school, :kind, :actor, :staff, :action, :subject, cast(:detail as jsonb), :ip)""")
                .bind("school", schoolId)
                .bind("kind", kind)
                .bind("actor", actorId)
                .bind("staff", staffId)
                .bind("action", action)
                .bind("subject", subject)
                .bind("detail", Json.write(detail))
                .bind("ip", clientIp)
                .execute();
    }
}
