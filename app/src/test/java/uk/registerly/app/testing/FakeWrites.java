package uk.registerly.app.testing;

import com.google.gson.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.JournalRows;
import uk.registerly.app.data.journal.NotRecordableException;

/**
 * What a repository double "writes": the journal rows the real repository would append (payloads
 * from {@code EventPayloads}), kept in order for the test to read; or, once told to, a refusal
 * with the data layer's kind of message, writing nothing.
 */
public final class FakeWrites {
    public final List<JournalEventEntity> written = new ArrayList<>();
    private long seq;
    private String refusal;

    /** Every write from now on is refused with {@code message} (null: accepted again). */
    public void refuseWith(String message) {
        refusal = message;
    }

    /** Throws the refusal, if any: call before the first row of a batch, so a refused batch writes nothing. */
    public void check() {
        if (refusal != null) {
            throw new NotRecordableException(refusal);
        }
    }

    public JournalEventEntity write(EventType type, JsonObject payload) {
        check();
        JournalRows.Keys keys = JournalRows.keysOf(type, payload);
        JournalEventEntity row = new JournalEventEntity(UUID.randomUUID().toString(), JournalEventEntity.LOCAL, seq++,
                type.name(), keys.pupilId, keys.factDate, keys.refId, payload.toString(), "2026-09-07T07:42:00Z", null,
                null, seq);
        written.add(row);
        return row;
    }

    /** The types written, in order. */
    public List<String> types() {
        List<String> types = new ArrayList<>();
        for (JournalEventEntity row : written) {
            types.add(row.type);
        }
        return types;
    }
}
