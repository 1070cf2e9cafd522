package uk.registerly.app.sync;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * <li>401 means the office revoked the device: the {@link RevocationListener} wipes it.</li>
 * <li>A network error or a 5xx ends the pass for a retry with backoff; nothing is lost.</li>
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
    }

    /** One pass; serialised, so two workers never push the same events at once. */
    public synchronized SyncResult syncUntilIdle() {
        try {
            RegisterlyNetworkApi api = network.api();
            for (int round = 0; round < MAX_ROUNDS; round++) {
                // Photos first: a report naming a photo the server does not hold would be rejected.
                evidence.uploadPending(api);
                pushAll(api);
                pullAll(api);
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

    private void pushAll(RegisterlyNetworkApi api) throws SyncFailure, Revoked {
        int batchSize = PUSH_BATCH;
        while (true) {
            List<JournalEventEntity> batch = journal.outbox(batchSize);
            if (batch.isEmpty()) {
                return;
            }
            Response<NetworkPushResponse> response = call(() -> api.push(new NetworkPushRequest(envelopes(batch))).execute());
            if (response.isSuccessful()) {
                NetworkPushResponse body = response.body();
                if (body == null || body.results == null) {
                    throw new SyncFailure(SyncProblem.UNREADABLE, "the server's push answer had no results");
                }
                if (record(body.results, batch).answered() == 0) {
                    throw new SyncFailure(SyncProblem.REFUSED, "the server's push answer named none of the events sent");
                }
                batchSize = PUSH_BATCH;
                continue;
            }
            NetworkError error = NetworkError.parse(response.errorBody());
            int code = response.code();
            if (code == 401) {
                throw new Revoked();
            }
            if ((code == 422 || code == 403) && error != null && error.results != null) {
                // Nothing was written; REJECTED events are quarantined, NOT_WRITTEN ones go again at once.
                if (record(error.results, batch).rejected == 0) {
                    throw new SyncFailure(SyncProblem.REFUSED,
                            "the server refused a batch without naming an event (" + code + ")");
                }
                continue;
            }
            if (code == 413 || code == 400) {
                if (batch.size() > 1) {
                    batchSize = Math.max(1, batch.size() / 2);
                    continue;
                }
                // One event the server cannot take at all: quarantined, so it cannot block those behind it.
                quarantine(batch.get(0), (code == 413 ? "too large for the server: " : "malformed: ")
                        + (error == null || error.message == null ? "HTTP " + code : error.message));
                continue;
            }
            throw failure("push", code, error);
        }
    }

    private void pullAll(RegisterlyNetworkApi api) throws SyncFailure, Revoked {
        while (true) {
            String since = journalCursor();
            Response<NetworkPullResponse> response = call(() -> api.pull(since, PULL_LIMIT).execute());
            if (response.code() == 401) {
                throw new Revoked();
            }
            NetworkPullResponse page = response.body();
            if (!response.isSuccessful() || page == null || page.next == null) {
                throw failure("pull", response.code(), NetworkError.parse(response.errorBody()));
            }
            long now = clock.millis();
            database.runInTransaction(() -> {
                if (page.events != null) {
                    for (NetworkPullResponse.Event event : page.events) {
                        JournalEventEntity row = pulledRow(event, now);
                        if (row != null) {
                            journal.insertIfAbsent(row);
                        }
                    }
                }
                if (page.roster != null) {
                    for (NetworkPullResponse.RosterChange change : page.roster) {
                        roster.apply(change.kind, change.data);
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

    /** A pulled event as a REMOTE journal row; null for a type this version does not know. */
    private static JournalEventEntity pulledRow(NetworkPullResponse.Event event, long now) {
        EventType type;
        try {
            type = EventType.valueOf(event.type);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null; // a newer server's type: nothing on this device reads it
        }
        JsonObject payload = event.payload == null ? new JsonObject() : event.payload;
        if (!payload.has("pupil") && event.pupil != null) {
            payload.addProperty("pupil", event.pupil);
        }
        JournalRows.Keys keys = JournalRows.keysOf(type, payload);
        return new JournalEventEntity(event.id, JournalEventEntity.REMOTE, event.deviceSeq, type.name(), keys.pupilId,
                keys.factDate, keys.refId, payload.toString(), event.deviceTime, null, event.cursor, now, event.staffId);
    }

    /** A failed push or pull: the problem by its status, the server's words in the details. */
    static SyncFailure failure(String call, int code, NetworkError error) {
        String detail = error != null && error.message != null ? ": " + error.message : "";
        if (code >= 500) {
            return new SyncFailure(SyncProblem.SERVER_UNAVAILABLE,
                    "the server is unavailable (" + call + " HTTP " + code + ")" + detail);
        }
        if (code == 429) {
            return new SyncFailure(SyncProblem.SLOW_DOWN, "the server asked to slow down (" + call + " HTTP 429)" + detail);
        }
        return new SyncFailure(SyncProblem.REFUSED, "the server refused the " + call + " (HTTP " + code + ")" + detail);
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

    /** The server answered 401. */
    static final class Revoked extends Exception {
    }
}
