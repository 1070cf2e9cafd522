package uk.registerly.app.gate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.Test;

import uk.registerly.app.ui.ScreenMessage;
import uk.registerly.rules.codes.AttendanceCode;

/** The undo countdown of the result panel, and the scan debouncing in front of it. */
public class GateResultTest {
    private static final Instant SCANNED = Instant.parse("2026-09-07T08:05:00Z");

    @Test
    public void undoCountsDownInWholeSecondsRoundedUpAndEndsAtTheWindow() {
        GateResult recorded = GateResult.recorded("Daniel Singh", "e1", AttendanceCode.L, 15,
                LocalDateTime.of(2026, 9, 7, 9, 5), SCANNED.plusSeconds(10), null);

        assertEquals(10, recorded.undoSecondsLeft(SCANNED));
        assertEquals(1, recorded.undoSecondsLeft(SCANNED.plusMillis(9_001)));
        assertEquals(0, recorded.undoSecondsLeft(SCANNED.plusSeconds(10)));
        assertEquals("nothing to undo after a refusal", 0,
                GateResult.refused(ScreenMessage.text("no")).undoSecondsLeft(SCANNED));
    }

    @Test
    public void aCardHeldUpIsOneScanButTheNextPupilAndALaterScanAreNew() {
        ScanDebouncer debouncer = new ScanDebouncer();

        assertTrue(debouncer.isNew("A", SCANNED));
        assertFalse("the camera reads it again", debouncer.isNew("A", SCANNED.plusMillis(200)));
        assertFalse(debouncer.isNew("A", SCANNED.plusMillis(2_900)));
        assertTrue("the next pupil", debouncer.isNew("B", SCANNED.plusSeconds(3)));
        assertTrue("A again after B", debouncer.isNew("A", SCANNED.plusSeconds(4)));
        assertTrue("A again, 3 s after it was last seen", debouncer.isNew("A", SCANNED.plusSeconds(7)));
    }
}
