package uk.registerly.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.ParentPrincipal;
import uk.registerly.server.auth.Principal;
import uk.registerly.server.auth.Role;
import uk.registerly.server.http.Json;
import uk.registerly.server.roster.RosterKind;
import uk.registerly.server.scope.DeviceScope;
import uk.registerly.server.scope.DeviceScopes;
import uk.registerly.server.scope.RowFilter;
import uk.registerly.server.scope.ScopeSnapshot;
import uk.registerly.server.scope.ScopeSnapshots;

/**
 * Serves the events and roster changes a caller may see, in cursor order, from a cursor on.
 *
 * <p>Only rows written by transactions older than the oldest transaction still running are served
 * (the snapshot's xmin): every such transaction has committed or rolled back, so no row can later
 * appear behind a cursor already handed out. See docs/sync-protocol.md.
 *
 * <p>A TEACHER or GATE device is served only its scope ({@link DeviceScope}), with the fields its role
 * never holds removed ({@link WithheldFields}). When its scope has changed since its cursor, the page
 * starts with a SCOPE notice (what it may hold now: it drops the rest) and, before the rows after its
 * cursor, serves from behind the cursor what the new scope adds (a "backfill": a class it now teaches or
 * covers, today's facts at the gate).
 */
public final class PullService {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1000;

    /** {@code staffId}: who was signed in on the device that recorded it, when it said. */
    /**
     * A pulled event. {@code payload.at} is the trusted school-local time (the device's corrected by its
     * offset); {@code clockCheck} says whether the device's clock was verified (left out for events stored
     * before trusted time), {@code trustedTime} the envelope's deviceTime corrected.
     */
    public record PulledEvent(String cursor, UUID id, EventType type, UUID pupil, UUID deviceId, UUID staffId,
                              long deviceSeq, Instant deviceTime, Instant receivedAt, Instant trustedTime,
                              String clockCheck, JsonNode payload) {
    }

    public record RosterChange(String cursor, RosterKind kind, UUID id, Instant changedAt, JsonNode data) {
    }

    public record Page(List<PulledEvent> events, List<RosterChange> roster, String next, boolean hasMore) {
    }

    /** One row of the pull query: an event ('E') or a roster change ('R'). */
    public record Row(String src, long txId, long position, UUID id, String kind, UUID pupilId, UUID deviceId,
                      UUID staffId, Long deviceSeq, String data, Instant deviceTime, Instant at, Instant trustedTime,
                      String clockCheck) {

        Cursor cursor() {
            return new Cursor(txId, position);
        }

        boolean isEvent() {
            return "E".equals(src);
        }

        PulledEvent event(Role role) {
            EventType type = EventType.valueOf(kind);
            JsonNode payload = Json.parse(data);
            WithheldFields.strip(role, type, payload);
            return new PulledEvent(cursor().toString(), id, type, pupilId, deviceId, staffId, deviceSeq, deviceTime, at,
                    trustedTime, clockCheck, payload);
        }

        RosterChange rosterChange(Role role) {
            RosterKind rosterKind = RosterKind.valueOf(kind);
            JsonNode content = Json.parse(data);
            WithheldFields.strip(role, rosterKind, content);
            return new RosterChange(cursor().toString(), rosterKind, id, at, content);
        }
    }

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

    private final Jdbi jdbi;
    private final DeviceScopes scopes;
    private final Clock clock;

    public PullService(Jdbi jdbi, DeviceScopes scopes, Clock clock) {
        this.jdbi = jdbi;
        this.scopes = scopes;
        this.clock = clock;
    }

    public Page pull(Principal principal, PullCursor since, int limit) {
        return jdbi.withHandle(h -> {
            if (principal instanceof ParentPrincipal parent) {
                return whole(h, parentQuery(h, parent), parent.role(), since.position(), limit);
            }
            DevicePrincipal device = (DevicePrincipal) principal;
            Optional<DeviceScope> scope = scopes.current(h, device, clock.instant());
            if (scope.isEmpty()) {
                Query query = h.createQuery(PULL)
                        .define("eventScope", "e.school_id = :school")
                        .define("rosterScope", "r.school_id = :school and r.kind = any(:kinds)")
                        .bind("school", device.schoolId())
                        .bind("kinds", RosterKind.visibleKinds(device.role()));
                return whole(h, query, device.role(), since.position(), limit);
            }
            return scoped(h, device, scope.get(), since, limit, clock.instant());
        });
    }

    private static Query parentQuery(Handle h, ParentPrincipal parent) {
        return h.createQuery(PULL)
                .define("eventScope", "e.pupil_id = any(:children)")
                .define("rosterScope", "((r.pupil_id = any(:children) and r.kind = 'PUPIL')"
                        + " or (r.school_id = any(:schools) and r.kind = 'SCHOOL'))")
                .bind("children", parent.children().toArray(new UUID[0]))
                .bind("schools", new HashSet<>(parent.childSchools().values()).toArray(new UUID[0]));
    }

    /** An office device or a parent: everything its query lets through, from {@code since} on. */
    private static Page whole(Handle h, Query query, Role role, Cursor since, int limit) {
        List<Row> rows = read(query.define("eventUpTo", "").define("rosterUpTo", ""), role, since, limit + 1);
        // One row beyond the limit is read only to tell whether there is more.
        boolean hasMore = rows.size() > limit;
        Page page = page(rows.subList(0, Math.min(limit, rows.size())), role, List.of());
        return new Page(page.events(), page.roster(), lastCursor(rows, limit, since).toString(), hasMore);
    }

    /**
     * A TEACHER or GATE device: a SCOPE notice when its scope is not the one its cursor names, then what
     * the new scope adds from behind the cursor (backfill), then the scope's rows after the cursor.
     */
    private static Page scoped(Handle h, DevicePrincipal device, DeviceScope scope, PullCursor since, int limit,
                               Instant now) {
        UUID school = device.schoolId();
        Role role = device.role();
        String hash = scope.hash();
        Cursor position = since.position();
        List<RosterChange> notice = new ArrayList<>();
        RowFilter backfill = null;
        String held = null;
        Cursor backfillFrom = Cursor.START;
        if (hash.equals(since.scope())) {
            if (since.backfilling()) {
                held = since.previous();
                backfill = scope.gainedSince(snapshot(h, school, held));
                backfillFrom = since.backfill();
            }
        } else {
            ScopeSnapshots.save(h, school, scope);
            notice.add(new RosterChange(position.toString(), RosterKind.SCOPE, device.deviceId(), now,
                    Json.MAPPER.valueToTree(ScopeNotice.of(device, scope))));
            if (!position.equals(Cursor.START)) {
                // What the device holds up to its position: the scope its cursor names or, in the middle of a
                // backfill, the one it held before that backfill began (it may hold some of the backfill too:
                // the notice drops what is no longer in scope, and the new backfill starts from the beginning).
                ScopeSnapshot before;
                if (since.backfilling()) {
                    held = since.previous();
                    before = snapshot(h, school, held);
                } else if (since.scope() == null) {
                    before = ScopeSnapshot.WHOLE_SCHOOL; // a cursor from before scopes: it was served everything
                } else {
                    held = since.scope();
                    before = snapshot(h, school, held);
                }
                if (before == ScopeSnapshot.NOTHING) {
                    held = PullCursor.UNKNOWN_SCOPE;
                }
                RowFilter gained = scope.gainedSince(before);
                backfill = gained.isEmpty() ? null : gained;
            }
        }
        List<Row> rows = new ArrayList<>();
        if (backfill != null) {
            List<Row> behind = read(filtered(h, school, role, backfill, true), role, backfillFrom, position, limit + 1);
            if (behind.size() > limit) {
                List<Row> served = behind.subList(0, limit);
                Page page = page(served, role, notice);
                Cursor reached = served.get(served.size() - 1).cursor();
                return new Page(page.events(), page.roster(),
                        new PullCursor(position, hash, held, reached).toString(), true);
            }
            rows.addAll(behind); // the backfill is complete: the scope's rows after the position follow
        }
        int room = limit - rows.size();
        if (room == 0) {
            Page page = page(rows, role, notice);
            return new Page(page.events(), page.roster(), PullCursor.of(position, hash).toString(), true);
        }
        List<Row> after = read(filtered(h, school, role, scope.rows(), false), role, position, null, room + 1);
        boolean hasMore = after.size() > room;
        List<Row> served = after.subList(0, Math.min(room, after.size()));
        rows.addAll(served);
        Page page = page(rows, role, notice);
        return new Page(page.events(), page.roster(),
                PullCursor.of(lastCursor(served, room, position), hash).toString(), hasMore);
    }

    /** The snapshot named {@code hash}; NOTHING when unknown (the device is then served its whole scope). */
    private static ScopeSnapshot snapshot(Handle h, UUID school, String hash) {
        if (hash == null || hash.equals(PullCursor.UNKNOWN_SCOPE)) {
            return ScopeSnapshot.NOTHING;
        }
        return ScopeSnapshots.load(h, school, hash).orElse(ScopeSnapshot.NOTHING);
    }

    /** The pull query over the rows {@code filter} lets through; a backfill's also no later than its bound. */
    private static Query filtered(Handle h, UUID school, Role role, RowFilter filter, boolean backfill) {
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

    private static List<Row> read(Query query, Role role, Cursor since, int n) {
        return read(query, role, since, null, n);
    }

    /** Up to {@code n} rows after {@code since} (and no later than {@code upTo}, when given), in cursor order. */
    private static List<Row> read(Query query, Role role, Cursor since, Cursor upTo, int n) {
        if (upTo != null) {
            query.bind("utx", upTo.txId()).bind("upos", upTo.position());
        }
        return query.bind("types", EventType.visibleTypes(role))
                .bind("tx", since.txId())
                .bind("pos", since.position())
                .bind("n", n)
                .map(ConstructorMapper.of(Row.class))
                .list();
    }

    private static Page page(List<Row> rows, Role role, List<RosterChange> first) {
        List<PulledEvent> events = new ArrayList<>();
        List<RosterChange> roster = new ArrayList<>(first);
        for (Row row : rows) {
            if (row.isEvent()) {
                events.add(row.event(role));
            } else {
                roster.add(row.rosterChange(role));
            }
        }
        return new Page(events, roster, null, false);
    }

    /** The cursor after the first {@code limit} of {@code rows}, or {@code since} when there are none. */
    private static Cursor lastCursor(List<Row> rows, int limit, Cursor since) {
        int served = Math.min(limit, rows.size());
        return served == 0 ? since : rows.get(served - 1).cursor();
    }
}
