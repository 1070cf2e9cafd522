package uk.registerly.app.data.db.entity;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.PrimaryKey;

/** An own event the server has stored (ACCEPTED now, or DUPLICATE: stored by an earlier attempt). */
@Entity(tableName = "delivered_events")
public class DeliveredEventEntity {
    public static final String ACCEPTED = "ACCEPTED";
    public static final String DUPLICATE = "DUPLICATE";

    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "event_id")
    public final String eventId;

    @NonNull
    @ColumnInfo(name = "result")
    public final String result;

    @ColumnInfo(name = "delivered_at_epoch_millis")
    public final long deliveredAtEpochMillis;

    public DeliveredEventEntity(@NonNull String eventId, @NonNull String result, long deliveredAtEpochMillis) {
        this.eventId = eventId;
        this.result = result;
        this.deliveredAtEpochMillis = deliveredAtEpochMillis;
    }
}
