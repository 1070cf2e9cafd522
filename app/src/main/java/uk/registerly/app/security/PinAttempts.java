package uk.registerly.app.security;

/**
 * How many wrong tries a staff PIN may take (issue 13, section 2): four are free, from the fifth on
 * each wrong try makes the next wait longer (30 s, 1, 2, 4, 8 minutes), and the tenth blocks the PIN on
 * this device until the office resets it. A correct PIN clears the count.
 */
public final class PinAttempts {
    public static final int BACK_OFF_FROM = 5;
    public static final int BLOCKED_AT = 10;
    static final long FIRST_WAIT_MILLIS = 30_000;

    private PinAttempts() {
    }

    /** How long the next try must wait after {@code failures} wrong tries in a row (0: none). */
    public static long waitAfter(int failures) {
        if (failures < BACK_OFF_FROM || failures >= BLOCKED_AT) {
            return 0;
        }
        return FIRST_WAIT_MILLIS << (failures - BACK_OFF_FROM);
    }

    public static boolean blocked(int failures) {
        return failures >= BLOCKED_AT;
    }
}
