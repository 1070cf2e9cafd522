package uk.registerly.server.parents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.http.ApiException;

/**
 * The parent accounts linked to a school's guardians, as its office sees them, and their revocation.
 * An account is one credential however many schools it reaches: revoking it (a lost phone, a parent
 * who no longer has parental responsibility) makes its token get 401 everywhere; the family signs in
 * again with a new invitation from each school.
 */
public final class SchoolParents {

    /** A guardian of the school an account is linked to. */
    public record LinkedGuardian(UUID guardianId, String name, Instant linkedAt) {
    }

    public record ParentAccountSummary(UUID parentId, Instant createdAt, boolean revoked, Instant revokedAt,
                                       List<LinkedGuardian> guardians) {
    }

    public record ParentRevoked(UUID parentId, boolean revoked) {
    }

    /** One account and one of its links to the school, as read. */
    public record LinkRow(UUID parentId, Instant createdAt, boolean revoked, Instant revokedAt, UUID guardianId,
                          String name, Instant linkedAt) {
    }

    private SchoolParents() {
    }

    /** Every account linked to a guardian of {@code school}, oldest first, with those links. */
    static List<ParentAccountSummary> of(Handle h, UUID school) {
        Map<UUID, List<LinkRow>> byAccount = new LinkedHashMap<>();
        h.createQuery("""
                        select a.id as parent_id, a.created_at, a.revoked, a.revoked_at, g.id as guardian_id, g.name,
                               pg.linked_at
                        from parent_accounts a join parent_guardians pg on pg.parent_id = a.id
                        join guardians g on g.id = pg.guardian_id
                        where g.school_id = :school
                        order by a.created_at, a.id, g.name""")
                .bind("school", school)
                .map(ConstructorMapper.of(LinkRow.class))
                .forEach(row -> byAccount.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row));
        List<ParentAccountSummary> accounts = new ArrayList<>();
        byAccount.forEach((id, rows) -> {
            LinkRow first = rows.get(0);
            accounts.add(new ParentAccountSummary(id, first.createdAt(), first.revoked(), first.revokedAt(),
                    rows.stream().map(r -> new LinkedGuardian(r.guardianId(), r.name(), r.linkedAt())).toList()));
        });
        return accounts;
    }

    /**
     * Revokes the account {@code parentId} if it is linked to a guardian of the office's school (404
     * otherwise, as for an account that does not exist). Revoking twice changes nothing.
     */
    static ParentRevoked revoke(Handle h, DevicePrincipal office, UUID parentId, Instant now, String clientIp) {
        boolean linked = h.createQuery("""
                        select count(*) > 0 from parent_guardians pg join guardians g on g.id = pg.guardian_id
                        where pg.parent_id = :parent and g.school_id = :school""")
                .bind("parent", parentId).bind("school", office.schoolId())
                .mapTo(Boolean.class).one();
        if (!linked) {
            throw ApiException.notFound("no parent account " + parentId + " linked to this school");
        }
        int updated = h.createUpdate(
                        "update parent_accounts set revoked = true, revoked_at = :now where id = :id and not revoked")
                .bind("now", now).bind("id", parentId)
                .execute();
        if (updated == 1) {
            AuditLog.record(h, office, office.schoolId(), "parent.revoked", parentId.toString(), Map.of(), clientIp);
        }
        return new ParentRevoked(parentId, true);
    }
}
