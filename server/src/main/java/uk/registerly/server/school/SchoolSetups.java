package uk.registerly.server.school;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.rules.calendar.Closure;
import uk.registerly.rules.calendar.SchoolCalendar;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;
import uk.registerly.rules.policy.SchoolPolicy;
import uk.registerly.rules.policy.SchoolPresets;
import uk.registerly.rules.schedule.RegisterSchedule;
import uk.registerly.rules.schedule.RegisterWindow;
import uk.registerly.server.http.ApiException;

/**
 * Loads a school's {@link SchoolSetup} and keeps it per calendar version. Every caller passes the
 * version it just read from the database, so a change made through any app server is seen by all at
 * their next request: the cache never serves a superseded calendar.
 */
public final class SchoolSetups {

    private final Map<UUID, SchoolSetup> cache = new ConcurrentHashMap<>();

    /** The set-up of {@code schoolId} at {@code version} (read in the caller's transaction). */
    public SchoolSetup get(Handle handle, UUID schoolId, int version) {
        SchoolSetup cached = cache.get(schoolId);
        if (cached != null && cached.version() == version) {
            return cached;
        }
        SchoolSetup loaded = load(handle, schoolId);
        cache.put(schoolId, loaded);
        return loaded;
    }

    /** The current set-up, reading the version first. */
    public SchoolSetup current(Handle handle, UUID schoolId) {
        Integer version = handle.createQuery("select setup_version from schools where id = :id")
                .bind("id", schoolId)
                .mapTo(Integer.class)
                .findOne()
                .orElseThrow(() -> ApiException.notFound("no such school"));
        return get(handle, schoolId, version);
    }

    /** The school row: name, zone, preset and the version of its set-up. */
    public record SchoolRow(String name, String timeZone, String policyPreset, int setupVersion) {
    }

    public record TermRow(LocalDate startsOn, LocalDate endsOn) {
    }

    public record ClosureRow(LocalDate closedOn, String session, String code) {

        Closure closure() {
            return new Closure(closedOn, EnumSet.of(Session.parse(session)), AttendanceCode.parse(code));
        }
    }

    public record RegisterRow(String session, String[] yearGroups, LocalTime opens, LocalTime lateAfter,
                              LocalTime closes, LocalTime ends) {

        RegisterWindow window() {
            return new RegisterWindow(Session.parse(session), new LinkedHashSet<>(Arrays.asList(yearGroups)), opens,
                    lateAfter, closes, ends);
        }
    }

    private static SchoolSetup load(Handle handle, UUID schoolId) {
        SchoolRow school = handle.createQuery(
                        "select name, time_zone, policy_preset, setup_version from schools where id = :id")
                .bind("id", schoolId)
                .map(ConstructorMapper.of(SchoolRow.class))
                .one();
        SchoolCalendar.Builder calendar = SchoolCalendar.builder();
        handle.createQuery("select starts_on, ends_on from terms where school_id = :id order by starts_on")
                .bind("id", schoolId)
                .map(ConstructorMapper.of(TermRow.class))
                .forEach(t -> calendar.term(t.startsOn(), t.endsOn()));
        handle.createQuery("select closed_on, session, code from closures where school_id = :id order by closed_on, session")
                .bind("id", schoolId)
                .map(ConstructorMapper.of(ClosureRow.class))
                .forEach(c -> calendar.closure(c.closure()));
        List<RegisterWindow> windows = handle.createQuery("""
                        select session, year_groups, opens, late_after, closes, ends
                        from register_schedules where school_id = :id order by position""")
                .bind("id", schoolId)
                .map(ConstructorMapper.of(RegisterRow.class))
                .map(RegisterRow::window)
                .list();
        String name = school.name();
        String preset = school.policyPreset();
        SchoolPolicy base = preset == null ? null : SchoolPresets.named(preset);
        SchoolPolicy policy;
        if (windows.isEmpty()) {
            if (base == null) {
                throw new IllegalStateException("school " + schoolId + " has neither registers nor a policy preset");
            }
            policy = base;
        } else {
            RegisterSchedule registers = new RegisterSchedule(windows);
            policy = base == null
                    ? SchoolPolicy.builder(name, registers).build()
                    : base.toBuilder().name(name).registers(registers).build();
        }
        return new SchoolSetup(schoolId, name, ZoneId.of(school.timeZone()), school.setupVersion(), calendar.build(),
                StoredLadder.apply(handle, schoolId, policy));
    }
}
