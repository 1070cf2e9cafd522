package uk.registerly.rules.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TrustedTimeTest {
    private static final Instant TRUE_TIME = Instant.parse("2026-12-03T09:10:00Z");
    /** The server receives the event 5 seconds after it was recorded. */
    private static final Instant RECEIVED = TRUE_TIME.plusSeconds(5);
    private static final long TEN_MINUTES = Duration.ofMinutes(10).toMillis();
    private static final long ONE_DAY = Duration.ofDays(1).toMillis();

    /** A device whose clock is {@code deviceAheadMs} ahead of the server's reports offset = -deviceAheadMs. */
    private static TrustedTime fromDevice(long deviceAheadMs, boolean offsetKnown, Instant receivedAt) {
        return TrustedTime.of(TRUE_TIME.plusMillis(deviceAheadMs), offsetKnown ? -deviceAheadMs : null, receivedAt);
    }

    @Test
    void aClockWithinTwoMinutesIsVerifiedAndCorrected() {
        TrustedTime t = fromDevice(-90_000, true, RECEIVED);
        assertEquals(TRUE_TIME, t.instant());
        assertSame(ClockCheck.VERIFIED, t.clockCheck());
        assertTrue(t.isClockVerified());
        assertFalse(t.isReceiptTime());
    }

    @Test
    void exactlyTwoMinutesOffIsStillVerifiedAndOneMillisecondMoreIsNot() {
        assertTrue(fromDevice(120_000, true, RECEIVED).isClockVerified());
        assertSame(ClockCheck.OFFSET_TOO_LARGE, fromDevice(120_001, true, RECEIVED).clockCheck());
    }

    @Test
    void aDeviceTenMinutesSlowOrFastIsCorrectedButUnverified() {
        for (long ahead : new long[] {-TEN_MINUTES, TEN_MINUTES}) {
            TrustedTime t = fromDevice(ahead, true, RECEIVED);
            assertEquals(TRUE_TIME, t.instant(), "device " + ahead + " ms off");
            assertSame(ClockCheck.OFFSET_TOO_LARGE, t.clockCheck());
            assertFalse(t.isClockVerified());
        }
    }

    @Test
    void aDeviceADayAheadOrBehindWithAMeasuredOffsetIsCorrectedButUnverified() {
        for (long ahead : new long[] {-ONE_DAY, ONE_DAY}) {
            TrustedTime t = fromDevice(ahead, true, RECEIVED);
            assertEquals(TRUE_TIME, t.instant(), "device " + ahead + " ms off");
            assertSame(ClockCheck.OFFSET_TOO_LARGE, t.clockCheck());
        }
    }

    @Test
    void aDeviceThatNeverSyncedKeepsItsOwnTimeUnverified() {
        TrustedTime t = fromDevice(-TEN_MINUTES, false, RECEIVED);
        assertEquals(TRUE_TIME.minusMillis(TEN_MINUTES), t.instant());
        assertSame(ClockCheck.OFFSET_UNKNOWN, t.clockCheck());
        assertFalse(t.isClockVerified());
        // On the device itself, where nothing is received yet.
        TrustedTime onDevice = TrustedTime.now(Clock.fixed(TRUE_TIME, ZoneOffset.UTC), null);
        assertEquals(TRUE_TIME, onDevice.instant());
        assertSame(ClockCheck.OFFSET_UNKNOWN, onDevice.clockCheck());
    }

    @Test
    void nothingIsRecordedAfterTheServerReceivedIt() {
        // A never-synced tablet 10 minutes fast: its 09:20 is really 09:10, received at 09:10:05.
        TrustedTime fast = fromDevice(TEN_MINUTES, false, RECEIVED);
        assertEquals(RECEIVED, fast.instant());
        assertTrue(fast.isReceiptTime());
        assertSame(ClockCheck.OFFSET_UNKNOWN, fast.clockCheck());
        // A day fast, never synced: still within a day of receipt (recorded 5 s before it), so taken back to it.
        assertEquals(RECEIVED, fromDevice(ONE_DAY, false, RECEIVED).instant());
    }

    @Test
    void aNeverSyncedClockADayBehindIsImplausibleAndTheReceiptTimeIsTaken() {
        TrustedTime t = fromDevice(-ONE_DAY, false, RECEIVED);
        assertEquals(RECEIVED, t.instant());
        assertSame(ClockCheck.IMPLAUSIBLE, t.clockCheck());
        assertTrue(t.isReceiptTime());
    }

    @Test
    void aCorrectedTimeMoreThanADayAfterReceiptIsImplausible() {
        TrustedTime t = TrustedTime.of(RECEIVED.plus(Duration.ofDays(1)).plusMillis(1), 0L, RECEIVED);
        assertSame(ClockCheck.IMPLAUSIBLE, t.clockCheck());
        assertEquals(RECEIVED, t.instant());
        TrustedTime exactlyADay = TrustedTime.of(RECEIVED.plus(Duration.ofDays(1)), 0L, RECEIVED);
        assertSame(ClockCheck.VERIFIED, exactlyADay.clockCheck());
        assertEquals(RECEIVED, exactlyADay.instant(), "still never after its receipt");
    }

    @Test
    void anOutboxKeptOfflineOverAWeekendKeepsFridaysTimes() {
        Instant friday = Instant.parse("2026-12-04T08:50:00Z");
        Instant monday = Instant.parse("2026-12-07T08:00:00Z");
        TrustedTime t = TrustedTime.of(friday.minusSeconds(30), 30_000L, monday);
        assertEquals(friday, t.instant());
        assertSame(ClockCheck.VERIFIED, t.clockCheck());
    }

    @Test
    void timesADatabaseCannotStoreAreImplausible() {
        for (String device : new String[] {"0000-06-01T09:00:00Z", "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z"}) {
            TrustedTime t = TrustedTime.of(Instant.parse(device), 0L, RECEIVED);
            assertSame(ClockCheck.IMPLAUSIBLE, t.clockCheck(), device);
            assertEquals(RECEIVED, t.instant(), device);
            TrustedTime onDevice = TrustedTime.of(Instant.parse(device), null, null);
            assertSame(ClockCheck.IMPLAUSIBLE, onDevice.clockCheck(), device);
            assertEquals(Instant.parse(device), onDevice.instant(), "nothing better known on the device");
        }
        assertTrue(TrustedTime.isStorable(TrustedTime.EARLIEST_STORABLE));
        assertTrue(TrustedTime.isStorable(TrustedTime.LATEST_STORABLE));
        assertFalse(TrustedTime.isStorable(TrustedTime.LATEST_STORABLE.plusNanos(1000)));
    }

    @Test
    void anOffsetThatOverflowsIsImplausible() {
        assertSame(ClockCheck.IMPLAUSIBLE, TrustedTime.of(TRUE_TIME, Long.MAX_VALUE, RECEIVED).clockCheck());
        assertSame(ClockCheck.IMPLAUSIBLE, TrustedTime.of(TRUE_TIME, -Long.MAX_VALUE, null).clockCheck());
    }

    @Test
    void aDeviceTimeWithAnOffsetFromUtcIsTheSameInstant() {
        OffsetDateTime bst = OffsetDateTime.parse("2026-06-01T10:10:00+01:00");
        assertEquals(TrustedTime.of(bst.toInstant(), 0L, null), TrustedTime.of(bst, 0L, null));
    }

    @Test
    void schoolLocalTimeFollowsGmtAndBstAcrossBothChangeDays() {
        // Spring: last Sunday of March 2026 is the 29th (01:00 UTC). Friday before in GMT, Monday after in BST.
        assertEquals(LocalDateTime.parse("2026-03-27T09:00"), local("2026-03-27T09:00:00Z"));
        assertEquals(LocalDateTime.parse("2026-03-30T10:00"), local("2026-03-30T09:00:00Z"));
        assertEquals(LocalDateTime.parse("2026-03-29T00:59:59"), local("2026-03-29T00:59:59Z"));
        assertEquals(LocalDateTime.parse("2026-03-29T02:00"), local("2026-03-29T01:00:00Z"));
        // Autumn: last Sunday of October 2026 is the 25th. Friday before in BST, Monday after in GMT.
        assertEquals(LocalDateTime.parse("2026-10-23T10:00"), local("2026-10-23T09:00:00Z"));
        assertEquals(LocalDateTime.parse("2026-10-26T09:00"), local("2026-10-26T09:00:00Z"));
        // 01:30 happens twice on 25 October.
        assertEquals(LocalDateTime.parse("2026-10-25T01:30"), local("2026-10-25T00:30:00Z"));
        assertEquals(LocalDateTime.parse("2026-10-25T01:30"), local("2026-10-25T01:30:00Z"));
    }

    @Test
    void aPayloadTimeIsCorrectedInRealTimeNotWallClockTime() {
        // Monday 30 March 2026, 08:50 BST (07:50 UTC) really; the tablet is three days behind, on Friday 27
        // March 07:50 GMT by its own clock. Shifting the wall clock by 3 days would give 07:50, an hour early.
        Instant really = Instant.parse("2026-03-30T07:50:00Z");
        long threeDays = Duration.ofDays(3).toMillis();
        TrustedTime t = TrustedTime.of(really.minusMillis(threeDays), threeDays, really.plusSeconds(2));
        assertEquals(LocalDateTime.parse("2026-03-30T08:50"), t.localTime(TrustedTime.ENGLAND));
        assertEquals(LocalDateTime.parse("2026-03-30T08:50"),
                t.correct(LocalDateTime.parse("2026-03-27T07:50"), TrustedTime.ENGLAND));
        // A payload time a minute before the device time keeps its minute.
        assertEquals(LocalDateTime.parse("2026-03-30T08:49"),
                t.correct(LocalDateTime.parse("2026-03-27T07:49"), TrustedTime.ENGLAND));
    }

    @Test
    void anImplausibleClocksPayloadTimeIsTheReceiptTime() {
        TrustedTime t = TrustedTime.of(Instant.parse("0000-01-01T09:00:00Z"), null, RECEIVED);
        assertEquals(LocalDateTime.parse("2026-12-03T09:10:05"),
                t.correct(LocalDateTime.parse("0000-01-01T09:00"), TrustedTime.ENGLAND));
    }

    private static LocalDateTime local(String instant) {
        return TrustedTime.of(Instant.parse(instant), 0L, null).localTime(TrustedTime.ENGLAND);
    }
}
