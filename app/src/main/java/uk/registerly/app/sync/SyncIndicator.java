package uk.registerly.app.sync;

import androidx.lifecycle.LiveData;

/**
 * What a screen's toolbar shows about sync (the badge) and what its tap does (sync now): the one
 * seam between a screen's view model and the sync. Implemented by {@link ScheduledSyncIndicator}.
 */
public interface SyncIndicator {
    /** The badge, kept up to date: pending, synced or the last failure. */
    LiveData<SyncBadge> badge();

    void syncNow();
}
