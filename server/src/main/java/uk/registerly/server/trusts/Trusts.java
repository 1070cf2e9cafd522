package uk.registerly.server.trusts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.server.audit.AuditLog;

/** Trusts and the schools they own (issue 18): a school belongs to at most one trust. */
public final class Trusts {

    /** A trust as stored. */
    public record Trust(UUID id, String name) {
    }

    /** A school of a trust, with its policy preset (each of a trust's schools keeps its own policy). */
    public record TrustSchool(UUID id, String name, String policyPreset) {
    }

    private Trusts() {
    }

    public static UUID create(Handle h, String name) {
        UUID id = UUID.randomUUID();
        h.createUpdate("insert into trusts (id, name) values (:id, :name)").bind("id", id).bind("name", name).execute();
        AuditLog.recordSystem(h, null, "trust.created", id.toString(), java.util.Map.of("name", name));
        return id;
    }

    public static Optional<UUID> named(Handle h, String name) {
        return h.createQuery("select id from trusts where name = :name").bind("name", name).mapTo(UUID.class).findOne();
    }

    /** Puts a school into a trust (out of any other). Audited. */
    public static void addSchool(Handle h, UUID trust, UUID school) {
        h.createUpdate("update schools set trust_id = :trust where id = :school").bind("trust", trust)
                .bind("school", school).execute();
        AuditLog.recordSystem(h, school, "trust.school_added", trust.toString(), java.util.Map.of());
    }

    public static Trust get(Handle h, UUID trust) {
        return h.createQuery("select id, name from trusts where id = :id").bind("id", trust)
                .map(ConstructorMapper.of(Trust.class)).one();
    }

    public static List<TrustSchool> schools(Handle h, UUID trust) {
        return h.createQuery("select id, name, policy_preset from schools where trust_id = :t order by name")
                .bind("t", trust).map(ConstructorMapper.of(TrustSchool.class)).list();
    }
}
