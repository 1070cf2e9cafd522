package uk.registerly.server.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import uk.registerly.rules.time.TrustedTime;
import uk.registerly.server.auth.DevicePrincipal;
import uk.registerly.server.auth.Principal;
import uk.registerly.server.devices.DeviceClocks;
import uk.registerly.server.http.ApiException;
import uk.registerly.server.http.ErrorCode;
import uk.registerly.server.http.ErrorDetails;
import uk.registerly.server.http.JsonFields;
import uk.registerly.server.roster.SchoolRosters;
import uk.registerly.server.school.SchoolSetups;
import uk.registerly.server.sync.PushResult.Status;

/**
 * Appends a batch of events atomically and idempotently. Either every event of the batch is stored
 * (ACCEPTED, or DUPLICATE when it already was) or nothing is: one rejected event fails the batch with
 * 422 (403 when the caller may not write it), listing every event's result.
 */
public final class PushService {

    /** A refused batch's error details: every event's result, in the order pushed. */
    public record Rejected(List<PushResult> results) implements ErrorDetails {
    }


    private final Jdbi jdbi;
    private final PushContextLoader contexts;
    private final int maxBatch;

    public PushService(Jdbi jdbi, SchoolSetups setups, SchoolRosters rosters, Clock clock, int maxBatch) {
        this.jdbi = jdbi;
        this.contexts = new PushContextLoader(setups, rosters, clock);
        this.maxBatch = maxBatch;
    }

    public List<PushResult> push(Principal principal, JsonNode body) {
        List<IncomingEvent> events = parseEnvelopes(body);
        boolean refers = false;
        for (IncomingEvent event : events) {
            try {
                event.parsePayload();
                refers |= event.payload().refersToReport();
            } catch (ApiException e) {
                // rejected below, with the other checks
            }
        }
        // Register marks, arrivals, reasons and withdrawals are appended by one atomic statement; events
        // that change a report or a request need a transaction holding the report's lock from check to commit.
        return refers
                ? jdbi.inTransaction(h -> push(h, principal, events, true))
                : jdbi.withHandle(h -> push(h, principal, events, false));
    }

    private List<IncomingEvent> parseEnvelopes(JsonNode body) {
        List<JsonNode> nodes = JsonFields.of(body, "").array("events");
        if (nodes.isEmpty()) {
            throw ApiException.badRequest("events must hold at least one event");
        }
        if (nodes.size() > maxBatch) {
            throw new ApiException(ErrorCode.BATCH_TOO_LARGE,
                    "a push holds at most " + maxBatch + " events; split the batch (it had " + nodes.size() + ")");
        }
        List<IncomingEvent> events = new ArrayList<>(nodes.size());
        for (int i = 0; i < nodes.size(); i++) {
            events.add(IncomingEvent.parseEnvelope(nodes.get(i), i));
        }
        return events;
    }

    private List<PushResult> push(Handle h, Principal principal, List<IncomingEvent> events, boolean inTransaction) {
        PushResult[] results = new PushResult[events.size()];
        Map<Integer, Rejection> rejections = new HashMap<>();
        Map<UUID, IncomingEvent> firstById = new HashMap<>();
        List<IncomingEvent> unique = new ArrayList<>();
        for (IncomingEvent event : events) {
            IncomingEvent first = firstById.putIfAbsent(event.id(), event);
            if (first != null) {
                // The same event twice in one batch is a replay; the same id on another event is a client bug.
                if (first.sameAs(event)) {
                    results[event.index()] = PushResult.of(event.id(), Status.DUPLICATE);
                } else {
                    rejections.put(event.index(), Rejection.invalid(Rejection.ID_REUSED, "id " + event.id() + " is used by events["
                            + first.index() + "] for a different event"));
                }
                continue;
            }
            if (event.hasPayload()) {
                unique.add(event);
            } else {
                rejections.put(event.index(), event.payloadProblem());
            }
        }

        PushContext ctx = contexts.load(h, principal, unique, inTransaction);
        List<EventStore.Row> rows = new ArrayList<>(unique.size());
        for (IncomingEvent event : unique) {
            // Every rule goes by the trusted time: the device's clock corrected by its measured offset (issue 12).
            SchoolRosters.Pupil about = ctx.pupil(event.payload().pupil());
            event.applyTrustedTime(about != null ? ctx.setup(about).zone() : TrustedTime.ENGLAND, ctx.now);
            Rejection rejection = EventChecks.check(ctx, event);
            if (rejection != null) {
                rejections.put(event.index(), rejection);
                continue;
            }
            SchoolRosters.Pupil pupil = event.payload().pupil() == null ? null : ctx.pupil(event.payload().pupil());
            ctx.accepted(event, pupil);
            // a school-wide event (issue 15: a roll call, a spot check) is the device's school's, and names no pupil
            rows.add(pupil == null ? new EventStore.Row(event, ((DevicePrincipal) principal).schoolId(), null)
                    : new EventStore.Row(event, pupil.schoolId(), pupil.id()));
        }

        if (!rejections.isEmpty()) {
            // A refused event that is already stored unchanged is a replay (the rules or the roster may have
            // moved on since it was accepted): it stays DUPLICATE rather than failing the batch.
            Map<UUID, EventStore.Stored> stored = EventStore.find(h, idsAt(events, rejections.keySet()));
            rejections.keySet().removeIf(i -> {
                IncomingEvent e = events.get(i);
                EventStore.Stored s = stored.get(e.id());
                if (s != null && s.matches(e)) {
                    results[i] = PushResult.of(e.id(), Status.DUPLICATE);
                    return true;
                }
                return false;
            });
        }
        if (!rejections.isEmpty()) {
            throw rejected(events, results, rejections, false);
        }
        if (rows.isEmpty()) {
            return List.of(results);
        }

        EventStore.Appended appended = EventStore.append(h, principal.actorId(), rows, ctx.now);
        if (principal instanceof DevicePrincipal) {
            DeviceClocks.remember(h, principal.actorId(), latestOffset(events), ctx.now);
        }
        for (EventStore.Row row : rows) {
            IncomingEvent e = row.event();
            if (appended.clashes().contains(e.id())) {
                rejections.put(e.index(), Rejection.invalid(Rejection.ID_REUSED, "id " + e.id() + " is already used by another event"));
            }
        }
        if (!rejections.isEmpty()) {
            throw rejected(events, results, rejections, false); // the statement wrote nothing
        }
        List<UUID> skipped = new ArrayList<>();
        for (EventStore.Row row : rows) {
            IncomingEvent e = row.event();
            if (appended.written().contains(e.id())) {
                results[e.index()] = PushResult.of(e.id(), Status.ACCEPTED);
            } else {
                skipped.add(e.id());
            }
        }
        if (!skipped.isEmpty()) {
            // Already stored, or stored by a concurrent push after this statement's snapshot: compare now.
            Map<UUID, EventStore.Stored> stored = EventStore.find(h, skipped);
            for (EventStore.Row row : rows) {
                IncomingEvent e = row.event();
                if (results[e.index()] == null) {
                    EventStore.Stored s = stored.get(e.id());
                    if (s != null && s.matches(e)) {
                        results[e.index()] = PushResult.of(e.id(), Status.DUPLICATE);
                    } else {
                        rejections.put(e.index(), Rejection.invalid(Rejection.ID_REUSED, "id " + e.id()
                                + " was stored concurrently for another event"));
                    }
                }
            }
            if (!rejections.isEmpty()) {
                // In a transaction this rolls the batch back; a single statement has already committed the rest,
                // which the results then say (ACCEPTED) — only two clients racing with one id for two events get here.
                throw rejected(events, results, rejections, !inTransaction);
            }
        }
        return List.of(results);
    }

    /** The offset the device measured last: the one its newest event of the batch carries (null: none). */
    private static Long latestOffset(List<IncomingEvent> events) {
        IncomingEvent newest = null;
        for (IncomingEvent e : events) {
            if (e.clockOffsetMs() != null && (newest == null || e.deviceSeq() >= newest.deviceSeq())) {
                newest = e;
            }
        }
        return newest == null ? null : newest.clockOffsetMs();
    }

    private static List<UUID> idsAt(List<IncomingEvent> events, Set<Integer> indexes) {
        List<UUID> ids = new ArrayList<>();
        for (int i : indexes) {
            ids.add(events.get(i).id());
        }
        return ids;
    }

    private static ApiException rejected(List<IncomingEvent> events, PushResult[] results, Map<Integer, Rejection> rejections,
                                         boolean othersWritten) {
        boolean forbidden = false;
        List<PushResult> list = new ArrayList<>(events.size());
        for (IncomingEvent e : events) {
            Rejection rejection = rejections.get(e.index());
            if (rejection != null) {
                forbidden |= rejection.forbidden();
                list.add(new PushResult(e.id(), Status.REJECTED, rejection.code(), rejection.reason()));
            } else if (results[e.index()] != null && (othersWritten || results[e.index()].status() == Status.DUPLICATE)) {
                list.add(results[e.index()]);
            } else {
                list.add(PushResult.of(e.id(), Status.NOT_WRITTEN));
            }
        }
        String message = rejections.size() + " of " + events.size() + " events rejected; "
                + (othersWritten ? "the others were written" : "nothing was written")
                + " (first: " + rejections.get(rejections.keySet().stream().min(Integer::compare).orElseThrow()).reason()
                + ")";
        return new ApiException(forbidden ? ErrorCode.FORBIDDEN : ErrorCode.EVENTS_REJECTED, message,
                new Rejected(list));
    }
}
