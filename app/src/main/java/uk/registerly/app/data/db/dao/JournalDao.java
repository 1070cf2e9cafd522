package uk.registerly.app.data.db.dao;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;

import java.util.List;

import uk.registerly.app.data.db.JournalTriggers;
import uk.registerly.app.data.db.entity.JournalEventEntity;

/**
 * The append-only journal. There is no update and no delete here: a trigger refuses both
 * (see {@link JournalTriggers}). Facts the rules read exclude own events the server rejected; a
 * withdrawn gate arrival is read with its withdrawal, and the rules ignore it.
 */
@Dao
public interface JournalDao {
    /** What the rules read; a withdrawn arrival is the rules' to ignore, as on the server. */
    String RULE_FACT_TYPES = "('REGISTER_MARK', 'ARRIVAL', 'ARRIVAL_WITHDRAWN', 'REASON', 'AMENDMENT')";
    String NOT_REJECTED = "id NOT IN (SELECT event_id FROM rejected_events)";
    String PENDING = "origin = 'LOCAL'"
            + " AND id NOT IN (SELECT event_id FROM delivered_events) AND " + NOT_REJECTED;

    /** Fails if the id is taken: an own event's id is a fresh UUID. */
    @Insert(onConflict = OnConflictStrategy.ABORT)
    void insertNew(JournalEventEntity event);

    /** A pulled event: one the device already has (its own included) is ignored. Returns -1 then. */
    @Insert(onConflict = OnConflictStrategy.IGNORE)
    long insertIfAbsent(JournalEventEntity event);

    @Query("SELECT COALESCE(MAX(device_seq) + 1, 0) FROM journal WHERE origin = 'LOCAL'")
    long nextDeviceSeq();

    @Nullable
    @Query("SELECT * FROM journal WHERE id = :id")
    JournalEventEntity find(String id);

    /** Own events not yet delivered nor rejected, oldest first: the next push. */
    @Query("SELECT * FROM journal WHERE " + PENDING + " ORDER BY device_seq LIMIT :limit")
    List<JournalEventEntity> outbox(int limit);

    @Query("SELECT COUNT(*) FROM journal WHERE " + PENDING)
    int countPending();

    @Query("SELECT COUNT(*) FROM journal WHERE " + PENDING)
    LiveData<Integer> observePendingCount();

    /** When the oldest unsent event was stored, or null when nothing waits. */
    @Nullable
    @Query("SELECT MIN(stored_at_epoch_millis) FROM journal WHERE " + PENDING)
    Long oldestPendingStoredAt();

    @Query("SELECT * FROM journal WHERE " + PENDING + " ORDER BY device_seq")
    List<JournalEventEntity> pending();

    @Query("SELECT id FROM journal WHERE " + PENDING + " AND id IN (:ids)")
    List<String> pendingAmong(List<String> ids);

    /** The facts the rules read, for some pupils. */
    @Query("SELECT * FROM journal WHERE pupil_id IN (:pupilIds) AND type IN " + RULE_FACT_TYPES
            + " AND " + NOT_REJECTED)
    List<JournalEventEntity> factsFor(List<String> pupilIds);

    /** The facts the rules read, for some pupils on one day. */
    @Query("SELECT * FROM journal WHERE pupil_id IN (:pupilIds) AND fact_date = :date AND type IN "
            + RULE_FACT_TYPES + " AND " + NOT_REJECTED)
    List<JournalEventEntity> factsOn(List<String> pupilIds, String date);

    /**
     * The journal's last row (SQLite's rowid: the journal is append-only, so a row after it is a row
     * stored later): the office's worklists advance from here ({@code IncrementalWorklists}).
     */
    @Query("SELECT COALESCE(MAX(rowid), 0) FROM journal")
    long lastRow();

    /** The last rejection stored (rowid, as {@link #lastRow()}). */
    @Query("SELECT COALESCE(MAX(rowid), 0) FROM rejected_events")
    long lastRejectionRow();

    /** Pupils with a fact the rules read stored after row {@code afterRow}, up to {@code upToRow}. */
    @Query("SELECT DISTINCT pupil_id FROM journal WHERE rowid > :afterRow AND rowid <= :upToRow AND type IN "
            + RULE_FACT_TYPES)
    List<String> pupilsWithFactsStoredBetween(long afterRow, long upToRow);

    /** Pupils whose event the server rejected in a rejection stored after {@code afterRow}, up to {@code upToRow}. */
    @Query("SELECT DISTINCT j.pupil_id FROM rejected_events AS r JOIN journal AS j ON j.id = r.event_id"
            + " WHERE r.rowid > :afterRow AND r.rowid <= :upToRow")
    List<String> pupilsWithRejectionsStoredBetween(long afterRow, long upToRow);

    /** Every fact the rules read. */
    @Query("SELECT * FROM journal WHERE type IN " + RULE_FACT_TYPES + " AND " + NOT_REJECTED)
    List<JournalEventEntity> allFacts();

    /**
     * A day's register entries (the teacher's marks, the office's reasons and amendments), for the registers
     * status (issue 15): which registers have been taken.
     */
    @Query("SELECT * FROM journal WHERE fact_date = :date AND type IN ('REGISTER_MARK', 'REASON', 'AMENDMENT')"
            + " AND " + NOT_REJECTED)
    List<JournalEventEntity> registerEntriesOn(String date);

    /** Every register fact of a day, all pupils (the roll call's on-site list, issue 15). */
    @Query("SELECT * FROM journal WHERE fact_date = :date AND type IN " + RULE_FACT_TYPES + " AND " + NOT_REJECTED)
    List<JournalEventEntity> factsOn(String date);

    /** Gate arrivals of a day, with withdrawn ones (screens show them struck through), newest first. */
    @Query("SELECT * FROM journal WHERE type = 'ARRIVAL' AND fact_date = :date ORDER BY device_time DESC")
    List<JournalEventEntity> arrivalsOn(String date);

    /**
     * Which of these arrivals a withdrawal (this gate's or another's, not refused by the server) took
     * back: the rules' own test (a withdrawal of the same pupil naming the arrival, as the rules'
     * {@code SessionMarkResolver} applies it), so the gate's list and every mark agree.
     */
    @Query("SELECT w.ref_id FROM journal AS w JOIN journal AS a ON a.id = w.ref_id AND a.pupil_id = w.pupil_id"
            + " WHERE w.type = 'ARRIVAL_WITHDRAWN' AND a.type = 'ARRIVAL' AND w.ref_id IN (:arrivalIds)"
            + " AND w.id NOT IN (SELECT event_id FROM rejected_events)")
    List<String> withdrawnAmong(List<String> arrivalIds);

    /**
     * Workflow events (absence reports, leave, calls...) of the given types, in the order stored;
     * ties (one pull page) in no promised order: each stream's folder sorts ({@code JournalOrder}).
     */
    @Query("SELECT * FROM journal WHERE type IN (:types) AND " + NOT_REJECTED + " ORDER BY stored_at_epoch_millis")
    List<JournalEventEntity> ofTypes(List<String> types);

    /** One pupil's workflow events of one type (a pupil's case actions), in the order stored; see {@link #ofTypes}. */
    @Query("SELECT * FROM journal WHERE pupil_id = :pupilId AND type = :type AND " + NOT_REJECTED
            + " ORDER BY stored_at_epoch_millis")
    List<JournalEventEntity> ofTypeFor(String pupilId, String type);

    /**
     * A pupil's pulled events of types this version does not know (a newer app wrote them; kept raw
     * so an upgrade reads them): the pupil's record says they need a newer version of the app.
     */
    @Query("SELECT COUNT(*) FROM journal WHERE pupil_id = :pupilId AND type NOT IN (:knownTypes)")
    LiveData<Integer> observeCountOfOtherTypes(String pupilId, List<String> knownTypes);

    /** Rows of types this version does not know, kept raw, in the order stored. */
    @Query("SELECT * FROM journal WHERE type NOT IN (:knownTypes) ORDER BY stored_at_epoch_millis")
    List<JournalEventEntity> otherTypes(List<String> knownTypes);

    /**
     * Changes whenever a row is added to the journal or an event is delivered or rejected: a cheap
     * signal for read models that recompute from the journal (marks, and which facts are still unsent).
     * The tables are append-only (only a revocation wipe deletes, and it changes the counts too).
     */
    @Query("SELECT (SELECT COUNT(*) FROM journal) || '/' || (SELECT COUNT(*) FROM rejected_events)"
            + " || '/' || (SELECT COUNT(*) FROM delivered_events)")
    LiveData<String> observeVersion();
}
