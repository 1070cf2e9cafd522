package uk.registerly.app.data.calling;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import java.util.List;

import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads.ContactOutcome;
import uk.registerly.app.data.roster.Guardian;
import uk.registerly.rules.calendar.SchoolSession;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * The office's first-day calling list ({@link CallingList}) and its outcomes (CONTACT_ATTEMPT,
 * sync-protocol §4). Implemented by {@link OfflineFirstCallingRepository}.
 */
public interface CallingRepository {
    /**
     * Today's calling list, recomputed on every journal or roster change and whenever
     * {@code tick} emits (registers close as time passes, with nothing written).
     */
    LiveData<List<CallRow>> callingList(LiveData<?> tick);

    /** A call that did not establish a reason: no answer, a message left, or a home visit flagged. */
    @WorkerThread
    JournalEventEntity recordCall(String pupilId, ContactOutcome outcome, @Nullable Guardian contact);

    /** The parent gave a reason on the phone: the call (REACHED) and a REASON per session, together. */
    @WorkerThread
    List<JournalEventEntity> recordReasonGiven(String pupilId, AttendanceCode code, @Nullable Guardian contact,
                                               List<SchoolSession> sessions);
}
