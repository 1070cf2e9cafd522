package uk.registerly.app.testing;

import com.google.gson.JsonObject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.JournalEventEntity;
import uk.registerly.app.data.journal.EventPayloads;
import uk.registerly.app.data.journal.EventType;
import uk.registerly.app.data.journal.JournalRows;
import uk.registerly.rules.calendar.Session;
import uk.registerly.rules.codes.AttendanceCode;

/**
 * Puts events into a device's journal as if a pull had brought them from other devices (origin
 * REMOTE), each stored a millisecond after the one before, so their order is the order written.
 * Times are London school-local, as facts record them.
 */
public final class PulledEvents {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final RegisterlyDatabase database;
    private long cursor;
    private long lastStoredAt;

    public PulledEvents(RegisterlyDatabase database) {
        this.database = database;
    }

    /** Any event written at {@code at} (school-local), as another device recorded it. */
    public JournalEventEntity add(EventType type, JsonObject payload, LocalDateTime at) {
        JournalRows.Keys keys = JournalRows.keysOf(type, payload);
        cursor++;
        // Pulled the moment it was written, and never before the previous one.
        Instant written = at.atZone(LONDON).toInstant();
        lastStoredAt = Math.max(lastStoredAt + 1, written.toEpochMilli());
        JournalEventEntity row = new JournalEventEntity(UUID.randomUUID().toString(), JournalEventEntity.REMOTE,
                cursor, type.name(), keys.pupilId, keys.factDate, keys.refId, payload.toString(),
                written.toString(), 0L, "1-" + cursor, lastStoredAt);
        database.journal().insertIfAbsent(row);
        return row;
    }

    /** A teacher's register mark, taken at 08:55 (AM) or 13:10 (PM) that day. */
    public JournalEventEntity mark(String pupil, LocalDate date, Session session, AttendanceCode code) {
        LocalDateTime at = date.atTime(session == Session.AM ? 8 : 13, session == Session.AM ? 55 : 10);
        return add(EventType.REGISTER_MARK, EventPayloads.registerMark(pupil, date, session, code, at), at);
    }

    /** The same mark for both sessions of every weekday from {@code from} to {@code to}. */
    public void markDays(String pupil, LocalDate from, LocalDate to, AttendanceCode am, AttendanceCode pm) {
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (day.getDayOfWeek().getValue() <= 5) {
                mark(pupil, day, Session.AM, am);
                mark(pupil, day, Session.PM, pm);
            }
        }
    }
}
