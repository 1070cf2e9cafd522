package uk.registerly.server.sync;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import uk.registerly.server.http.Json;

/** The SQL of the event log: append, look up replays and the state of referenced reports. */
final class EventStore {

    /** An event ready to append: validated, with the school it belongs to. */
    public record Row(IncomingEvent event, UUID schoolId, UUID pupilId) {
    }

    private EventStore() {
    }

    /** What one append did: the ids written now, and the ids already stored for different events. */
    record Appended(Set<UUID> written, Set<UUID> clashes) {
    }

    /**
     * Appends {@code rows} in order with one statement. An id already stored (a replay, or the same
     * event pushed by a concurrent request) is skipped, never duplicated. If any id is already stored
     * for a <em>different</em> event, nothing at all is written and the clashing ids are returned: the
     * statement is atomic on its own, so the hot path needs no explicit transaction.
     */
    static Appended append(Handle handle, UUID deviceId, List<Row> rows, Instant receivedAt) {
        Set<UUID> written = new HashSet<>();
        Set<UUID> clashes = new HashSet<>();
        // Plain JDBC and one JSON parameter on the hot path: JDBI's per-argument binding and the driver's
        // array encoding cost more CPU than the insert itself.
        try (PreparedStatement statement = handle.getConnection().prepareStatement(APPEND)) {
            statement.setString(1, rowsAsJson(rows));
            statement.setObject(2, deviceId);
            // The app server's clock, the same one devices read from X-Server-Time.
            statement.setObject(3, OffsetDateTime.ofInstant(receivedAt, ZoneOffset.UTC));
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ("W".equals(rs.getString(1)) ? written : clashes).add(rs.getObject(2, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new UnableToExecuteStatementException(e, null);
        }
        return new Appended(written, clashes);
    }

    private static String rowsAsJson(List<Row> rows) {
        StringWriter text = new StringWriter(rows.size() * 320);
        try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(text)) {
            json.writeStartArray();
            int ord = 0;
            for (Row row : rows) {
                IncomingEvent e = row.event();
                json.writeStartObject();
                json.writeStringField("id", e.id().toString());
                json.writeStringField("school", row.schoolId().toString());
                if (row.pupilId() != null) { // null: a school-wide event (V40)
                    json.writeStringField("pupil", row.pupilId().toString());
                }
                json.writeNumberField("seq", e.deviceSeq());
                json.writeStringField("type", e.type().name());
                if (e.payload().ref() != null) {
                    json.writeStringField("ref", e.payload().ref().toString());
                }
                // What was validated, not what was sent: the known fields, at the trusted time (issue 12).
                json.writeFieldName("payload");
                Json.MAPPER.writeTree(json, e.storedPayload());
                String sentAt = e.sentAtIfCorrected();
                if (sentAt != null) {
                    json.writeStringField("dat", sentAt);
                }
                ObjectNode known = e.canonicalPayload();
                if (!known.equals(e.payloadJson())) {
                    // a replay of an event stored before unknown fields were dropped is compared as sent
                    json.writeFieldName("raw");
                    Json.MAPPER.writeTree(json, e.payloadJson());
                }
                json.writeStringField("dtime", e.storableDeviceTime().toString());
                String unstorable = e.unstorableDeviceTime();
                if (unstorable != null) {
                    json.writeStringField("dsent", unstorable);
                }
                json.writeStringField("ttime", e.trusted().instant().toString());
                json.writeStringField("check", e.clockCheck().name());
                if (e.clockOffsetMs() != null) {
                    json.writeNumberField("offs", e.clockOffsetMs());
                }
                if (e.staffId() != null) {
                    json.writeStringField("staff", e.staffId().toString());
                }
                json.writeNumberField("ord", ord++);
                json.writeEndObject();
            }
            json.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    // "order by ord" keeps the batch's order in the positions the sequence hands out.
    // A replay is told from a different event by what the device sent: the stored payload with its own at
    // back (device_at), or for an event stored before unknown fields were dropped, the payload as stored.
    private static final String APPEND = """
            with input as (
                select * from jsonb_to_recordset(?::jsonb) as u(id uuid, school uuid, pupil uuid, seq bigint,
                    type text, ref uuid, payload jsonb, dat text, raw jsonb, dtime timestamptz, dsent text,
                    ttime timestamptz, "check" text, offs bigint, staff uuid, ord int)),
            sent as (
                select i.*, case when i.dat is null then i.payload
                                 else jsonb_set(i.payload, '{at}', to_jsonb(i.dat)) end as sent_payload
                from input i),
            clash as (
                -- one primary-key probe per row (LIMIT keeps the planner from a hash join over the log)
                select i.id from sent i
                cross join lateral (select type, device_seq, device_time, device_time_sent, staff_id, payload,
                                           case when e.device_at is null then e.payload
                                                else jsonb_set(e.payload, '{at}', to_jsonb(e.device_at)) end as sent
                                    from events e where e.id = i.id limit 1) e
                where (e.type, e.device_seq, coalesce(e.device_time_sent, e.device_time::text), e.staff_id)
                      is distinct from (i.type, i.seq, coalesce(i.dsent, i.dtime::text), i.staff)
                   or (e.sent is distinct from i.sent_payload
                       and e.payload is distinct from coalesce(i.raw, i.sent_payload))),
            written as (
                insert into events (id, school_id, pupil_id, device_id, device_seq, type, ref_id, payload, device_at,
                                    device_time, device_time_sent, trusted_time, clock_check, clock_offset_ms, staff_id,
                                    received_at)
                select id, school, pupil, ?::uuid, seq, type, ref, payload, dat, dtime, dsent, ttime, "check", offs,
                       staff, ?::timestamptz
                from input
                where not exists (select 1 from clash)
                order by ord
                on conflict (id) do nothing
                returning id)
            select 'W' as outcome, id from written
            union all
            select 'C', id from clash""";

    /** Stored events among {@code ids}, as their envelopes, to tell a replay from a clash of ids. */
    static Map<UUID, Stored> find(Handle handle, Collection<UUID> ids) {
        Map<UUID, Stored> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        handle.createQuery("""
                        select id, device_id, device_seq, type,
                               (case when device_at is null then payload
                                     else jsonb_set(payload, '{at}', to_jsonb(device_at)) end)::text as payload,
                               coalesce(device_time_sent, to_char(device_time at time zone 'UTC',
                                        'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) as device_time, staff_id
                        from events where id = any(:ids)""")
                .bind("ids", ids.toArray(new UUID[0]))
                .map(ConstructorMapper.of(StoredRow.class))
                .forEach(row -> found.put(row.id(), row.stored()));
        return found;
    }

    /** A stored event's envelope as read; its payload is parsed once, to compare with a pushed one. */
    public record StoredRow(UUID id, UUID deviceId, long deviceSeq, String type, String payload, String deviceTime,
                            UUID staffId) {

        Stored stored() {
            // as sent: year 0000 and +10000 come back from device_time_sent, which Instant reads
            return new Stored(deviceId, deviceSeq, type, Json.parse(payload), Instant.parse(deviceTime), staffId);
        }
    }

    record Stored(UUID deviceId, long deviceSeq, String type, JsonNode payload, Instant deviceTime, UUID staffId) {

        /**
         * The same event, whoever sends it again: a tablet re-enrolled after its token was revoked
         * pushes its unsent events under its new device id, and they must be answered DUPLICATE.
         */
        boolean matches(IncomingEvent e) {
            return deviceSeq == e.deviceSeq() && type.equals(e.type().name())
                    && deviceTime.equals(e.deviceTime()) && Objects.equals(staffId, e.staffId())
                    && (payload.equals(e.canonicalPayload()) || payload.equals(e.payloadJson()));
        }
    }

    /**
     * Locks the reports and requests a batch refers to until the transaction ends, so a parent's
     * cancellation and the office's processing of the same report cannot both be accepted. Locks are
     * taken in key order: two batches naming the same reports never deadlock.
     */
    static void lockReferences(Handle handle, Collection<UUID> refs) {
        TreeSet<Long> keys = new TreeSet<>();
        for (UUID ref : refs) {
            keys.add(ref.getMostSignificantBits() ^ ref.getLeastSignificantBits());
        }
        for (long key : keys) {
            handle.createQuery("select pg_advisory_xact_lock(:key)::text").bind("key", key).mapTo(String.class).one();
        }
    }

    /**
     * The arrivals among {@code ids} that a GATE device of the pupil's school recorded (anything else
     * under those ids is left out): what a withdrawal may take back. Arrivals never change, so no lock.
     */
    static Map<UUID, PushContext.GateArrival> gateArrivals(Handle handle, Collection<UUID> ids) {
        Map<UUID, PushContext.GateArrival> found = new HashMap<>();
        handle.createQuery("""
                        select e.id, e.pupil_id as pupil, e.school_id, (e.payload->>'at')::timestamp::date as date
                        from events e join devices d on d.id = e.device_id
                        where e.id = any(:ids) and e.type = 'ARRIVAL' and d.role = 'GATE' and d.school_id = e.school_id""")
                .bind("ids", ids.toArray(new UUID[0]))
                .map(ConstructorMapper.of(PushContext.GateArrival.class))
                .forEach(arrival -> found.put(arrival.id(), arrival));
        return found;
    }

    /** The current state of the referenced reports and requests (read after {@link #lockReferences}). */
    static Map<UUID, Referenced> references(Handle handle, Collection<UUID> refs) {
        Map<UUID, Referenced> found = new HashMap<>();
        if (refs.isEmpty()) {
            return found;
        }
        UUID[] ids = refs.toArray(new UUID[0]);
        handle.createQuery("""
                        select id, type, pupil_id as pupil, school_id, 'OPEN' as status from events
                        where id = any(:ids) and type in ('ABSENCE_REPORT', 'LEAVE_REQUEST')""")
                .bind("ids", ids)
                .map(ConstructorMapper.of(Referenced.class))
                .forEach(ref -> found.put(ref.id(), ref));
        List<FollowUp> followUps = handle.createQuery("select ref_id, type from events where ref_id = any(:ids)")
                .bind("ids", ids)
                .map(ConstructorMapper.of(FollowUp.class))
                .list();
        for (FollowUp f : followUps) {
            Referenced ref = found.get(f.refId());
            if (ref != null) {
                found.put(ref.id(), ref.with(Referenced.after(ref.status(), f.type())));
            }
        }
        return found;
    }

    /** An event referring to a report or request: a cancellation, a processing, a decision. */
    public record FollowUp(UUID refId, EventType type) {
    }
}
