package uk.registerly.app.data.journal;

import java.util.Comparator;

import uk.registerly.app.data.db.entity.JournalEventEntity;

/**
 * The one order every fold of a workflow stream (absence reports, leave requests) applies events
 * in: when this device stored them, then the writing device's clock, then its sequence number.
 * SQL's {@code ORDER BY stored_at_epoch_millis} leaves ties (a pull stores a page in the same
 * millisecond) in no promised order, so folds sort for themselves.
 */
public final class JournalOrder {
    /** As near to the order the server's pull would apply them in as a device can tell. */
    public static final Comparator<JournalEventEntity> RECORDED = Comparator
            .comparingLong((JournalEventEntity e) -> e.storedAtEpochMillis)
            .thenComparing(e -> e.deviceTime)
            .thenComparingLong(e -> e.deviceSeq);

    private JournalOrder() {
    }
}
