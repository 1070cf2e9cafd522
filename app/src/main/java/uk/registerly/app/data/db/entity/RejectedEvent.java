package uk.registerly.app.data.db.entity;

import androidx.annotation.NonNull;
import androidx.room.ColumnInfo;
import androidx.room.Embedded;

/** An own event the server refused, with why: for the user (or the office) to review. */
public class RejectedEvent {
    @Embedded
    @NonNull
    public JournalEventEntity event;

    @NonNull
    @ColumnInfo(name = "rejection_reason")
    public String reason;

    @ColumnInfo(name = "rejected_at_epoch_millis")
    public long rejectedAtEpochMillis;

    public RejectedEvent(@NonNull JournalEventEntity event, @NonNull String reason, long rejectedAtEpochMillis) {
        this.event = event;
        this.reason = reason;
        this.rejectedAtEpochMillis = rejectedAtEpochMillis;
    }
}
