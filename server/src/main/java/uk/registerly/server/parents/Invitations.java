package uk.registerly.server.parents;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.registerly.server.auth.Secrets;

/**
 * Invitation codes link a parent's account to a guardian's children. The office creates single-use
 * codes; a demo school's code may be claimed by any number of phones, but only in demo mode.
 */
public final class Invitations {

    public static final Duration LIFETIME = Duration.ofDays(30);

    private Invitations() {
    }

    public static String create(Handle h, UUID school, UUID guardian, Instant now) {
        String code = Secrets.newCode();
        insert(h, code, school, guardian, false, 1, now.plus(LIFETIME));
        return code;
    }

    public static void createDemo(Handle h, String code, UUID school, UUID guardian) {
        insert(h, code, school, guardian, true, null, null);
    }

    private static void insert(Handle h, String code, UUID school, UUID guardian, boolean demo, Integer maxClaims,
                               Instant expiresAt) {
        h.createUpdate("""
                        insert into invitations (code_hash, school_id, guardian_id, demo, max_claims, expires_at)
                        values (:hash, :school, :guardian, :demo, :max, :expires)""")
                .bind("hash", Secrets.hashCode(code)).bind("school", school).bind("guardian", guardian)
                .bind("demo", demo).bind("max", maxClaims)
                .bind("expires", expiresAt == null ? null : OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC))
                .execute();
    }
}
