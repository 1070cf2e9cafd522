package uk.registerly.app.data.worklists;

import androidx.lifecycle.LiveData;

/**
 * The office's worklists and the school's totals, kept up to date incrementally: a new fact, a
 * rejection or a changed roster row re-evaluates only its pupil ({@link IncrementalWorklists}).
 * Implemented by {@link OfflineFirstWorklistsRepository}.
 */
public interface WorklistsRepository {
    /** Null before the device has its school's rules (before the first sync). */
    LiveData<SchoolWorklists> worklists();
}
