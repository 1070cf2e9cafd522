package uk.registerly.server.cover;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.server.audit.AuditLog;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.roster.RosterChanges;
import uk.registerly.server.roster.RosterKind;

/**
 * The SQL of cover assignments (V30__cover_assignments.sql). Each change is announced as a COVER
 * roster change in the same transaction, which also bumps the school's set-up version: the rosters
 * pushes and pulls check against (SchoolRosters) are cached per version and see the cover at once.
 */
public final class Covers {

    /** A cover spans at most this many days: a class's own teachers come from the MIS export. */
    static final int MAX_DAYS = 366;

    /** A cover as the office sees it. */
    public record CoverAssignment(UUID id, UUID classId, String className, UUID staffId, String staffName,
                                  String staffPosition, LocalDate from, LocalDate to, Instant createdAt,
                                  Instant revokedAt) {
    }

    /** A cover as its COVER roster change carries it: its full new state. */
    public record CoverChange(UUID id, UUID classId, UUID staffId, LocalDate from, LocalDate to, Instant revokedAt) {

        static CoverChange of(CoverAssignment cover) {
            return new CoverChange(cover.id(), cover.classId(), cover.staffId(), cover.from(), cover.to(),
                    cover.revokedAt());
        }
    }

    /** The audit detail of an assignment: ids and dates only (no names). */
    record Assigned(UUID classId, UUID staffId, LocalDate from, LocalDate to) {
    }

    private static final String SELECT = """
            select a.id, a.class_id, c.name as class_name, a.staff_id, s.name as staff_name,
                   s.position as staff_position, a.starts_on as "from", a.ends_on as "to", a.created_at, a.revoked_at
            from cover_assignments a join classes c on c.id = a.class_id join staff s on s.id = a.staff_id
            where a.school_id = :school""";

    private Covers() {
    }

    /**
     * Assigns {@code staffId} to {@code classId} from {@code from} to {@code to} (school-local days),
     * refusing a class or staff member of another school (404), dates out of order, a cover that has
     * already ended or spans more than {@link #MAX_DAYS} days, a teacher of the class, and a cover the
     * staff member already holds for the class on any of those days (400).
     */
    public static CoverAssignment assign(Handle h, DevicePrincipal office, UUID classId, UUID staffId, LocalDate from,
                                  LocalDate to, LocalDate today, Instant now, String clientIp) {
        UUID school = office.schoolId();
        String className = h.createQuery("select name from classes where id = :id and school_id = :school")
                .bind("id", classId).bind("school", school).mapTo(String.class).findOne()
                .orElseThrow(() -> ApiException.notFound("no class " + classId + " at this school"));
        String staffName = h.createQuery("select name from staff where id = :id and school_id = :school")
                .bind("id", staffId).bind("school", school).mapTo(String.class).findOne()
                .orElseThrow(() -> ApiException.notFound("no staff member " + staffId + " at this school"));
        if (to.isBefore(from)) {
            throw ApiException.badRequest("to must not be before from");
        }
        if (to.isBefore(today)) {
            throw ApiException.badRequest("to (" + to + ") is before today at the school (" + today
                    + "): a cover that has ended grants nothing");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw ApiException.badRequest("a cover spans at most " + MAX_DAYS
                    + " days; a class's own teachers come from the MIS export (roster import of classes)");
        }
        boolean teaches = h.createQuery("select count(*) > 0 from class_teachers where class_id = :c and staff_id = :s")
                .bind("c", classId).bind("s", staffId).mapTo(Boolean.class).one();
        if (teaches) {
            throw ApiException.badRequest(staffName + " already teaches " + className + ": no cover is needed");
        }
        Optional<UUID> overlapping = h.createQuery("""
                        select id from cover_assignments
                        where school_id = :school and staff_id = :staff and class_id = :class and revoked_at is null
                          and starts_on <= :to and ends_on >= :from
                        order by starts_on limit 1""")
                .bind("school", school).bind("staff", staffId).bind("class", classId).bind("from", from).bind("to", to)
                .mapTo(UUID.class).findOne();
        if (overlapping.isPresent()) {
            throw ApiException.badRequest(staffName + " already covers " + className + " on some of those days (cover "
                    + overlapping.get() + "); revoke it first, or choose other days");
        }
        UUID id = UUID.randomUUID();
        h.createUpdate("""
                        insert into cover_assignments (school_id, id, class_id, staff_id, starts_on, ends_on, created_at,
                                                       created_by)
                        values (:school, :id, :class, :staff, :from, :to, :now, :by)""")
                .bind("school", school).bind("id", id).bind("class", classId).bind("staff", staffId)
                .bind("from", from).bind("to", to).bind("now", now).bind("by", office.deviceId())
                .execute();
        CoverAssignment cover = find(h, school, id).orElseThrow();
        RosterChanges.record(h, school, RosterKind.COVER, id, null, CoverChange.of(cover));
        AuditLog.record(h, office, school, "cover.assigned", id.toString(), new Assigned(classId, staffId, from, to),
                clientIp);
        return cover;
    }

    /**
     * Revokes a cover of the office's school (404 for any other): from now on it grants nothing, but
     * facts about days before today recorded under it are still accepted. Revoking twice changes nothing.
     */
    static CoverAssignment revoke(Handle h, DevicePrincipal office, UUID id, LocalDate today, Instant now,
                                  String clientIp) {
        UUID school = office.schoolId();
        int updated = h.createUpdate("""
                        update cover_assignments set revoked_at = :now, revoked_on = :today, revoked_by = :by
                        where school_id = :school and id = :id and revoked_at is null""")
                .bind("now", now).bind("today", today).bind("by", office.deviceId())
                .bind("school", school).bind("id", id)
                .execute();
        CoverAssignment cover = find(h, school, id)
                .orElseThrow(() -> ApiException.notFound("no cover " + id + " at this school"));
        if (updated == 1) {
            RosterChanges.record(h, school, RosterKind.COVER, id, null, CoverChange.of(cover));
            AuditLog.record(h, office, school, "cover.revoked", id.toString(), Map.of(), clientIp);
        }
        return cover;
    }

    /** The school's covers with a day from {@code from} to {@code to} (null: no end), revoked ones included. */
    static List<CoverAssignment> overlapping(Handle h, UUID school, LocalDate from, LocalDate to) {
        var query = h.createQuery(SELECT + " and a.ends_on >= :from" + (to == null ? "" : " and a.starts_on <= :to")
                        + " order by a.starts_on, c.name, a.created_at")
                .bind("school", school).bind("from", from);
        if (to != null) {
            query.bind("to", to);
        }
        return query.map(ConstructorMapper.of(CoverAssignment.class)).list();
    }

    private static Optional<CoverAssignment> find(Handle h, UUID school, UUID id) {
        return h.createQuery(SELECT + " and a.id = :id")
                .bind("school", school).bind("id", id)
                .map(ConstructorMapper.of(CoverAssignment.class))
                .findOne();
    }
}
