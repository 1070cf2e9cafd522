package uk.registerly.app.data.casework;

import androidx.annotation.WorkerThread;
import androidx.lifecycle.LiveData;

import uk.registerly.app.data.db.entity.JournalEventEntity;

/**
 * A pupil's case on the office tablet (issue 16), offline: read from the CASE_ACTION events in the journal and
 * judged by the rules module; an action recorded here is a journal event the normal push sends. Office only.
 */
public interface CaseHistoryRepository {
    /** The pupil's ladder, history and next due action, recomputed as the journal changes; null while unknown. */
    LiveData<PupilCase> pupilCase(String pupilId);

    /**
     * Records the action, signed by the staff member signed in (else the tablet's own), at the school's time now.
     *
     * @throws uk.registerly.app.data.journal.NotRecordableException with every problem, nothing written
     */
    @WorkerThread
    JournalEventEntity record(CaseActionDraft draft);
}
