package uk.registerly.android.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void aPinnedRangeAsksForItsOneVersion() {
        assertEquals("2.4.1", Versions.requested("[2.4.1]"));
    }

    @Test
    void aRangeAsksForItsLowerBoundOrElseItsUpperBound() {
        assertEquals("1.0", Versions.requested("[1.0,2.0)"));
        assertEquals("1.5", Versions.requested("(,1.5]"));
        assertEquals("3.1", Versions.requested(" 3.1 "));
        assertThrows(IllegalArgumentException.class, () -> Versions.requested("(,)"));
    }

    @Test
    void numericPartsCompareAsNumbers() {
        assertEquals("2.10.0", Versions.highest("2.9.4", "2.10.0"));
    }

    @Test
    void aReleaseIsHigherThanItsPreReleases() {
        assertEquals("1.1.0", Versions.highest("1.1.0-beta02", "1.1.0"));
        assertEquals("1.1.0-beta02", Versions.highest("1.1.0-beta02", "1.0.0"));
        assertEquals("1.0.0-rc01", Versions.highest("1.0.0-beta02", "1.0.0-rc01"));
    }

    @Test
    void aMissingSideLosesToThePresentOne() {
        assertEquals("1.0", Versions.highest(null, "1.0"));
        assertEquals("1.0", Versions.highest("1.0", null));
    }
}
