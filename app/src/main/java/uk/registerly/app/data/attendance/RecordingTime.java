package uk.registerly.app.data.attendance;

import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The one time source a register write and its recording check read: when the fact is recorded and
 * what "now" is when the rules judge it (before or after the register closed). Today the device's
 * clock ({@link DeviceRecordingTime}); the trusted clock (the device's clock corrected by its measured
 * offset to the server, issue 12 item 1) replaces it by binding another implementation in
 * {@code di/RecordingTimeModule}.
 */
public interface RecordingTime {
    /** School-local wall-clock time now in {@code schoolZone}, as facts record it and the rules take it. */
    LocalDateTime localNow(ZoneId schoolZone);
}
