package uk.registerly.app.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.DeliveredEventEntity;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.entity.RejectedEventEntity;
import uk.registerly.app.network.NetworkPushResult;

/**
 * Records what the server said about each event sent: ACCEPTED and DUPLICATE as delivered,
 * REJECTED quarantined with the server's reason (never resent); and quarantines an event the
 * device itself sets aside.
 */
final class PushOutcomes {
    private final RegisterlyDatabase database;
    private final Clock clock;

    PushOutcomes(RegisterlyDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Records what the server said about each event sent. */
    Recorded record(List<NetworkPushResult> results, List<JournalEventEntity> batch) {
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

    void quarantine(JournalEventEntity event, String reason) {
        database.deliveries().rejected(Collections.singletonList(
                new RejectedEventEntity(event.id, reason, clock.millis())));
    }

    static final class Recorded {
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
}
