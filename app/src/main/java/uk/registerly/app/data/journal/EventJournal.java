package uk.registerly.app.data.journal;

import androidx.annotation.WorkerThread;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import javax.inject.Inject;
import javax.inject.Singleton;

import uk.registerly.app.data.db.dao.JournalDao;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.network.ServerClock;

/**
 * Writes this device's events: each gets a fresh lower-case UUID and the next device sequence
 * number, allocated and inserted in one transaction, so two writes can never share a number. The
 * sync is told after the transaction commits.
 */
@Singleton
public class EventJournal {
    private final RegisterlyDatabase database;
    private final JournalDao journal;
    private final Clock clock;
    private final ServerClock serverClock;
    private final LocalWriteListener listener;
    private final Gson gson = new Gson();

    @Inject
    public EventJournal(RegisterlyDatabase database, Clock clock, ServerClock serverClock,
                        LocalWriteListener listener) {
        this.database = database;
        this.journal = database.journal();
        this.clock = clock;
        this.serverClock = serverClock;
        this.listener = listener;
    }

    /** Records one event. */
    @WorkerThread
    public JournalEventEntity append(EventType type, JsonObject payload) {
        return appendAll(Collections.singletonList(new Draft(type, payload))).get(0);
    }

    /**
     * Records events that belong together (a processed report and its reasons) with consecutive
     * sequence numbers, so they leave in the same batch, in this order.
     */
    @WorkerThread
    public List<JournalEventEntity> appendAll(List<Draft> drafts) {
        List<JournalEventEntity> written = database.runInTransaction(() -> {
            Long offset = serverClock.lastOffsetMs();
            // Whole milliseconds: the server keeps microseconds, and a resend must match what it stored.
            Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            long seq = journal.nextDeviceSeq();
            List<JournalEventEntity> rows = new ArrayList<>(drafts.size());
            for (Draft draft : drafts) {
                JournalRows.Keys keys = JournalRows.keysOf(draft.type, draft.payload);
                JournalEventEntity row = new JournalEventEntity(UUID.randomUUID().toString(),
                        JournalEventEntity.LOCAL, seq++, draft.type.name(), keys.pupilId, keys.factDate, keys.refId,
                        gson.toJson(draft.payload), now.toString(), offset, null, now.toEpochMilli());
                journal.insertNew(row);
                rows.add(row);
            }
            return rows;
        });
        listener.onLocalWrite();
        return written;
    }

    /** An event to write: its type and payload (see {@link EventPayloads}). */
    public static final class Draft {
        final EventType type;
        final JsonObject payload;

        public Draft(EventType type, JsonObject payload) {
            this.type = type;
            this.payload = payload;
        }

        public EventType type() {
            return type;
        }
    }
}
