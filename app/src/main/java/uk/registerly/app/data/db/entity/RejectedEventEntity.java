package uk.registerly.app.data.db.entity;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.PrimaryKey;

/**
 * An own event the server refused (the rules or the caller's rights): quarantined for the user to
 * review, never resent, so it cannot hold up the events behind it.
 */
@Entity(tableName = "rejected_events")
public class RejectedEventEntity {
    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "event_id")
    public final String eventId;

    @NonNull
    @ColumnInfo(name = "reason")
    public final String reason;

    @ColumnInfo(name = "rejected_at_epoch_millis")
    public final long rejectedAtEpochMillis;

    public RejectedEventEntity(@NonNull String eventId, @NonNull String reason, long rejectedAtEpochMillis) {
        this.eventId = eventId;
        this.reason = reason;
        this.rejectedAtEpochMillis = rejectedAtEpochMillis;
    }
}
