package uk.registerly.server.parents;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.Secrets;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ErrorCode;

/** Parent sign-in (an invitation code creates an account and its token) and claiming further invitations. */
public final class ParentAccounts {

    public record Child(UUID id, String firstName, String lastName, String yearGroup, UUID schoolId, String schoolName) {
    }

    public record SignedIn(UUID parentId, String token, List<Child> children) {
    }

    /** An invitation as stored: the guardian whose children it links, and whether it may still be claimed. */
    public record InvitationRow(UUID guardianId, boolean demo, Integer maxClaims, int claims, Instant expiresAt) {

        boolean claimable(boolean demoMode, Instant now) {
            return Secrets.redeemable(demoMode, demo, maxClaims, claims, expiresAt, now);
        }
    }

    private final Jdbi jdbi;
    private final boolean demoMode;

    public ParentAccounts(Jdbi jdbi, boolean demoMode) {
        this.jdbi = jdbi;
        this.demoMode = demoMode;
    }

    public SignedIn signIn(String code, Instant now, String clientIp) {
        return jdbi.inTransaction(h -> {
            UUID guardian = claim(h, code, now);
            UUID parentId = UUID.randomUUID();
            String token = Secrets.newParentToken();
            h.createUpdate("insert into parent_accounts (id, token_hash) values (:id, :hash)")
                    .bind("id", parentId).bind("hash", Secrets.hashToken(token)).execute();
            link(h, parentId, guardian);
            AuditLog.recordActor(h, "PARENT", parentId, null, schoolOf(h, guardian), "parent.signed_in",
                    parentId.toString(), Map.of("guardianId", guardian), clientIp);
            return new SignedIn(parentId, token, children(h, parentId));
        });
    }

    /** Links a further guardian's children (a second school, a sibling added later) to the account. */
    public List<Child> claim(UUID parentId, String code, Instant now, String clientIp) {
        return jdbi.inTransaction(h -> {
            UUID guardian = claim(h, code, now);
            link(h, parentId, guardian);
            AuditLog.recordActor(h, "PARENT", parentId, null, schoolOf(h, guardian), "parent.claimed_invitation",
                    parentId.toString(), Map.of("guardianId", guardian), clientIp);
            return children(h, parentId);
        });
    }

    public List<Child> children(UUID parentId) {
        return jdbi.withHandle(h -> children(h, parentId));
    }

    private UUID claim(Handle h, String code, Instant now) {
        byte[] hash = Secrets.hashCode(code);
        InvitationRow invitation = h.createQuery("""
                        select guardian_id, demo, max_claims, claims, expires_at from invitations
                        where code_hash = :hash for update""")
                .bind("hash", hash)
                .map(ConstructorMapper.of(InvitationRow.class))
                .findOne()
                .filter(i -> i.claimable(demoMode, now))
                .orElseThrow(() -> new ApiException(ErrorCode.INVALID_CODE,
                        "this invitation code is unknown, used or expired; ask the school office for a new one"));
        h.createUpdate("update invitations set claims = claims + 1 where code_hash = :hash").bind("hash", hash).execute();
        return invitation.guardianId();
    }

    private static void link(Handle h, UUID parentId, UUID guardian) {
        h.createUpdate("""
                        insert into parent_guardians (parent_id, guardian_id) values (:parent, :guardian)
                        on conflict do nothing""")
                .bind("parent", parentId).bind("guardian", guardian).execute();
    }

    private static UUID schoolOf(Handle h, UUID guardian) {
        return h.createQuery("select school_id from guardians where id = :id").bind("id", guardian).mapTo(UUID.class).one();
    }

    private static List<Child> children(Handle h, UUID parentId) {
        return h.createQuery("""
                        select distinct p.id, p.first_name, p.last_name, p.year_group, p.school_id, s.name as school_name
                        from parent_guardians pg
                        join guardian_pupils gp on gp.guardian_id = pg.guardian_id
                        join pupils p on p.id = gp.pupil_id
                        join schools s on s.id = p.school_id
                        where pg.parent_id = :parent
                        order by p.first_name, p.last_name, p.id""")
                .bind("parent", parentId)
                .map(ConstructorMapper.of(Child.class))
                .list();
    }
}
