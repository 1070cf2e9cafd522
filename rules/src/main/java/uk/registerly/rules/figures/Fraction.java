package uk.registerly.rules.figures;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact, immutable, non-negative rational in lowest terms, so that thresholds such
 * as "exactly 10%" compare exactly; it becomes a decimal only for display.
 */
public final class Fraction implements Comparable<Fraction> {
    public static final Fraction ZERO = new Fraction(0, 1);
    public static final Fraction ONE = new Fraction(1, 1);

    private final long numerator;
    private final long denominator;

    private Fraction(long numerator, long denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    /** @throws IllegalArgumentException for a zero denominator or a negative value */
    public static Fraction of(long numerator, long denominator) {
        if (denominator == 0) {
            throw new IllegalArgumentException("denominator is zero");
        }
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("a fraction here is never negative: " + numerator + "/" + denominator);
        }
        long gcd = gcd(numerator, denominator);
        return new Fraction(numerator / gcd, denominator / gcd);
    }

    /** A percentage such as 92 or 94.5, exactly. */
    public static Fraction percent(String percent) {
        return ofDecimal(new BigDecimal(percent).movePointLeft(2));
    }

    /** A decimal such as 0.95, exactly. */
    public static Fraction ofDecimal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        int scale = Math.max(0, stripped.scale());
        return of(stripped.movePointRight(scale).longValueExact(), BigDecimal.ONE.movePointRight(scale).longValueExact());
    }

    public long numerator() {
        return numerator;
    }

    public long denominator() {
        return denominator;
    }

    public Fraction plus(Fraction other) {
        return of(Math.addExact(Math.multiplyExact(numerator, other.denominator),
                Math.multiplyExact(other.numerator, denominator)), Math.multiplyExact(denominator, other.denominator));
    }

    /** 1 - this, for a fraction of at most one. */
    public Fraction complement() {
        return of(denominator - numerator, denominator);
    }

    public boolean isAtLeast(Fraction other) {
        return compareTo(other) >= 0;
    }

    public boolean isBelow(Fraction other) {
        return compareTo(other) < 0;
    }

    /** The nearest double: what the command prints. */
    public double toDouble() {
        return (double) numerator / denominator;
    }

    /** For display, e.g. {@code toPercent(1)} of 180/190 is "94.7". Rounds half up. */
    public String toPercent(int decimals) {
        return BigDecimal.valueOf(numerator).movePointRight(2)
                .divide(BigDecimal.valueOf(denominator), decimals, RoundingMode.HALF_UP).toPlainString();
    }

    @Override
    public int compareTo(Fraction other) {
        try {
            return Long.compare(Math.multiplyExact(numerator, other.denominator),
                    Math.multiplyExact(other.numerator, denominator));
        } catch (ArithmeticException overflow) {
            return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(other.denominator))
                    .compareTo(BigInteger.valueOf(other.numerator).multiply(BigInteger.valueOf(denominator)));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Fraction && ((Fraction) o).numerator == numerator
                && ((Fraction) o).denominator == denominator;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(numerator) * 31 + Long.hashCode(denominator);
    }

    @Override
    public String toString() {
        return numerator + "/" + denominator;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a == 0 ? 1 : a;
    }
}
