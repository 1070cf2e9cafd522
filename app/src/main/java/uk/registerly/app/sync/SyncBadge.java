package uk.registerly.app.sync;

import androidx.annotation.Nullable;
import androidx.lifecycle.LiveData;
import androidx.lifecycle.MediatorLiveData;

import java.time.Instant;

/**
 * The small sync indicator on the toolbars (register, gate, office, a parent's home): everything
 * sent (and when), records waiting, or the last sync failed (and why). A failure counts only while it is newer than
 * the last success, the same reading as the home screen's status.
 */
public final class SyncBadge {
    public enum Kind {
        /** Nothing waits and no sync has completed yet (a fresh enrolment). */
        NEVER_SYNCED,
        /** Nothing waits; {@link #lastSync} is when the last pass completed. */
        SYNCED,
        /** {@link #pending} records are saved here and not on the server yet. */
        PENDING,
        /** The last pass failed ({@link #problem}); {@link #pending} may be 0. */
        ERROR
    }

    public final Kind kind;
    public final int pending;
    @Nullable
    public final Instant lastSync;
    /** Why the last pass failed, for {@link Kind#ERROR}. */
    @Nullable
    public final SyncProblem problem;

    private SyncBadge(Kind kind, int pending, @Nullable Instant lastSync, @Nullable SyncProblem problem) {
        this.kind = kind;
        this.pending = pending;
        this.lastSync = lastSync;
        this.problem = problem;
    }

    public static SyncBadge of(@Nullable Integer pending, @Nullable Instant lastSync,
                               @Nullable SyncStatusRepository.SyncError lastError) {
        int waiting = pending == null ? 0 : pending;
        if (lastError != null && (lastSync == null || lastError.at.isAfter(lastSync))) {
            return new SyncBadge(Kind.ERROR, waiting, lastSync, lastError.problem);
        }
        if (waiting > 0) {
            return new SyncBadge(Kind.PENDING, waiting, lastSync, null);
        }
        return new SyncBadge(lastSync == null ? Kind.NEVER_SYNCED : Kind.SYNCED, 0, lastSync, null);
    }

    /** The badge, kept up to date from the repository's three signals. */
    public static LiveData<SyncBadge> observe(SyncStatusRepository status) {
        LiveData<Integer> pending = status.observePendingCount();
        LiveData<Instant> lastSync = status.observeLastSyncCompleted();
        LiveData<SyncStatusRepository.SyncError> lastError = status.observeLastError();
        MediatorLiveData<SyncBadge> badge = new MediatorLiveData<>();
        Runnable update = () -> badge.setValue(of(pending.getValue(), lastSync.getValue(), lastError.getValue()));
        badge.addSource(pending, ignored -> update.run());
        badge.addSource(lastSync, ignored -> update.run());
        badge.addSource(lastError, ignored -> update.run());
        return badge;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SyncBadge)) {
            return false;
        }
        SyncBadge other = (SyncBadge) o;
        return kind == other.kind && pending == other.pending && java.util.Objects.equals(lastSync, other.lastSync)
                && problem == other.problem;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(kind, pending, lastSync, problem);
    }
}
