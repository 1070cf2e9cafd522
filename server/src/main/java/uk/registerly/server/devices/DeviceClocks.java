package uk.registerly.server.devices;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import uk.registerly.rules.time.ClockCheck;
import uk.registerly.rules.time.TrustedTime;
import uk.registerly.server.auth.Role;

/**
 * Each device's clock as the server last heard of it (the offset its newest pushed event carried), and
 * the events whose clock could not be verified (issue 12, item 1: "accepted but flagged 'clock
 * unverified' and listed for the office").
 */
public final class DeviceClocks {

    /** A device's clock: its latest offset (null: it has never reported one, it never synced) and when. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record DeviceClock(UUID deviceId, Role role, String name, String staffName, boolean revoked,
                              Long clockOffsetMs, Instant measuredAt, boolean clockVerified, long unverifiedEvents) {
    }

    /** An event whose clock is unverified: what the device said, what the server took, and why. */
    public record UnverifiedEvent(UUID id, UUID deviceId, String type, UUID pupil, Instant deviceTime,
                                  Instant trustedTime, Instant receivedAt, ClockCheck clockCheck, String explanation) {
    }

    /** The office's list: every device of the school, and the unverified events received from {@code from}. */
    public record ClockReport(LocalDate from, List<DeviceClock> devices, List<UnverifiedEvent> events, boolean hasMore) {
    }

    /** The most events listed at once (newest first). */
    public static final int MAX_EVENTS = 500;

    private DeviceClocks() {
    }

    /** Keeps {@code offsetMs} as the device's latest (nothing when the batch carried none). */
    public static void remember(Handle h, UUID deviceId, Long offsetMs, Instant receivedAt) {
        if (offsetMs == null) {
            return;
        }
        h.createUpdate("""
                        update devices set clock_offset_ms = :offset, clock_offset_at = :at
                        where id = :id and clock_offset_ms is distinct from :offset""")
                .bind("offset", offsetMs).bind("at", receivedAt).bind("id", deviceId)
                .execute();
    }

    /** The devices of {@code school} and its unverified events received on or after {@code from} (school-local). */
    public static ClockReport report(Handle h, UUID school, ZoneId zone, LocalDate from) {
        Instant since = from.atStartOfDay(zone).toInstant();
        List<DeviceRow> rows = h.createQuery("""
                        select d.id, d.role, d.name, s.name as staff_name, d.revoked, d.clock_offset_ms, d.clock_offset_at,
                               (select count(*) from events e where e.school_id = d.school_id and e.device_id = d.id
                                  and e.clock_check <> 'VERIFIED' and e.received_at >= :since) as unverified
                        from devices d left join staff s on s.id = d.staff_id
                        where d.school_id = :school order by d.enrolled_at, d.id""")
                .bind("school", school).bind("since", since)
                .map(ConstructorMapper.of(DeviceRow.class))
                .list();
        List<DeviceClock> devices = rows.stream().map(DeviceRow::clock).toList();
        List<EventRow> events = h.createQuery("""
                        select e.id, e.device_id, e.type, e.pupil_id, e.device_time, e.trusted_time, e.received_at,
                               e.clock_check
                        from events e
                        where e.school_id = :school and e.clock_check <> 'VERIFIED' and e.received_at >= :since
                        order by e.received_at desc, e.id
                        limit :n""")
                .bind("school", school).bind("since", since).bind("n", MAX_EVENTS + 1)
                .map(ConstructorMapper.of(EventRow.class))
                .list();
        boolean hasMore = events.size() > MAX_EVENTS;
        return new ClockReport(from, devices,
                events.stream().limit(MAX_EVENTS).map(EventRow::unverified).toList(), hasMore);
    }

    public record DeviceRow(UUID id, Role role, String name, String staffName, boolean revoked, Long clockOffsetMs,
                            Instant clockOffsetAt, long unverified) {
        DeviceClock clock() {
            boolean verified = clockOffsetMs != null
                    && Math.abs(clockOffsetMs) <= TrustedTime.MAX_VERIFIED_OFFSET.toMillis();
            return new DeviceClock(id, role, name, staffName, revoked, clockOffsetMs, clockOffsetAt, verified, unverified);
        }
    }

    public record EventRow(UUID id, UUID deviceId, String type, UUID pupilId, Instant deviceTime, Instant trustedTime,
                           Instant receivedAt, ClockCheck clockCheck) {
        UnverifiedEvent unverified() {
            return new UnverifiedEvent(id, deviceId, type, pupilId, deviceTime, trustedTime, receivedAt, clockCheck,
                    clockCheck.description());
        }
    }
}
