package uk.registerly.server.roster;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.rules.age.CompulsorySchoolAge;

/**
 * Each school's roster as pushes check it (who is on roll, in which class, taught by whom), cached
 * per school set-up version. Every roster change bumps the version in the same transaction, and
 * callers pass the version they read with the request, so a cached roster is never stale.
 */
public final class SchoolRosters {

    /** A pupil as validation needs them: no names; {@code age} null when the date of birth is unknown. */
    public record Pupil(UUID id, UUID schoolId, String yearGroup, CompulsorySchoolAge age, UUID classId,
                        LocalDate onRollFrom, LocalDate onRollUntil) {

        public boolean onRollOn(LocalDate date) {
            return (onRollFrom == null || !date.isBefore(onRollFrom))
                    && (onRollUntil == null || !date.isAfter(onRollUntil));
        }
    }

    public record Roster(UUID schoolId, int version, Map<UUID, Pupil> pupils, Map<UUID, Set<UUID>> teachersOfClass) {

        public boolean teaches(UUID staffId, Pupil pupil) {
            return staffId != null && pupil.classId() != null
                    && teachersOfClass.getOrDefault(pupil.classId(), Set.of()).contains(staffId);
        }
    }

    private final Map<UUID, Roster> cache = new ConcurrentHashMap<>();

    public Roster get(Handle h, UUID school, int version) {
        Roster cached = cache.get(school);
        if (cached != null && cached.version() == version) {
            return cached;
        }
        Roster loaded = load(h, school, version);
        cache.put(school, loaded);
        return loaded;
    }

    private static CompulsorySchoolAge age(LocalDate dateOfBirth) {
        return dateOfBirth == null ? null : CompulsorySchoolAge.forDateOfBirth(dateOfBirth);
    }

    /** A pupil row as stored. */
    public record PupilRow(UUID id, String yearGroup, LocalDate dateOfBirth, UUID classId, LocalDate onRollFrom,
                           LocalDate onRollUntil) {

        Pupil pupil(UUID school) {
            return new Pupil(id, school, yearGroup, age(dateOfBirth), classId, onRollFrom, onRollUntil);
        }
    }

    /** One teacher of one class. */
    public record ClassTeacher(UUID classId, UUID staffId) {
    }

    private static Roster load(Handle h, UUID school, int version) {
        Map<UUID, Pupil> pupils = new HashMap<>();
        h.createQuery("""
                        select id, year_group, date_of_birth, class_id, on_roll_from, on_roll_until
                        from pupils where school_id = :school""")
                .bind("school", school)
                .map(ConstructorMapper.of(PupilRow.class))
                .forEach(row -> pupils.put(row.id(), row.pupil(school)));
        Map<UUID, Set<UUID>> teachers = new HashMap<>();
        h.createQuery("""
                        select ct.class_id, ct.staff_id from class_teachers ct join classes c on c.id = ct.class_id
                        where c.school_id = :school""")
                .bind("school", school)
                .map(ConstructorMapper.of(ClassTeacher.class))
                .forEach(t -> teachers.computeIfAbsent(t.classId(), k -> new HashSet<>()).add(t.staffId()));
        return new Roster(school, version, Map.copyOf(pupils), Map.copyOf(teachers));
    }
}
