package uk.registerly.server.roster;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.rules.age.CompulsorySchoolAge;

/**
 * Each school's roster as pushes check it and pulls scope it (who is on roll, in which class, taught
 * or covered by whom, who is on the staff), cached per school set-up version. Every roster change bumps the version in the same transaction, and
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

    /** A member of the school's staff: how they sign an amendment. */
    public record StaffMember(UUID id, String name, String position) {

        /** "Name, Position", the form an AMENDMENT's {@code by} takes. */
        public String signature() {
            return name + ", " + position;
        }
    }

    /** A cover assignment (cover_assignments, V30): {@code staffId} takes {@code classId} from starts to ends. */
    public record Cover(UUID id, UUID classId, UUID staffId, LocalDate startsOn, LocalDate endsOn, LocalDate revokedOn) {

        /**
         * Whether a fact about {@code date} may be recorded under this cover: a day of the cover before
         * the day it was revoked (what was recorded on earlier cover days may still arrive late).
         */
        public boolean coversOn(LocalDate date) {
            return within(date) && (revokedOn == null || date.isBefore(revokedOn));
        }

        /** Whether the covering tablet holds the class on {@code today}: a day of the cover, and not revoked. */
        public boolean inForceOn(LocalDate today) {
            return revokedOn == null && within(today);
        }

        private boolean within(LocalDate date) {
            return !date.isBefore(startsOn) && !date.isAfter(endsOn);
        }
    }

    public record Roster(UUID schoolId, int version, Map<UUID, Pupil> pupils, Map<UUID, Set<UUID>> teachersOfClass,
                         Map<UUID, StaffMember> staff, List<Cover> covers) {

        public boolean teaches(UUID staffId, Pupil pupil) {
            return staffId != null && pupil.classId() != null
                    && teachersOfClass.getOrDefault(pupil.classId(), Set.of()).contains(staffId);
        }

        /** Whether {@code staffId} teaches the pupil's class, or covers it on {@code date}. */
        public boolean teachesOrCovers(UUID staffId, Pupil pupil, LocalDate date) {
            if (teaches(staffId, pupil)) {
                return true;
            }
            for (Cover cover : covers) {
                if (cover.staffId().equals(staffId) && cover.classId().equals(pupil.classId()) && cover.coversOn(date)) {
                    return true;
                }
            }
            return false;
        }

        /** The classes {@code staffId} is a teacher of (class_teachers). */
        public Set<UUID> classesTaughtBy(UUID staffId) {
            Set<UUID> classes = new HashSet<>();
            teachersOfClass.forEach((classId, teachers) -> {
                if (teachers.contains(staffId)) {
                    classes.add(classId);
                }
            });
            return classes;
        }

        /** The covers {@code staffId} holds on {@code today}. */
        public List<Cover> coversInForce(UUID staffId, LocalDate today) {
            return covers.stream().filter(c -> c.staffId().equals(staffId) && c.inForceOn(today)).toList();
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
        Map<UUID, StaffMember> staff = new HashMap<>();
        h.createQuery("select id, name, position from staff where school_id = :school")
                .bind("school", school)
                .map(ConstructorMapper.of(StaffMember.class))
                .forEach(member -> staff.put(member.id(), member));
        // Every cover ever made: a late push for an old cover day is still checked against it.
        List<Cover> covers = h.createQuery("""
                        select id, class_id, staff_id, starts_on, ends_on, revoked_on
                        from cover_assignments where school_id = :school order by starts_on, id""")
                .bind("school", school)
                .map(ConstructorMapper.of(Cover.class))
                .list();
        return new Roster(school, version, Map.copyOf(pupils), Map.copyOf(teachers), Map.copyOf(staff),
                List.copyOf(covers));
    }
}
