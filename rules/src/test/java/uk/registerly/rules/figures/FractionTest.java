package uk.registerly.rules.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void fractionsAreKeptInLowestTerms() {
        assertEquals(Fraction.of(1, 2), Fraction.of(190, 380));
        assertEquals("1/2", Fraction.of(190, 380).toString());
    }

    @Test
    void decimalsAndPercentagesAreReadExactly() {
        assertEquals(Fraction.of(19, 20), Fraction.ofDecimal(new BigDecimal("0.950")));
        assertEquals(Fraction.of(189, 200), Fraction.percent("94.5"));
        assertEquals(Fraction.ZERO, Fraction.percent("0"));
    }

    @Test
    void comparisonIsExactWhereDoublesWouldRound() {
        Fraction tenth = Fraction.of(1, 10);
        assertEquals(0, Fraction.of(38, 380).compareTo(tenth));
        assertTrue(Fraction.of(37, 380).isBelow(tenth));
        assertTrue(Fraction.of(Long.MAX_VALUE / 3, Long.MAX_VALUE / 2).isBelow(Fraction.ONE), "no overflow");
    }

    @Test
    void displayRoundsHalfUpOnlyAtTheEdge() {
        assertEquals("94.7", Fraction.of(180, 190).toPercent(1));
        assertEquals("66.67", Fraction.of(2, 3).toPercent(2));
        assertEquals(0.5, Fraction.of(3, 6).toDouble());
    }

    @Test
    void zeroDenominatorsAndNegativeValuesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> Fraction.of(1, 0));
        assertThrows(IllegalArgumentException.class, () -> Fraction.of(-1, 2));
    }
}
