package uk.registerly.app.data.db.dao;

import androidx.lifecycle.LiveData;
import androidx.room.Dao;
import androidx.room.Insert;
import androidx.room.OnConflictStrategy;
import androidx.room.Query;

import java.util.List;

import uk.registerly.app.data.db.entity.DeliveredEventEntity;
import uk.registerly.app.data.db.entity.RejectedEvent;
import uk.registerly.app.data.db.entity.RejectedEventEntity;

/** What the server said about own events. Insert-only, like the journal. */
@Dao
public interface DeliveryDao {

    /** A second answer for the same event (a resend answered DUPLICATE) keeps the first. */
    @Insert(onConflict = OnConflictStrategy.IGNORE)
    void delivered(List<DeliveredEventEntity> delivered);

    @Insert(onConflict = OnConflictStrategy.IGNORE)
    void rejected(List<RejectedEventEntity> rejected);

    @Query("SELECT * FROM delivered_events WHERE event_id = :eventId")
    DeliveredEventEntity deliveryOf(String eventId);

    @Query("SELECT journal.*, rejected_events.reason AS rejection_reason,"
            + " rejected_events.rejected_at_epoch_millis AS rejected_at_epoch_millis"
            + " FROM rejected_events JOIN journal ON journal.id = rejected_events.event_id"
            + " ORDER BY rejected_events.rejected_at_epoch_millis DESC")
    LiveData<List<RejectedEvent>> observeRejected();

    @Query("SELECT journal.*, rejected_events.reason AS rejection_reason,"
            + " rejected_events.rejected_at_epoch_millis AS rejected_at_epoch_millis"
            + " FROM rejected_events JOIN journal ON journal.id = rejected_events.event_id"
            + " ORDER BY rejected_events.rejected_at_epoch_millis DESC")
    List<RejectedEvent> rejected();
}
