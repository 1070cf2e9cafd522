package uk.registerly.app.sync;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;

/**
 * One push pass's state for poison batches (issue 12 item 8): a batch the server fails on with
 * its own {@code internal_error} is halved until one event fails alone; that event is set aside
 * for the rest of the pass (the others still go) and, when the server stores others in the same
 * pass, gets a strike ({@link PoisonEvents}) — or, left alone, after a pull the server answered
 * if it had one before; two lone failures in a row with nothing stored in
 * between mean the server is failing, not an event, and end the pass for a retry with backoff.
 */
final class PoisonBisection {
    final Set<String> setAside = new HashSet<>();
    int batchSize = EventPusher.PUSH_BATCH;

    private final JournalDao journal;
    private final PoisonEvents poison;
    private final PushOutcomes outcomes;
    private final Clock clock;
    /** The last internal_error of this pass; null while the server has not failed. */
    private SyncFailure fault;
    /** A batch was stored since the server failed (or since the last strike). */
    private boolean storedSinceFault;
    /** An event that failed alone before anything was stored: a strike once something is. */
    private String unconfirmed;

    PoisonBisection(JournalDao journal, PoisonEvents poison, PushOutcomes outcomes, Clock clock) {
        this.journal = journal;
        this.poison = poison;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    void split(int size) {
        batchSize = Math.max(1, size / 2);
    }

    void stored() {
        if (fault == null) {
            batchSize = EventPusher.PUSH_BATCH;
        } else if (unconfirmed != null) {
            strike(unconfirmed);
            unconfirmed = null;
            batchSize = EventPusher.PUSH_BATCH;
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
            batchSize = EventPusher.PUSH_BATCH;
        } else {
            unconfirmed = id;
        }
    }

    private void strike(String id) {
        if (poison.strike(id, clock.millis())) {
            outcomes.quarantine(journal.find(id), "the server failed on this event in " + PoisonEvents.STRIKES
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
