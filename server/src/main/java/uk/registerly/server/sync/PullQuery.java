package uk.registerly.server.sync;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.ParentPrincipal;
import uk.registerly.server.auth.Role;
import uk.registerly.server.roster.RosterKind;
import uk.registerly.server.scope.RowFilter;

/**
 * The pull query: events and roster changes after a cursor, in cursor order, written by transactions older
 * than the oldest still running (the snapshot's xmin; docs/sync-protocol.md), limited to what one caller may see.
 */
final class PullQuery {

    private static final String PULL = """
            with horizon as (select pg_snapshot_xmin(pg_current_snapshot())::text::bigint as h)
            select * from (
              (select 'E' as src, e.tx_id, e.position, e.id, e.type as kind, e.pupil_id, e.device_id, e.staff_id,
                      e.device_seq, e.payload::text as data, e.device_time, e.received_at as at,
                      e.trusted_time, e.clock_check
               from events e, horizon
               where <eventScope> and e.type = any(:types)
                 and (e.tx_id, e.position) > (:tx, :pos) and e.tx_id < horizon.h<eventUpTo>
               order by e.tx_id, e.position
               limit :n)
              union all
              (select 'R', r.tx_id, r.position, r.entity_id, r.kind, r.pupil_id, null, null, null,
                      -- a PUPIL row names its school (a parent's children may attend different schools);
                      -- taken from the change row, so rows stored before the field existed carry it too
                      (case when r.kind = 'PUPIL' then r.data || jsonb_build_object('schoolId', r.school_id)
                            else r.data end)::text, null, r.changed_at, null, null
               from roster_changes r, horizon
               where <rosterScope>
                 and (r.tx_id, r.position) > (:tx, :pos) and r.tx_id < horizon.h<rosterUpTo>
               order by r.tx_id, r.position
               limit :n)
            ) page
            order by tx_id, position
            limit :n""";

    /** The day a fact is about (the expression V2__events_by_day.sql indexes): a gate reads one day's. */
    private static final String DAY = "coalesce(e.payload->>'date', left(e.payload->>'at', 10))";

    private PullQuery() {
    }

    /** A parent: its children's events and pupil rows, and their schools' rows. */
    static Query parent(Handle h, ParentPrincipal parent) {
        return unbounded(h.createQuery(PULL)
                .define("eventScope", "e.pupil_id = any(:children)")
                .define("rosterScope", "((r.pupil_id = any(:children) and r.kind = 'PUPIL')"
                        + " or (r.school_id = any(:schools) and r.kind = 'SCHOOL'))")
                .bind("children", parent.children().toArray(new UUID[0]))
                .bind("schools", new HashSet<>(parent.childSchools().values()).toArray(new UUID[0])));
    }

    /** A device with no scope (an office device): its whole school, the roster kinds its role sees. */
    static Query wholeSchool(Handle h, DevicePrincipal device) {
        return unbounded(h.createQuery(PULL)
                .define("eventScope", "e.school_id = :school")
                .define("rosterScope", "r.school_id = :school and r.kind = any(:kinds)")
                .bind("school", device.schoolId())
                .bind("kinds", RosterKind.visibleKinds(device.role())));
    }

    private static Query unbounded(Query query) {
        return query.define("eventUpTo", "").define("rosterUpTo", "");
    }

    /** The pull query over the rows {@code filter} lets through; a backfill's also no later than its bound. */
    static Query filtered(Handle h, UUID school, Role role, RowFilter filter, boolean backfill) {
        List<String> event = new ArrayList<>(List.of("e.school_id = :school"));
        Query query = h.createQuery(PULL);
        if (filter.eventPupils() != null) {
            String pupils = membership("e.pupil_id", "eventPupils", filter.eventPupils(), query);
            // A school-wide event (issue 15: a roll call's start and end) names no pupil: every staff device whose
            // role sees its type holds it. A backfill never re-serves them (the device held them all along).
            event.add(backfill ? pupils : "(" + pupils + " or e.pupil_id is null)");
        }
        if (filter.eventDay() != null) {
            event.add(DAY + " = :day");
            query.bind("day", filter.eventDay().toString());
        }
        List<String> kinds = new ArrayList<>();
        if (filter.otherKinds()) {
            kinds.add("r.kind not in ('PUPIL', 'CLASS')");
        }
        kinds.add("r.kind = 'PUPIL' and " + membership("r.entity_id", "rosterPupils", filter.rosterPupils(), query));
        kinds.add("r.kind = 'CLASS' and " + membership("r.entity_id", "rosterClasses", filter.rosterClasses(), query));
        String upTo = backfill ? " and (%1$s.tx_id, %1$s.position) <= (:utx, :upos)" : "";
        return query.define("eventScope", String.join(" and ", event))
                .define("rosterScope", "r.school_id = :school and r.kind = any(:kinds) and ((" + String.join(") or (", kinds)
                        + "))")
                .define("eventUpTo", upTo.formatted("e"))
                .define("rosterUpTo", upTo.formatted("r"))
                .bind("school", school)
                .bind("kinds", RosterKind.visibleKinds(role));
    }

    private static String membership(String column, String name, Set<UUID> ids, Query query) {
        if (ids == null) {
            return "true";
        }
        if (ids.isEmpty()) {
            return "false";
        }
        query.bind(name, ids.toArray(new UUID[0]));
        return column + " = any(:" + name + ")";
    }

    /** Up to {@code n} rows after {@code since} (and no later than {@code upTo}, when given), in cursor order. */
    static List<PullRow> read(Query query, Role role, Cursor since, Cursor upTo, int n) {
        if (upTo != null) {
            query.bind("utx", upTo.txId()).bind("upos", upTo.position());
        }
        return query.bind("types", EventType.visibleTypes(role))
                .bind("tx", since.txId())
                .bind("pos", since.position())
                .bind("n", n)
                .map(ConstructorMapper.of(PullRow.class))
                .list();
    }
}
