package uk.registerly.rules.time;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When an event happened by the server's clock, not the tablet's: the device time corrected by the
 * device's measured offset to the server ({@code clockOffsetMs} = server time - device time, measured on
 * every response and recorded with each event). Every rules decision that depends on the time of an
 * event (L or U, before or after the register closed, the latest mark) is given this time, on the server
 * and on the device alike. Immutable and thread-safe.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li>a device time outside the years 1-9999, or one the offset moves out of them, is implausible;</li>
 *   <li>with the receipt time known (on the server): a corrected time more than a day after receipt is
 *       implausible, and so is an uncorrected time (offset unknown) more than a day before it. A time
 *       corrected by a measured offset may be older: an outbox kept offline over a weekend still carries
 *       Friday's register, taken on Friday;</li>
 *   <li>an implausible time is replaced by the receipt time ({@link ClockCheck#IMPLAUSIBLE}); without a
 *       receipt time (on the device) the device time is kept, flagged the same way;</li>
 *   <li>nothing is recorded after it was received: a corrected time later than the receipt time is the
 *       receipt time (a slow-to-sync tablet whose clock runs fast cannot push a mark past the close);</li>
 *   <li>the clock is verified only when the offset is known and at most 2 minutes.</li>
 * </ol>
 */
public final class TrustedTime {
    /** Schools in England keep Europe/London time: GMT, and BST from the last Sunday of March to the last of October. */
    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    /** A device clock further off than this is "clock unverified" (issue 12, item 1). */
    public static final Duration MAX_VERIFIED_OFFSET = Duration.ofMinutes(2);
    /** A device time further than this from its receipt is not believed (issue 12, item 8). */
    public static final Duration MAX_PLAUSIBLE_DISTANCE = Duration.ofDays(1);
    /** The earliest time a database column stores as written by the server (ISO year 1). */
    public static final Instant EARLIEST_STORABLE = Instant.parse("0001-01-01T00:00:00Z");
    /** The latest time a database column stores as written by the server (ISO year 9999). */
    public static final Instant LATEST_STORABLE = Instant.parse("9999-12-31T23:59:59.999999Z");

    private final Instant instant;
    private final ClockCheck check;
    private final Instant deviceTime;
    private final Long offsetMs;
    private final Instant receivedAt;

    private TrustedTime(Instant instant, ClockCheck check, Instant deviceTime, Long offsetMs, Instant receivedAt) {
        this.instant = instant;
        this.check = check;
        this.deviceTime = deviceTime;
        this.offsetMs = offsetMs;
        this.receivedAt = receivedAt;
    }

    /**
     * @param deviceTime the event's time by the device's own clock
     * @param offsetMs the device's last measured offset (server - device) when it recorded the event;
     *     null when it had none (a device that has never synced)
     * @param receivedAt when the server received the event; null on the device, which has nothing
     *     better than its own clock
     */
    public static TrustedTime of(Instant deviceTime, Long offsetMs, Instant receivedAt) {
        Objects.requireNonNull(deviceTime, "deviceTime");
        if (!isStorable(deviceTime)) {
            return implausible(deviceTime, offsetMs, receivedAt);
        }
        Instant corrected;
        try {
            corrected = offsetMs == null ? deviceTime : deviceTime.plusMillis(offsetMs);
        } catch (DateTimeException | ArithmeticException e) {
            return implausible(deviceTime, offsetMs, receivedAt);
        }
        if (!isStorable(corrected)) {
            return implausible(deviceTime, offsetMs, receivedAt);
        }
        ClockCheck check = offsetMs == null ? ClockCheck.OFFSET_UNKNOWN
                : Math.abs(offsetMs) > MAX_VERIFIED_OFFSET.toMillis() ? ClockCheck.OFFSET_TOO_LARGE : ClockCheck.VERIFIED;
        if (receivedAt != null) {
            Duration afterReceipt = Duration.between(receivedAt, corrected);
            if (afterReceipt.compareTo(MAX_PLAUSIBLE_DISTANCE) > 0
                    || offsetMs == null && afterReceipt.negated().compareTo(MAX_PLAUSIBLE_DISTANCE) > 0) {
                return implausible(deviceTime, offsetMs, receivedAt);
            }
            if (corrected.isAfter(receivedAt)) {
                corrected = receivedAt;
            }
        }
        return new TrustedTime(corrected, check, deviceTime, offsetMs, receivedAt);
    }

    /** The same, for a device time given with its offset from UTC (as JSON carries it). */
    public static TrustedTime of(OffsetDateTime deviceTime, Long offsetMs, Instant receivedAt) {
        return of(Objects.requireNonNull(deviceTime, "deviceTime").toInstant(), offsetMs, receivedAt);
    }

    /** On the device: its clock now, corrected by its last measured offset (null: never measured). */
    public static TrustedTime now(Clock deviceClock, Long offsetMs) {
        return of(deviceClock.instant(), offsetMs, null);
    }

    private static TrustedTime implausible(Instant deviceTime, Long offsetMs, Instant receivedAt) {
        return new TrustedTime(receivedAt != null ? receivedAt : deviceTime, ClockCheck.IMPLAUSIBLE, deviceTime, offsetMs,
                receivedAt);
    }

    /** Whether a database column can hold {@code time} as the server writes it (ISO years 1-9999). */
    public static boolean isStorable(Instant time) {
        return !time.isBefore(EARLIEST_STORABLE) && !time.isAfter(LATEST_STORABLE);
    }

    /** The trusted time. */
    public Instant instant() {
        return instant;
    }

    /** The trusted time as a school's wall clock shows it (for the rules: facts' {@code at}). */
    public LocalDateTime localTime(ZoneId schoolZone) {
        return LocalDateTime.ofInstant(instant, schoolZone);
    }

    /** The school day the trusted time falls on. */
    public LocalDate localDate(ZoneId schoolZone) {
        return localTime(schoolZone).toLocalDate();
    }

    public ClockCheck clockCheck() {
        return check;
    }

    /** False means "clock unverified": keep the event, flag it, list it for the office. */
    public boolean isClockVerified() {
        return check.isVerified();
    }

    /** Whether the trusted time is the receipt time rather than the device's (corrected) own. */
    public boolean isReceiptTime() {
        return receivedAt != null && instant.equals(receivedAt);
    }

    /** The device's own time, as it was sent. */
    public Instant deviceTime() {
        return deviceTime;
    }

    /** The offset applied, or null when the device had none. */
    public Long offsetMs() {
        return offsetMs;
    }

    /** When the server received the event, or null (on the device). */
    public Instant receivedAt() {
        return receivedAt;
    }

    /**
     * Another time the same device recorded on the same clock (a payload's local {@code at}, in the
     * school's zone), corrected the same way: shifted by {@code trusted - device}, never past the
     * receipt time. For an implausible clock, the trusted time itself.
     */
    public LocalDateTime correct(LocalDateTime deviceLocalTime, ZoneId schoolZone) {
        if (check == ClockCheck.IMPLAUSIBLE) {
            return localTime(schoolZone);
        }
        Instant shifted;
        try {
            shifted = ZonedDateTime.of(deviceLocalTime, schoolZone).toInstant()
                    .plus(Duration.between(deviceTime, instant));
        } catch (DateTimeException | ArithmeticException e) {
            return localTime(schoolZone);
        }
        if (!isStorable(shifted)) {
            return localTime(schoolZone);
        }
        if (receivedAt != null && shifted.isAfter(receivedAt)) {
            shifted = receivedAt;
        }
        return LocalDateTime.ofInstant(shifted, schoolZone);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof TrustedTime)) {
            return false;
        }
        TrustedTime t = (TrustedTime) o;
        return instant.equals(t.instant) && check == t.check && deviceTime.equals(t.deviceTime)
                && Objects.equals(offsetMs, t.offsetMs) && Objects.equals(receivedAt, t.receivedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(instant, check, deviceTime, offsetMs, receivedAt);
    }

    @Override
    public String toString() {
        return instant + " (" + check + ", device " + deviceTime + (offsetMs == null ? "" : " " + offsetMs + " ms")
                + (receivedAt == null ? "" : ", received " + receivedAt) + ")";
    }
}
