package uk.registerly.app.sync;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;
import javax.inject.Singleton;

import retrofit2.Response;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.entity.DeliveredEventEntity;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.PullCursorEntity;
import uk.registerly.app.data.db.entity.RejectedEventEntity;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.JournalRows;
import uk.registerly.app.data.roster.RosterChangeApplier;
import uk.registerly.app.network.NetworkError;
import uk.registerly.app.network.NetworkEvent;
import uk.registerly.app.network.NetworkPullResponse;
import uk.registerly.app.network.NetworkPushRequest;
import uk.registerly.app.network.NetworkPushResponse;
import uk.registerly.app.network.NetworkPushResult;
import uk.registerly.app.network.RegisterlyNetwork;
import uk.registerly.app.network.RegisterlyNetworkApi;

/**
 * One sync pass, push then pull, until the outbox is empty and the pull says there is no more.
 * Plain Java over Room and Retrofit, so tests drive it directly.
 *
 * <ul>
 * <li>Push sends own pending events oldest first, exactly as stored (same id, sequence number,
 * device time and payload), so a resend after a lost answer is a DUPLICATE, never a second copy.
 * ACCEPTED and DUPLICATE are recorded as delivered; REJECTED events are quarantined with their
 * reason and never resent; NOT_WRITTEN events are resent at once, so one bad event never blocks
 * the queue.</li>
 * <li>Pull stores each page's events (ignoring ids the device has) and roster changes together
 * with the page's cursor, in one transaction.</li>
 * <li>Only the server's own JSON error codes are acted on (sync-protocol §10): {@code device_revoked}
 * wipes the device ({@link RevocationListener}); {@code events_rejected} quarantines its REJECTED
 * events; {@code batch_too_large} splits the batch. Anything else — HTML, an empty body, a redirect,
 * a 200 that is not the expected JSON, a proxy's bare 401 or 413, any 5xx — ends the pass for a
 * retry with backoff; nothing is lost or wiped.</li>
 * <li>A batch the server keeps failing on ({@code internal_error}) is halved until the one event
 * it fails on is found; only that event is set aside, and quarantined after
 * {@link PoisonEvents#STRIKES} passes in which the others were stored.</li>
 * </ul>
 */
@Singleton
public class SyncEngine {
    static final int PUSH_BATCH = 500;
    static final int PULL_LIMIT = 500;
    /** Passes end even if writes never stop, so the worker can report progress and be rescheduled. */
    static final int MAX_ROUNDS = 10;

    private final RegisterlyDatabase database;
    private final JournalDao journal;
    private final RegisterlyNetwork network;
    private final RosterChangeApplier roster;
    private final SyncStatusRepository status;
    private final RevocationListener revocation;
    private final EvidenceUploader evidence;
    private final Clock clock;
    private final PoisonEvents poison;
    private final RawRosterRows rawRoster;

    @Inject
    public SyncEngine(RegisterlyDatabase database, RegisterlyNetwork network, RosterChangeApplier roster,
                      SyncStatusRepository status, RevocationListener revocation, EvidenceUploader evidence,
                      Clock clock) {
        this.database = database;
        this.journal = database.journal();
        this.network = network;
        this.roster = roster;
        this.status = status;
        this.revocation = revocation;
        this.evidence = evidence;
        this.clock = clock;
        this.poison = new PoisonEvents(database.deviceSettings());
        this.rawRoster = new RawRosterRows(database.deviceSettings());
    }

    /** One pass; serialised, so two workers never push the same events at once. */
    public synchronized SyncResult syncUntilIdle() {
        try {
            RegisterlyNetworkApi api = network.api();
            for (int round = 0; round < MAX_ROUNDS; round++) {
                // Photos first: a report naming a photo the server does not hold would be rejected.
                evidence.uploadPending(api);
                PushPass pushed = pushAll(api);
                pullAll(api);
                pushed.afterPull();
                if (journal.outbox(1).isEmpty()) {
                    status.recordSyncCompleted(clock.instant());
                    return new SyncResult(SyncResult.Status.IDLE, null);
                }
            }
            return new SyncResult(SyncResult.Status.MORE_TO_DO, null);
        } catch (Revoked e) {
            revocation.onRevoked();
            return new SyncResult(SyncResult.Status.REVOKED, "this device's enrolment was revoked");
        } catch (SyncFailure e) {
            status.recordSyncFailed(clock.instant(), e.problem, e.getMessage());
            return new SyncResult(SyncResult.Status.RETRY, e.getMessage());
        }
    }

    private PushPass pushAll(RegisterlyNetworkApi api) throws SyncFailure, Revoked {
        PushPass pass = new PushPass();
        while (true) {
            List<JournalEventEntity> batch = outboxWithout(pass.setAside, pass.batchSize);
            if (batch.isEmpty()) {
                pass.endOfOutbox();
                return pass;
            }
            Response<NetworkPushResponse> response = call(() -> api.push(new NetworkPushRequest(envelopes(batch))).execute());
            if (response.isSuccessful()) {
                NetworkPushResponse body = response.body();
                if (!isServersJson(response) || body == null || body.results == null) {
                    throw notTheServer("push", response);
                }
                if (record(body.results, batch).answered() == 0) {
                    throw new SyncFailure(SyncProblem.REFUSED, "the server's push answer named none of the events sent");
                }
                pass.stored();
                continue;
            }
            NetworkError error = NetworkError.parse(response.errorBody());
            if (error == null) {
                if (response.code() == 413 && batch.size() > 1) {
                    // A proxy's body limit: smaller batches may pass it. Resending is harmless (DUPLICATE),
                    // and a lone event is never quarantined on a proxy's word.
                    pass.split(batch.size());
                    continue;
                }
                // A proxy's 401 or 413, a portal's page, a 502 from a gateway: never the server's word.
                throw notTheServer("push", response);
            }
            int code = response.code();
            if (error.is(NetworkError.DEVICE_REVOKED)) {
                throw new Revoked();
            }
            if ((error.is(NetworkError.EVENTS_REJECTED) || error.is(NetworkError.FORBIDDEN)) && error.results != null) {
                // Nothing was written; REJECTED events are quarantined, NOT_WRITTEN ones go again at once.
                if (record(error.results, batch).rejected == 0) {
                    throw new SyncFailure(SyncProblem.REFUSED,
                            "the server refused a batch without naming an event (" + code + " " + error.error + ")");
                }
                continue;
            }
            if (error.is(NetworkError.BATCH_TOO_LARGE) && batch.size() > 1) {
                pass.split(batch.size());
                continue;
            }
            if (error.is(NetworkError.PAYLOAD_TOO_LARGE) || error.is(NetworkError.BAD_REQUEST)) {
                if (batch.size() > 1) {
                    pass.split(batch.size());
                    continue;
                }
                // The server says this one event can never be taken: quarantined, so it cannot block those behind it.
                quarantine(batch.get(0), (error.is(NetworkError.PAYLOAD_TOO_LARGE) ? "too large for the server: "
                        : "malformed: ") + (error.message == null ? error.error : error.message));
                continue;
            }
            if (error.is(NetworkError.INTERNAL_ERROR) && code >= 500) {
                pass.serverFailed(batch, failure("push", code, error));
                continue;
            }
            throw failure("push", code, error);
        }
    }

    /**
     * One push pass's state for poison batches (issue 12 item 8): a batch the server fails on with
     * its own {@code internal_error} is halved until one event fails alone; that event is set aside
     * for the rest of the pass (the others still go) and, when the server stores others in the same
     * pass, gets a strike ({@link PoisonEvents}) — or, left alone, after a pull the server answered
     * if it had one before; two lone failures in a row with nothing stored in
     * between mean the server is failing, not an event, and end the pass for a retry with backoff.
     */
    private final class PushPass {
        final Set<String> setAside = new HashSet<>();
        int batchSize = PUSH_BATCH;
        /** The last internal_error of this pass; null while the server has not failed. */
        private SyncFailure fault;
        /** A batch was stored since the server failed (or since the last strike). */
        private boolean storedSinceFault;
        /** An event that failed alone before anything was stored: a strike once something is. */
        private String unconfirmed;

        void split(int size) {
            batchSize = Math.max(1, size / 2);
        }

        void stored() {
            if (fault == null) {
                batchSize = PUSH_BATCH;
            } else if (unconfirmed != null) {
                strike(unconfirmed);
                unconfirmed = null;
                batchSize = PUSH_BATCH;
            } else {
                storedSinceFault = true;
            }
        }

        void serverFailed(List<JournalEventEntity> batch, SyncFailure failure) throws SyncFailure {
            fault = failure;
            if (batch.size() > 1) {
                split(batch.size());
                return;
            }
            if (unconfirmed != null) {
                throw failure; // two lone failures with nothing stored between: the server, not an event
            }
            String id = batch.get(0).id;
            setAside.add(id);
            if (storedSinceFault) {
                strike(id);
                storedSinceFault = false;
                batchSize = PUSH_BATCH;
            } else {
                unconfirmed = id;
            }
        }

        private void strike(String id) {
            if (poison.strike(id, clock.millis())) {
                quarantine(journal.find(id), "the server failed on this event in " + PoisonEvents.STRIKES
                        + " passes while it stored the others: set aside so it cannot hold them up");
            }
        }

        /** Nothing left to send: an event that failed alone with no evidence against it ends the pass at once. */
        void endOfOutbox() throws SyncFailure {
            if (unconfirmed != null && poison.strikesOf(unconfirmed) == 0) {
                throw fault;
            }
        }

        /**
         * After the pull: an event that failed alone with nothing else left to send gets a further
         * strike if it has had one before (when others were stored) and the server answered the
         * pull — it is working, and still fails on this event. Set-aside events then wait for the
         * next pass, after backoff.
         */
        void afterPull() throws SyncFailure {
            if (unconfirmed != null && poison.strikesOf(unconfirmed) > 0) {
                strike(unconfirmed);
            }
            unconfirmed = null;
            if (fault != null && !setAside.isEmpty() && !journal.pendingAmong(new ArrayList<>(setAside)).isEmpty()) {
                throw fault;
            }
        }
    }

    /** The oldest pending events, leaving out those set aside in this pass. */
    private List<JournalEventEntity> outboxWithout(Set<String> setAside, int limit) {
        List<JournalEventEntity> batch = new ArrayList<>(journal.outbox(limit + setAside.size()));
        batch.removeIf(event -> setAside.contains(event.id));
        return batch.size() > limit ? new ArrayList<>(batch.subList(0, limit)) : batch;
    }

    private void pullAll(RegisterlyNetworkApi api) throws SyncFailure, Revoked {
        while (true) {
            String since = journalCursor();
            Response<NetworkPullResponse> response = call(() -> api.pull(since, PULL_LIMIT).execute());
            if (!response.isSuccessful()) {
                NetworkError error = NetworkError.parse(response.errorBody());
                if (error == null) {
                    throw notTheServer("pull", response);
                }
                if (error.is(NetworkError.DEVICE_REVOKED)) {
                    throw new Revoked();
                }
                throw failure("pull", response.code(), error);
            }
            NetworkPullResponse page = response.body();
            if (!isServersJson(response) || page == null || page.next == null) {
                throw notTheServer("pull", response);
            }
            long now = clock.millis();
            database.runInTransaction(() -> {
                if (page.events != null) {
                    for (NetworkPullResponse.Event event : page.events) {
                        journal.insertIfAbsent(pulledRow(event, now));
                    }
                }
                if (page.roster != null) {
                    for (NetworkPullResponse.RosterChange change : page.roster) {
                        if (change.kind != null && RosterChangeApplier.KINDS.contains(change.kind)) {
                            roster.apply(change.kind, change.data);
                        } else {
                            rawRoster.keep(change, now);
                        }
                    }
                }
                database.pullCursor().put(PullCursorEntity.of(page.next));
            });
            if (!page.hasMore) {
                return;
            }
        }
    }

    private String journalCursor() {
        String cursor = database.pullCursor().get();
        return cursor == null ? "0" : cursor;
    }

    /** Records what the server said about each event sent. */
    private Recorded record(List<NetworkPushResult> results, List<JournalEventEntity> batch) {
        Map<String, JournalEventEntity> sent = new HashMap<>();
        for (JournalEventEntity event : batch) {
            sent.put(event.id, event);
        }
        long now = clock.millis();
        List<DeliveredEventEntity> delivered = new ArrayList<>();
        List<RejectedEventEntity> rejected = new ArrayList<>();
        for (NetworkPushResult result : results) {
            if (result == null || result.id == null || !sent.containsKey(result.id)) {
                continue;
            }
            if (NetworkPushResult.ACCEPTED.equals(result.status) || NetworkPushResult.DUPLICATE.equals(result.status)) {
                delivered.add(new DeliveredEventEntity(result.id, result.status, now));
            } else if (NetworkPushResult.REJECTED.equals(result.status)) {
                rejected.add(new RejectedEventEntity(result.id,
                        result.reason == null ? "refused by the server" : result.reason, now));
            }
        }
        database.runInTransaction(() -> {
            database.deliveries().delivered(delivered);
            database.deliveries().rejected(rejected);
        });
        return new Recorded(delivered.size(), rejected.size());
    }

    private static final class Recorded {
        final int delivered;
        final int rejected;

        Recorded(int delivered, int rejected) {
            this.delivered = delivered;
            this.rejected = rejected;
        }

        int answered() {
            return delivered + rejected;
        }
    }

    private void quarantine(JournalEventEntity event, String reason) {
        database.deliveries().rejected(java.util.Collections.singletonList(
                new RejectedEventEntity(event.id, reason, clock.millis())));
    }

    private static List<NetworkEvent> envelopes(List<JournalEventEntity> batch) {
        List<NetworkEvent> events = new ArrayList<>(batch.size());
        for (JournalEventEntity e : batch) {
            events.add(new NetworkEvent(e.id, e.deviceSeq, e.type, e.deviceTime, e.clockOffsetMs,
                    JsonParser.parseString(e.payload).getAsJsonObject(), e.staffId));
        }
        return events;
    }

    /**
     * A pulled event as a REMOTE journal row. One of a type this version does not know (a newer
     * app's) is kept raw — its type and payload exactly as served — so it is never lost when the
     * cursor moves past it, and a later version that knows the type reads it from the journal.
     */
    static JournalEventEntity pulledRow(NetworkPullResponse.Event event, long now) {
        JsonObject payload = event.payload == null ? new JsonObject() : event.payload;
        EventType type = EventType.known(event.type);
        if (type == null) {
            JournalRows.Keys keys = JournalRows.keysOfUnknown(event.pupil, payload);
            return new JournalEventEntity(event.id, JournalEventEntity.REMOTE, event.deviceSeq,
                    event.type == null ? "" : event.type, keys.pupilId, keys.factDate, keys.refId, payload.toString(),
                    event.deviceTime, null, event.cursor, now);
        }
        if (!payload.has("pupil") && event.pupil != null) {
            payload.addProperty("pupil", event.pupil);
        }
        JournalRows.Keys keys = JournalRows.keysOf(type, payload);
        return new JournalEventEntity(event.id, JournalEventEntity.REMOTE, event.deviceSeq, type.name(), keys.pupilId,
                keys.factDate, keys.refId, payload.toString(), event.deviceTime, null, event.cursor, now, event.staffId);
    }

    /** A failed push or pull, the server's own error: the problem by its status, the server's words in the details. */
    static SyncFailure failure(String call, int code, NetworkError error) {
        String detail = error != null && error.message != null ? ": " + error.message : "";
        String said = error == null ? "" : " " + error.error;
        if (code >= 500) {
            return new SyncFailure(SyncProblem.SERVER_UNAVAILABLE,
                    "the server is unavailable (" + call + " HTTP " + code + said + ")" + detail);
        }
        if (code == 429) {
            return new SyncFailure(SyncProblem.SLOW_DOWN, "the server asked to slow down (" + call + " HTTP 429)" + detail);
        }
        return new SyncFailure(SyncProblem.REFUSED, "the server refused the " + call + " (HTTP " + code + said + ")" + detail);
    }

    /**
     * An answer that is not the server's own JSON — a proxy's HTML 401 or 413, a captive portal's
     * 200 or redirect, an empty body, a gateway's 502: a transient fault between the device and the
     * server. Nothing is quarantined or wiped on it; the pass ends for a retry with backoff.
     */
    static SyncFailure notTheServer(String call, Response<?> response) {
        String type = response.headers().get("Content-Type");
        return new SyncFailure(response.code() >= 500 ? SyncProblem.SERVER_UNAVAILABLE : SyncProblem.UNREADABLE,
                "the " + call + "'s answer was not the server's (HTTP " + response.code()
                        + (type == null ? ", no content type" : ", " + type)
                        + "): a proxy or a Wi-Fi sign-in page may be in the way");
    }

    /** A successful answer the app may read: the server answers only JSON. */
    static boolean isServersJson(Response<?> response) {
        return NetworkError.isJson(response.headers().get("Content-Type"));
    }

    static <T> Response<T> call(NetworkCall<T> call) throws SyncFailure {
        try {
            return call.execute();
        } catch (java.io.InterruptedIOException e) {
            throw new SyncFailure(SyncProblem.TIMEOUT, "the server did not answer in time", e);
        } catch (IOException e) {
            throw new SyncFailure(SyncProblem.NO_CONNECTION,
                    "no connection to the server (" + e.getClass().getSimpleName() + ")", e);
        } catch (RuntimeException e) {
            // Gson on an answer that is not the server's JSON (a captive portal's page).
            throw new SyncFailure(SyncProblem.UNREADABLE, "the server's answer could not be read", e);
        }
    }

    interface NetworkCall<T> {
        Response<T> execute() throws IOException;
    }

    /** The server answered {@code device_revoked}: the office revoked this device or phone. */
    static final class Revoked extends Exception {
    }
}
