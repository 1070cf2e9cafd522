package uk.registerly.rules.time;

/**
 * How far an event's time can be trusted: only {@link #VERIFIED} means the device's clock was known to
 * be within {@link TrustedTime#MAX_VERIFIED_OFFSET} of the server's. Every other value is "clock
 * unverified": the event is kept (nothing is lost) and listed for the office.
 */
public enum ClockCheck {
    /** The device measured its offset to the server and it was within 2 minutes. */
    VERIFIED("the device's clock was checked against the server's"),
    /** The device had not measured its offset (it had never synced): its own clock is taken as it is. */
    OFFSET_UNKNOWN("the device's clock had never been checked against the server's"),
    /** The device's clock was more than 2 minutes off: its time is corrected by the measured offset. */
    OFFSET_TOO_LARGE("the device's clock was more than 2 minutes off the server's (corrected)"),
    /**
     * The device time cannot be right (more than a day from when the server received it, or outside the
     * years 1-9999 a database stores): the time the server received the event is taken instead.
     */
    IMPLAUSIBLE("the device's clock gave an impossible time; the time the server received it is used");

    private final String description;

    ClockCheck(String description) {
        this.description = description;
    }

    public boolean isVerified() {
        return this == VERIFIED;
    }

    /** One sentence for a person (the office's list of unverified clocks). */
    public String description() {
        return description;
    }
}
