package uk.registerly.app.data.evidence;

import androidx.annotation.WorkerThread;

/**
 * The photos of parents' reports for the office to look at (an appointment card behind an M).
 * Photos are fetched when someone asks to see one, never ahead: the server audits every fetch as a
 * view of a child's medical letter, and a prefetch nobody looked at would be a false entry.
 * Implemented by {@link NetworkViewedEvidenceRepository}.
 */
public interface ViewedEvidenceRepository {
    /** The photo a report names, or why it cannot be shown now; a network call unless it was seen here before. */
    @WorkerThread
    EvidencePhoto photo(String evidenceId);

    /** After a revocation: photos of the school's children leave this device with the rest of its data. */
    @WorkerThread
    void forgetAll();
}
