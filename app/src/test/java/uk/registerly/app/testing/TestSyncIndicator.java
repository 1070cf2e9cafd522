package uk.registerly.app.testing;

import androidx.lifecycle.LiveData;
import androidx.lifecycle.MutableLiveData;

import java.time.Instant;

import uk.registerly.app.sync.SyncBadge;
import uk.registerly.app.sync.SyncIndicator;

/** A {@link SyncIndicator} whose badge the test sets; taps on it are counted. */
public final class TestSyncIndicator implements SyncIndicator {
    private final MutableLiveData<SyncBadge> badge = new MutableLiveData<>(SyncBadge.of(0, null, null));
    public int syncNowTaps;

    public void send(int pending, Instant lastSync) {
        badge.setValue(SyncBadge.of(pending, lastSync, null));
    }

    @Override
    public LiveData<SyncBadge> badge() {
        return badge;
    }

    @Override
    public void syncNow() {
        syncNowTaps++;
    }
}
