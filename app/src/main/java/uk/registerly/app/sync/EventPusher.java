package uk.registerly.app.sync;

import com.google.gson.JsonParser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import retrofit2.Response;

import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.network.NetworkError;
import uk.registerly.app.network.NetworkEvent;
import uk.registerly.app.network.NetworkPushRequest;
import uk.registerly.app.network.NetworkPushResponse;
import uk.registerly.app.network.RegisterlyNetworkApi;

/**
 * The push: own pending events oldest first, exactly as stored (same id, sequence number, device
 * time and payload), so a resend after a lost answer is a DUPLICATE, never a second copy. What the
 * server answers decides what happens to the batch (sync-protocol §10); nothing but the server's
 * own JSON error codes quarantines or wipes.
 */
final class EventPusher {
    static final int PUSH_BATCH = 500;

    private final JournalDao journal;
    private final PushOutcomes outcomes;
    private final PoisonEvents poison;
    private final Clock clock;

    EventPusher(JournalDao journal, PushOutcomes outcomes, PoisonEvents poison, Clock clock) {
        this.journal = journal;
        this.outcomes = outcomes;
        this.poison = poison;
        this.clock = clock;
    }

    PoisonBisection pushAll(RegisterlyNetworkApi api) throws SyncFailure, Revoked {
        PoisonBisection pass = new PoisonBisection(journal, poison, outcomes, clock);
        while (true) {
            List<JournalEventEntity> batch = outboxWithout(pass.setAside, pass.batchSize);
            if (batch.isEmpty()) {
                pass.endOfOutbox();
                return pass;
            }
            Response<NetworkPushResponse> response =
                    ServerAnswers.call(() -> api.push(new NetworkPushRequest(envelopes(batch))).execute());
            if (response.isSuccessful()) {
                NetworkPushResponse body = response.body();
                if (!ServerAnswers.isServersJson(response) || body == null || body.results == null) {
                    throw ServerAnswers.notTheServer("push", response);
                }
                if (outcomes.record(body.results, batch).answered() == 0) {
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
                throw ServerAnswers.notTheServer("push", response);
            }
            onServerError(response.code(), error, batch, pass);
        }
    }

    /** The server's own error for a batch: wipe, quarantine, split or end the pass, by its code. */
    private void onServerError(int code, NetworkError error, List<JournalEventEntity> batch, PoisonBisection pass)
            throws SyncFailure, Revoked {
        if (error.is(NetworkError.DEVICE_REVOKED)) {
            throw new Revoked();
        }
        if ((error.is(NetworkError.EVENTS_REJECTED) || error.is(NetworkError.FORBIDDEN)) && error.results != null) {
            // Nothing was written; REJECTED events are quarantined, NOT_WRITTEN ones go again at once.
            if (outcomes.record(error.results, batch).rejected == 0) {
                throw new SyncFailure(SyncProblem.REFUSED,
                        "the server refused a batch without naming an event (" + code + " " + error.error + ")");
            }
            return;
        }
        if (error.is(NetworkError.BATCH_TOO_LARGE) && batch.size() > 1) {
            pass.split(batch.size());
            return;
        }
        if (error.is(NetworkError.PAYLOAD_TOO_LARGE) || error.is(NetworkError.BAD_REQUEST)) {
            if (batch.size() > 1) {
                pass.split(batch.size());
                return;
            }
            // The server says this one event can never be taken: quarantined, so it cannot block those behind it.
            outcomes.quarantine(batch.get(0), (error.is(NetworkError.PAYLOAD_TOO_LARGE) ? "too large for the server: "
                    : "malformed: ") + (error.message == null ? error.error : error.message));
            return;
        }
        if (error.is(NetworkError.INTERNAL_ERROR) && code >= 500) {
            pass.serverFailed(batch, ServerAnswers.failure("push", code, error));
            return;
        }
        throw ServerAnswers.failure("push", code, error);
    }

    /** The oldest pending events, leaving out those set aside in this pass. */
    private List<JournalEventEntity> outboxWithout(Set<String> setAside, int limit) {
        List<JournalEventEntity> batch = new ArrayList<>(journal.outbox(limit + setAside.size()));
        batch.removeIf(event -> setAside.contains(event.id));
        return batch.size() > limit ? new ArrayList<>(batch.subList(0, limit)) : batch;
    }

    private static List<NetworkEvent> envelopes(List<JournalEventEntity> batch) {
        List<NetworkEvent> events = new ArrayList<>(batch.size());
        for (JournalEventEntity e : batch) {
            events.add(new NetworkEvent(e.id, e.deviceSeq, e.type, e.deviceTime, e.clockOffsetMs,
                    JsonParser.parseString(e.payload).getAsJsonObject(), e.staffId));
        }
        return events;
    }
}
