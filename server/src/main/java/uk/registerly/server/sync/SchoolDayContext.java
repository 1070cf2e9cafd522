package uk.registerly.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import uk.registerly.rules.schoolday.Collector;
import uk.registerly.rules.schoolday.EarlyDeparture;
import uk.registerly.server.http.IsoTimes;
import uk.registerly.server.http.Json;

/**
 * What checking a batch's school-day events needs (issue 15), read only when the batch holds them: the guardians
 * of pupils signed out, the earlier departures of pupils returning, the roll calls ticks and ends name, the classes
 * spot checks name — then updated as the batch's own events are accepted (a sign-out and its return, a roll call's
 * start and its ticks, may travel in one batch).
 */
final class SchoolDayContext {

    /** A ROLL_CALL_STARTED: whose school, and when it started. */
    record Start(UUID id, UUID schoolId, LocalDateTime at) {
    }

    static final SchoolDayContext NONE = new SchoolDayContext(Map.of(), Map.of(), Map.of(), Set.of());

    private final Map<UUID, Set<String>> guardians;
    private final Map<UUID, List<EarlyDeparture>> departures;
    private final Map<UUID, Start> rollCalls;
    private final Set<UUID> classes;

    private SchoolDayContext(Map<UUID, Set<String>> guardians, Map<UUID, List<EarlyDeparture>> departures,
                             Map<UUID, Start> rollCalls, Set<UUID> classes) {
        this.guardians = guardians;
        this.departures = departures;
        this.rollCalls = rollCalls;
        this.classes = classes;
    }

    static SchoolDayContext load(Handle h, List<IncomingEvent> events) {
        Set<UUID> signedOut = new HashSet<>();
        Set<UUID> returning = new HashSet<>();
        Set<UUID> calls = new HashSet<>();
        Set<UUID> classIds = new HashSet<>();
        for (IncomingEvent e : events) {
            EventPayload p = e.payload();
            if (p instanceof SchoolDayPayloads.EarlyDeparture) {
                signedOut.add(p.pupil());
            } else if (p instanceof SchoolDayPayloads.Returned) {
                returning.add(p.pupil());
            } else if (p instanceof SchoolDayPayloads.RollCallAccounted || p instanceof SchoolDayPayloads.RollCallEnded) {
                calls.add(p.ref());
            } else if (p instanceof SchoolDayPayloads.SpotCheck check && check.classId() != null) {
                classIds.add(check.classId());
            }
        }
        if (signedOut.isEmpty() && returning.isEmpty() && calls.isEmpty() && classIds.isEmpty()) {
            return NONE; // a batch of marks and arrivals runs no query here
        }
        Map<UUID, Set<String>> guardians = new HashMap<>();
        if (!signedOut.isEmpty()) {
            h.createQuery("select pupil_id, guardian_id from guardian_pupils where pupil_id = any(:p)")
                    .bind("p", signedOut.toArray(new UUID[0]))
                    .map((rs, c) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                    .forEach(en -> guardians.computeIfAbsent(en.getKey(), k -> new HashSet<>()).add(en.getValue()));
        }
        Map<UUID, List<EarlyDeparture>> departures = new HashMap<>();
        if (!returning.isEmpty()) {
            h.createQuery("select id, pupil_id, payload::text from events where type = 'EARLY_DEPARTURE'"
                            + " and pupil_id = any(:p)")
                    .bind("p", returning.toArray(new UUID[0]))
                    .map((rs, c) -> departure(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            Json.parse(rs.getString(3))))
                    .forEach(d -> departures.computeIfAbsent(UUID.fromString(d.pupil()), k -> new ArrayList<>()).add(d));
        }
        Map<UUID, Start> rollCalls = new HashMap<>();
        if (!calls.isEmpty()) {
            h.createQuery("select id, school_id, payload->>'at' from events where type = 'ROLL_CALL_STARTED'"
                            + " and id = any(:ids)")
                    .bind("ids", calls.toArray(new UUID[0]))
                    .map((rs, c) -> new Start(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                            IsoTimes.localDateTime(rs.getString(3))))
                    .forEach(s -> rollCalls.put(s.id(), s));
        }
        Set<UUID> classes = new HashSet<>();
        if (!classIds.isEmpty()) {
            h.createQuery("select id from classes where id = any(:ids)").bind("ids", classIds.toArray(new UUID[0]))
                    .mapTo(UUID.class).forEach(classes::add);
        }
        return new SchoolDayContext(guardians, departures, rollCalls, classes);
    }

    /** The rules' view of an EARLY_DEPARTURE's payload (only what a return's check needs is read). */
    static EarlyDeparture departure(UUID id, UUID pupil, JsonNode payload) {
        return new EarlyDeparture(id.toString(), pupil.toString(), IsoTimes.localDateTime(payload.get("at").asText()),
                uk.registerly.rules.schoolday.DepartureReason.valueOf(payload.get("reason").asText()),
                Collector.nobody(), null, payload.path("approved").asBoolean(false), null);
    }

    Set<String> guardiansOf(UUID pupil) {
        return guardians.getOrDefault(pupil, Set.of());
    }

    List<EarlyDeparture> departuresOf(UUID pupil) {
        return departures.getOrDefault(pupil, List.of());
    }

    Start rollCall(UUID id) {
        return rollCalls.get(id);
    }

    /** Whether {@code classId} is a class (its school is checked through the pupils the check names). */
    boolean isClass(UUID classId) {
        return classes.contains(classId);
    }

    /** Records an accepted event that later events of the batch may refer to. */
    void accepted(IncomingEvent event, UUID schoolId) {
        if (this == NONE) {
            return;
        }
        EventPayload p = event.payload();
        if (p instanceof SchoolDayPayloads.EarlyDeparture d) {
            departures.computeIfAbsent(d.pupil(), k -> new ArrayList<>()).add(new EarlyDeparture(event.id().toString(),
                    d.pupil().toString(), d.at(), d.reason(), Collector.nobody(), null, d.approved(), null));
        } else if (p instanceof SchoolDayPayloads.RollCallStarted s) {
            rollCalls.put(event.id(), new Start(event.id(), schoolId, s.at()));
        }
    }
}
