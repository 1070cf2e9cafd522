package uk.registerly.app.sync;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.Instant;

import org.junit.Test;

/** What the toolbar badge says: a failure only while it is newer than the last success. */
public class SyncBadgeTest {
    private static final Instant EARLIER = Instant.parse("2026-09-07T07:40:00Z");
    private static final Instant LATER = Instant.parse("2026-09-07T07:45:00Z");

    @Test
    public void nothingWaitingIsSyncedOrNeverSynced() {
        assertEquals(SyncBadge.Kind.NEVER_SYNCED, SyncBadge.of(null, null, null).kind);
        SyncBadge synced = SyncBadge.of(0, LATER, null);
        assertEquals(SyncBadge.Kind.SYNCED, synced.kind);
        assertEquals(LATER, synced.lastSync);
    }

    @Test
    public void recordsWaitingArePending() {
        SyncBadge pending = SyncBadge.of(3, EARLIER, null);

        assertEquals(SyncBadge.Kind.PENDING, pending.kind);
        assertEquals(3, pending.pending);
        assertNull(pending.problem);
    }

    @Test
    public void aFailureAfterTheLastSuccessIsShownWithWhatWaits() {
        SyncBadge failed = SyncBadge.of(2, EARLIER, new SyncStatusRepository.SyncError(
                SyncProblem.SERVER_UNAVAILABLE, "the server is unavailable (push HTTP 503)", LATER));

        assertEquals(SyncBadge.Kind.ERROR, failed.kind);
        assertEquals(SyncProblem.SERVER_UNAVAILABLE, failed.problem);
        assertEquals(2, failed.pending);
    }

    @Test
    public void aFailureSinceRecoveredFromIsNotShown() {
        assertEquals(SyncBadge.Kind.SYNCED,
                SyncBadge.of(0, LATER, new SyncStatusRepository.SyncError(SyncProblem.TIMEOUT,
                        "the server did not answer in time", EARLIER)).kind);
    }
}
