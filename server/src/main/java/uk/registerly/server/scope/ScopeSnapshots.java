package uk.registerly.server.scope;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * The scopes devices were handed cursors under (pull_scopes, V31), by hash: written the first time a
 * scope is announced to a device of the school, read when a later pull must tell what that device held.
 */
public final class ScopeSnapshots {

    /** A stored snapshot as read. */
    public record Row(UUID[] pupils, UUID[] classes, LocalDate day) {

        ScopeSnapshot snapshot() {
            return new ScopeSnapshot(pupils == null ? null : Set.of(pupils), classes == null ? null : Set.of(classes), day);
        }
    }

    private ScopeSnapshots() {
    }

    /** Stores {@code scope} under its hash unless the school already has it (a scope never changes). */
    public static void save(Handle h, UUID school, DeviceScope scope) {
        String hash = scope.hash();
        boolean known = h.createQuery("select count(*) > 0 from pull_scopes where school_id = :school and scope_hash = :hash")
                .bind("school", school).bind("hash", hash).mapTo(Boolean.class).one();
        if (known) {
            return; // read first: most announcements repeat a scope already stored, and a read writes nothing
        }
        h.createUpdate("""
                        insert into pull_scopes (school_id, scope_hash, role, pupils, classes, day)
                        values (:school, :hash, :role, :pupils, :classes, :day)
                        on conflict do nothing""")
                .bind("school", school).bind("hash", hash).bind("role", scope.role().name())
                .bind("pupils", scope.pupils() == null ? null : scope.pupils().toArray(new UUID[0]))
                .bind("classes", scope.classes() == null ? null : scope.classes().toArray(new UUID[0]))
                .bind("day", scope.day())
                .execute();
    }

    public static Optional<ScopeSnapshot> load(Handle h, UUID school, String hash) {
        return h.createQuery("select pupils, classes, day from pull_scopes where school_id = :school and scope_hash = :hash")
                .bind("school", school).bind("hash", hash)
                .map(ConstructorMapper.of(Row.class))
                .findOne()
                .map(Row::snapshot);
    }
}
