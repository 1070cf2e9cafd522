package uk.registerly.server.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;

/**
 * Writes the roster as the school's MIS describes it, keyed by the MIS's own ids, and appends a
 * roster change (the entity's full new state) whenever something actually changed, so devices pull
 * only real changes however often the same export is imported.
 */
public final class RosterStore {

    /** What an upsert did. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    public record Upserted(UUID id, Outcome outcome) {
    }

    public record PupilData(String misId, String firstName, String lastName, LocalDate dateOfBirth, String yearGroup,
                            UUID classId, LocalDate onRollFrom, LocalDate onRollUntil) {
    }

    /** The roster changes devices pull: each entity's full new state. */
    public record StaffChange(UUID id, String misId, String name, String position) {
    }

    public record ClassChange(UUID id, String misId, String name, String yearGroup, List<UUID> teacherIds) {
    }

    public record PupilChange(UUID id, String misId, String firstName, String lastName, LocalDate dateOfBirth,
                              String yearGroup, UUID classId, LocalDate onRollFrom, LocalDate onRollUntil) {
    }

    public record GuardianChange(UUID id, String misId, String name, String relationship, String email, String phone,
                                 List<UUID> pupilIds, String preferredLanguage) {
    }

    /** What the upsert statement returns: the row's id, and whether it was inserted (rather than updated). */
    public record UpsertRow(UUID id, boolean inserted) {
    }

    private RosterStore() {
    }

    /** Year groups are created on first use: "R" is Reception, "N" Nursery, a number is "Year N". */
    public static void ensureYearGroup(Handle h, UUID school, String code) {
        String name = switch (code) {
            case "R" -> "Reception";
            case "N" -> "Nursery";
            default -> code.chars().allMatch(Character::isDigit) ? "Year " + code : code;
        };
        h.createUpdate("""
                        insert into year_groups (school_id, code, name) values (:school, :code, :name)
                        on conflict do nothing""")
                .bind("school", school).bind("code", code).bind("name", name)
                .execute();
    }

    public static Upserted upsertStaff(Handle h, UUID school, String misId, String name, String position) {
        Upserted result = upsert(h, school, "staff", misId, Map.of("name", name, "position", position));
        if (result.outcome() != Outcome.UNCHANGED) {
            RosterChanges.record(h, school, RosterKind.STAFF, result.id(), null,
                    new StaffChange(result.id(), misId, name, position));
        }
        return result;
    }

    public static Upserted upsertClass(Handle h, UUID school, String misId, String name, String yearGroup,
                                       List<UUID> teacherIds) {
        ensureYearGroup(h, school, yearGroup);
        Upserted result = upsert(h, school, "classes", misId, Map.of("name", name, "year_group", yearGroup));
        List<UUID> after = teacherIds.stream().distinct().toList();
        boolean teachersChanged = replaceLinks(h, "class_teachers", "class_id", "staff_id", result.id(), after);
        Outcome outcome = result.outcome() == Outcome.UNCHANGED && teachersChanged ? Outcome.UPDATED : result.outcome();
        if (outcome != Outcome.UNCHANGED) {
            RosterChanges.record(h, school, RosterKind.CLASS, result.id(), null,
                    new ClassChange(result.id(), misId, name, yearGroup, after));
        }
        return new Upserted(result.id(), outcome);
    }

    public static Upserted upsertPupil(Handle h, UUID school, PupilData p) {
        ensureYearGroup(h, school, p.yearGroup());
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("first_name", p.firstName());
        columns.put("last_name", p.lastName());
        columns.put("date_of_birth", p.dateOfBirth());
        columns.put("year_group", p.yearGroup());
        columns.put("class_id", p.classId());
        columns.put("on_roll_from", p.onRollFrom());
        columns.put("on_roll_until", p.onRollUntil());
        Upserted result = upsert(h, school, "pupils", p.misId(), columns);
        if (result.outcome() != Outcome.UNCHANGED) {
            RosterChanges.record(h, school, RosterKind.PUPIL, result.id(), result.id(), pupilSnapshot(result.id(), p));
        }
        return result;
    }

    public static PupilChange pupilSnapshot(UUID id, PupilData p) {
        return new PupilChange(id, p.misId(), p.firstName(), p.lastName(), p.dateOfBirth(), p.yearGroup(), p.classId(),
                p.onRollFrom(), p.onRollUntil());
    }

    public static Upserted upsertGuardian(Handle h, UUID school, String misId, String name, String relationship,
                                          String email, String phone, List<UUID> pupilIds) {
        return upsertGuardian(h, school, misId, name, relationship, email, phone, pupilIds, null);
    }

    /** {@code preferredLanguage}: the language tag letters are written in beside English (issue 16), or null. */
    public static Upserted upsertGuardian(Handle h, UUID school, String misId, String name, String relationship,
                                          String email, String phone, List<UUID> pupilIds, String preferredLanguage) {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("name", name);
        columns.put("relationship", relationship);
        columns.put("email", email);
        columns.put("phone", phone);
        columns.put("preferred_language", preferredLanguage);
        Upserted result = upsert(h, school, "guardians", misId, columns);
        List<UUID> after = pupilIds.stream().distinct().toList();
        boolean childrenChanged = replaceLinks(h, "guardian_pupils", "guardian_id", "pupil_id", result.id(), after);
        Outcome outcome = result.outcome() == Outcome.UNCHANGED && childrenChanged ? Outcome.UPDATED : result.outcome();
        if (outcome != Outcome.UNCHANGED) {
            RosterChanges.record(h, school, RosterKind.GUARDIAN, result.id(), null,
                    new GuardianChange(result.id(), misId, name, relationship, email, phone, after,
                            preferredLanguage));
        }
        return new Upserted(result.id(), outcome);
    }

    /**
     * Makes {@code owner}'s links in a link table (class to teachers, guardian to children) exactly
     * {@code members}; tells whether they changed. Table and column names come from this class only.
     */
    private static boolean replaceLinks(Handle h, String table, String ownerColumn, String memberColumn, UUID owner,
                                        List<UUID> members) {
        Set<UUID> before = Set.copyOf(h.createQuery("select " + memberColumn + " from " + table
                        + " where " + ownerColumn + " = :owner")
                .bind("owner", owner).mapTo(UUID.class).list());
        if (before.equals(Set.copyOf(members))) {
            return false;
        }
        h.createUpdate("delete from " + table + " where " + ownerColumn + " = :owner").bind("owner", owner).execute();
        for (UUID member : members) {
            h.createUpdate("insert into " + table + " (" + ownerColumn + ", " + memberColumn + ") values (:owner, :member)")
                    .bind("owner", owner).bind("member", member).execute();
        }
        return true;
    }

    /** The id of the row with {@code misId} in {@code table} at {@code school}. */
    public static Optional<UUID> idOf(Handle h, String table, UUID school, String misId) {
        return h.createQuery("select id from " + table + " where school_id = :school and mis_id = :mis")
                .bind("school", school).bind("mis", misId)
                .mapTo(UUID.class).findOne();
    }

    /**
     * Inserts the row, or updates it when a column differs; tells which happened. The table and column
     * names come from this class only, never from input.
     */
    private static Upserted upsert(Handle h, UUID school, String table, String misId, Map<String, Object> columns) {
        List<String> names = new ArrayList<>(columns.keySet());
        String insertColumns = String.join(", ", names);
        String values = String.join(", ", names.stream().map(n -> ":" + n).toList());
        String updates = String.join(", ", names.stream().map(n -> n + " = excluded." + n).toList());
        String current = String.join(", ", names.stream().map(n -> table + "." + n).toList());
        String incoming = String.join(", ", names.stream().map(n -> "excluded." + n).toList());
        var update = h.createQuery("insert into " + table + " (id, school_id, mis_id, " + insertColumns + ") "
                        + "values (:id, :school, :mis, " + values + ") "
                        + "on conflict (school_id, mis_id) do update set " + updates
                        + " where (" + current + ") is distinct from (" + incoming + ") "
                        + "returning id, (xmax = 0) as inserted")
                .bind("id", UUID.randomUUID())
                .bind("school", school)
                .bind("mis", misId);
        columns.forEach(update::bind);
        Optional<Upserted> written = update
                .map(ConstructorMapper.of(UpsertRow.class))
                .findOne()
                .map(row -> new Upserted(row.id(), row.inserted() ? Outcome.CREATED : Outcome.UPDATED));
        return written.orElseGet(() -> new Upserted(idOf(h, table, school, misId).orElseThrow(), Outcome.UNCHANGED));
    }
}
