package uk.registerly.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.Query;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.ParentPrincipal;
import uk.registerly.server.auth.Principal;
import uk.registerly.server.http.Json;
import uk.registerly.server.roster.RosterKind;

/**
 * Serves the events and roster changes a caller may see, in cursor order, from a cursor on.
 *
 * <p>Only rows written by transactions older than the oldest transaction still running are served
 * (the snapshot's xmin): every such transaction has committed or rolled back, so no row can later
 * appear behind a cursor already handed out. See docs/sync-protocol.md.
 */
public final class PullService {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 1000;

    public record PulledEvent(String cursor, UUID id, EventType type, UUID pupil, UUID deviceId, long deviceSeq,
                              Instant deviceTime, Instant receivedAt, JsonNode payload) {
    }

    public record RosterChange(String cursor, RosterKind kind, UUID id, Instant changedAt, JsonNode data) {
    }

    public record Page(List<PulledEvent> events, List<RosterChange> roster, String next, boolean hasMore) {
    }

    /** One row of the pull query: an event ('E') or a roster change ('R'). */
    public record Row(String src, long txId, long position, UUID id, String kind, UUID pupilId, UUID deviceId,
                      Long deviceSeq, String data, Instant deviceTime, Instant at) {

        Cursor cursor() {
            return new Cursor(txId, position);
        }

        boolean isEvent() {
            return "E".equals(src);
        }

        PulledEvent event() {
            return new PulledEvent(cursor().toString(), id, EventType.valueOf(kind), pupilId, deviceId, deviceSeq,
                    deviceTime, at, Json.parse(data));
        }

        RosterChange rosterChange() {
            return new RosterChange(cursor().toString(), RosterKind.valueOf(kind), id, at, Json.parse(data));
        }
    }

    private static final String PULL = """
            with horizon as (select pg_snapshot_xmin(pg_current_snapshot())::text::bigint as h)
            select * from (
              (select 'E' as src, e.tx_id, e.position, e.id, e.type as kind, e.pupil_id, e.device_id, e.device_seq,
                      e.payload::text as data, e.device_time, e.received_at as at
               from events e, horizon
               where <eventScope> and e.type = any(:types)
                 and (e.tx_id, e.position) > (:tx, :pos) and e.tx_id < horizon.h
               order by e.tx_id, e.position
               limit :n)
              union all
              (select 'R', r.tx_id, r.position, r.entity_id, r.kind, r.pupil_id, null, null,
                      -- a PUPIL row names its school (a parent's children may attend different schools);
                      -- taken from the change row, so rows stored before the field existed carry it too
                      (case when r.kind = 'PUPIL' then r.data || jsonb_build_object('schoolId', r.school_id)
                            else r.data end)::text, null, r.changed_at
               from roster_changes r, horizon
               where <rosterScope>
                 and (r.tx_id, r.position) > (:tx, :pos) and r.tx_id < horizon.h
               order by r.tx_id, r.position
               limit :n)
            ) page
            order by tx_id, position
            limit :n""";

    private final Jdbi jdbi;

    public PullService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Page pull(Principal principal, Cursor since, int limit) {
        return jdbi.withHandle(h -> {
            Query query;
            if (principal instanceof DevicePrincipal device) {
                query = h.createQuery(PULL)
                        .define("eventScope", "e.school_id = :school")
                        .define("rosterScope", "r.school_id = :school and r.kind = any(:kinds)")
                        .bind("school", device.schoolId())
                        .bind("kinds", RosterKind.visibleKinds(device.role()));
            } else {
                ParentPrincipal parent = (ParentPrincipal) principal;
                query = h.createQuery(PULL)
                        .define("eventScope", "e.pupil_id = any(:children)")
                        .define("rosterScope", "((r.pupil_id = any(:children) and r.kind = 'PUPIL')"
                                + " or (r.school_id = any(:schools) and r.kind = 'SCHOOL'))")
                        .bind("children", parent.children().toArray(new UUID[0]))
                        .bind("schools", new HashSet<>(parent.childSchools().values()).toArray(new UUID[0]));
            }
            List<Row> rows = query.bind("types", EventType.visibleTypes(principal.role()))
                    .bind("tx", since.txId())
                    .bind("pos", since.position())
                    .bind("n", limit + 1)
                    .map(ConstructorMapper.of(Row.class))
                    .list();
            // One row beyond the limit is read only to tell whether there is more.
            boolean hasMore = rows.size() > limit;
            List<PulledEvent> events = new ArrayList<>();
            List<RosterChange> roster = new ArrayList<>();
            String next = since.toString();
            for (Row row : rows.subList(0, Math.min(limit, rows.size()))) {
                if (row.isEvent()) {
                    events.add(row.event());
                } else {
                    roster.add(row.rosterChange());
                }
                next = row.cursor().toString();
            }
            return new Page(events, roster, next, hasMore);
        });
    }
}
