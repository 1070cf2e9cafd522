package uk.registerly.app.data.db.entity;

import androidx.annotation.NonNull;
import androidx.annotation.Nullable;
import androidx.room.ColumnInfo;
import androidx.room.Entity;
import androidx.room.Ignore;
import androidx.room.Index;
import androidx.room.PrimaryKey;

/**
 * One register fact or workflow event, as this device recorded it (origin LOCAL) or pulled it from
 * the server (origin REMOTE). Rows are only ever inserted: delivery state lives in
 * {@link DeliveredEventEntity} and {@link RejectedEventEntity}, and a trigger refuses UPDATE.
 * {@code payload} and {@code deviceTime} are kept exactly as first written, so a resend is
 * byte-for-byte the same event and the server answers DUPLICATE.
 */
@Entity(tableName = "journal", indices = {
        @Index(value = {"pupil_id", "fact_date"}),
        @Index(value = {"origin", "device_seq"}),
        @Index(value = {"type"}),
        @Index(value = {"ref_id"})})
public class JournalEventEntity {
    public static final String LOCAL = "LOCAL";
    public static final String REMOTE = "REMOTE";

    /** Lower-case canonical UUID: the idempotency key and the rules' tie-breaker. */
    @PrimaryKey
    @NonNull
    @ColumnInfo(name = "id")
    public final String id;

    @NonNull
    @ColumnInfo(name = "origin")
    public final String origin;

    /** This device's counter for LOCAL rows; the writing device's counter for REMOTE rows. */
    @ColumnInfo(name = "device_seq")
    public final long deviceSeq;

    @NonNull
    @ColumnInfo(name = "type")
    public final String type;

    @NonNull
    @ColumnInfo(name = "pupil_id")
    public final String pupilId;

    /** The session's date (an arrival's or a call's day); null for reports and requests spanning days. */
    @Nullable
    @ColumnInfo(name = "fact_date")
    public final String factDate;

    /** The earlier event this one refers to (a report, a request, an undone arrival), or null. */
    @Nullable
    @ColumnInfo(name = "ref_id")
    public final String refId;

    @NonNull
    @ColumnInfo(name = "payload")
    public final String payload;

    /** UTC instant (ISO-8601) of the writing device's clock, as sent. */
    @NonNull
    @ColumnInfo(name = "device_time")
    public final String deviceTime;

    /** Server minus device clock when the fact was recorded (null before the first sync). */
    @Nullable
    @ColumnInfo(name = "clock_offset_ms")
    public final Long clockOffsetMs;

    /** The server's pull cursor of a REMOTE row. */
    @Nullable
    @ColumnInfo(name = "server_cursor")
    public final String serverCursor;

    /** When this device stored the row (its own clock). */
    @ColumnInfo(name = "stored_at_epoch_millis")
    public final long storedAtEpochMillis;

    /**
     * The member of staff signed in with their PIN when this device recorded the event (the
     * envelope's {@code staffId}, sync-protocol §4), or, for a pulled row, as the server served it;
     * null when nobody was signed in (a gate's arrival, a parent's phone, before issue 13).
     */
    @Nullable
    @ColumnInfo(name = "staff_id")
    public final String staffId;

    @Ignore
    public JournalEventEntity(@NonNull String id, @NonNull String origin, long deviceSeq, @NonNull String type,
                              @NonNull String pupilId, @Nullable String factDate, @Nullable String refId,
                              @NonNull String payload, @NonNull String deviceTime, @Nullable Long clockOffsetMs,
                              @Nullable String serverCursor, long storedAtEpochMillis) {
        this.id = id;
        this.origin = origin;
        this.deviceSeq = deviceSeq;
        this.type = type;
        this.pupilId = pupilId;
        this.factDate = factDate;
        this.refId = refId;
        this.payload = payload;
        this.deviceTime = deviceTime;
        this.clockOffsetMs = clockOffsetMs;
        this.serverCursor = serverCursor;
        this.storedAtEpochMillis = storedAtEpochMillis;
        this.staffId = null;
    }

    public JournalEventEntity(@NonNull String id, @NonNull String origin, long deviceSeq, @NonNull String type,
                              @NonNull String pupilId, @Nullable String factDate, @Nullable String refId,
                              @NonNull String payload, @NonNull String deviceTime, @Nullable Long clockOffsetMs,
                              @Nullable String serverCursor, long storedAtEpochMillis, @Nullable String staffId) {
        this.id = id;
        this.origin = origin;
        this.deviceSeq = deviceSeq;
        this.type = type;
        this.pupilId = pupilId;
        this.factDate = factDate;
        this.refId = refId;
        this.payload = payload;
        this.deviceTime = deviceTime;
        this.clockOffsetMs = clockOffsetMs;
        this.serverCursor = serverCursor;
        this.storedAtEpochMillis = storedAtEpochMillis;
        this.staffId = staffId;
    }

    public boolean isLocal() {
        return LOCAL.equals(origin);
    }
}
