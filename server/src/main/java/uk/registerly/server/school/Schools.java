package uk.registerly.server.school;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.rules.calendar.Closure;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.calendar.Term;
import uk.registerly.rules.schedule.RegisterWindow;
import uk.registerly.server.roster.RosterChanges;
import uk.registerly.server.roster.RosterKind;

/** Creates schools and replaces their calendar, announcing each change to the school's devices. */
public final class Schools {

    private Schools() {
    }

    public static UUID create(Handle h, String name, ZoneId zone, String policyPreset, boolean demo) {
        UUID id = UUID.randomUUID();
        h.createUpdate("""
                        insert into schools (id, name, time_zone, policy_preset, demo)
                        values (:id, :name, :zone, :preset, :demo)""")
                .bind("id", id).bind("name", name).bind("zone", zone.getId()).bind("preset", policyPreset)
                .bind("demo", demo)
                .execute();
        return id;
    }

    /** Replaces the registers, terms and closures; the SCHOOL roster change bumps the cached set-up version. */
    public static void replaceCalendar(Handle h, UUID school, CalendarSpec spec) {
        // Lock the school row: two concurrent replacements must not interleave their deletes and inserts.
        h.createQuery("select id from schools where id = :id for update").bind("id", school).mapTo(UUID.class).one();
        for (String table : new String[] {"register_schedules", "terms", "closures"}) {
            h.createUpdate("delete from " + table + " where school_id = :school").bind("school", school).execute();
        }
        int position = 0;
        for (RegisterWindow w : spec.registers()) {
            h.createUpdate("""
                            insert into register_schedules (school_id, position, session, year_groups, opens, late_after,
                                                            closes, ends)
                            values (:school, :position, :session, :years, :opens, :lateAfter, :closes, :ends)""")
                    .bind("school", school).bind("position", position++).bind("session", w.session().name())
                    .bind("years", w.yearGroups().toArray(new String[0]))
                    .bind("opens", w.opens()).bind("lateAfter", w.lateAfter()).bind("closes", w.closes())
                    .bind("ends", w.ends())
                    .execute();
        }
        for (Term t : spec.terms()) {
            h.createUpdate("insert into terms (school_id, starts_on, ends_on) values (:school, :from, :to)")
                    .bind("school", school).bind("from", t.from()).bind("to", t.to())
                    .execute();
        }
        for (Closure c : spec.closures()) {
            for (Session s : c.sessions()) {
                h.createUpdate("""
                                insert into closures (school_id, closed_on, session, code) values (:school, :date, :session, :code)
                                on conflict (school_id, closed_on, session) do update set code = excluded.code""")
                        .bind("school", school).bind("date", c.date()).bind("session", s.name())
                        .bind("code", c.code().symbol())
                        .execute();
            }
        }
        RosterChanges.record(h, school, RosterKind.SCHOOL, school, null, snapshot(h, school, spec));
    }

    /** The school as devices see it (GET /api/v1/school, and the SCHOOL roster change). */
    public record Snapshot(UUID id, String name, String timeZone, String policyPreset,
                           List<CalendarSpec.RegisterBody> registers, List<CalendarSpec.TermBody> terms,
                           List<CalendarSpec.ClosureBody> closures) {
    }

    /** The school's name, zone and preset as stored. */
    public record Identity(String name, String timeZone, String policyPreset) {
    }

    /** The school as devices see it: name, zone, registers, terms, closures. */
    public static Snapshot snapshot(Handle h, UUID school, CalendarSpec spec) {
        Identity row = h.createQuery("select name, time_zone, policy_preset from schools where id = :id")
                .bind("id", school).map(ConstructorMapper.of(Identity.class)).one();
        return new Snapshot(school, row.name(), row.timeZone(), row.policyPreset(), spec.registersBody(),
                spec.termsBody(), spec.closuresBody());
    }

    /** The current calendar as a spec, from a loaded set-up. */
    public static CalendarSpec specOf(SchoolSetup setup) {
        return new CalendarSpec(setup.policy().registers().windows(), setup.calendar().terms(), setup.calendar().closures());
    }
}
