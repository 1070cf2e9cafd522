package uk.registerly.app.data.rollcall;

import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.rules.rollcall.RollCallReason;

/**
 * The fire and evacuation roll call (issue 15 item 3) on any staff device, from its own journal and roster, so it
 * works with no network: who should be on site now (the rules' {@code OnSiteList}), who has been ticked, and
 * starting, ticking and ending one as events every other device receives.
 */
public interface RollCallRepository {
    /** The roll call as it stands, recomputed on every journal change and every {@code clockTicks}; null while the school is unknown. */
    LiveData<RollCallNow> now(LiveData<?> clockTicks);

    /** ROLL_CALL_STARTED: the new roll call's id (the event's). */
    @WorkerThread
    String start(RollCallReason reason);

    /** ROLL_CALL_ACCOUNTED: the pupil ticked ({@code accounted}) or the tick taken back. */
    @WorkerThread
    JournalEventEntity account(String rollCallId, String pupilId, boolean accounted);

    /** ROLL_CALL_ENDED. */
    @WorkerThread
    JournalEventEntity end(String rollCallId);
}
