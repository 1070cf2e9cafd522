package uk.registerly.server.devices;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.registerly.server.auth.Role;
import uk.registerly.server.auth.Secrets;

/** Creates enrolment codes: single use and short-lived, or (demo schools only) fixed and reusable. */
public final class EnrolmentCodes {

    public static final Duration LIFETIME = Duration.ofDays(7);

    private EnrolmentCodes() {
    }

    /** A fresh single-use code valid for {@link #LIFETIME}; returns the code (only its hash is kept). */
    public static String create(Handle handle, UUID schoolId, Role role, UUID staffId, Instant now) {
        String code = Secrets.newCode();
        insert(handle, code, schoolId, role, staffId, false, 1, now.plus(LIFETIME));
        return code;
    }

    /** A demo code: any number of devices, no expiry, honoured only while the server runs in demo mode. */
    public static void createDemo(Handle handle, String code, UUID schoolId, Role role, UUID staffId) {
        insert(handle, code, schoolId, role, staffId, true, null, null);
    }

    private static void insert(Handle handle, String code, UUID schoolId, Role role, UUID staffId, boolean demo,
                               Integer maxUses, Instant expiresAt) {
        if (role == Role.PARENT) {
            throw new IllegalArgumentException("parents sign in with invitation codes");
        }
        handle.createUpdate("""
                        insert into enrolment_codes (code_hash, school_id, role, staff_id, demo, max_uses, expires_at)
                        values (:hash, :school, :role, :staff, :demo, :maxUses, :expiresAt)""")
                .bind("hash", Secrets.hashCode(code))
                .bind("school", schoolId)
                .bind("role", role.name())
                .bind("staff", staffId)
                .bind("demo", demo)
                .bind("maxUses", maxUses)
                .bind("expiresAt", expiresAt == null ? null : java.time.OffsetDateTime.ofInstant(expiresAt, java.time.ZoneOffset.UTC))
                .execute();
    }
}
