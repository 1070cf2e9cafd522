package uk.registerly.app.sync;

import uk.registerly.app.data.db.dao.DeviceSettingDao;
import uk.registerly.app.data.db.entity.DeviceSettingEntity;

/**
 * Strikes against events the server failed on (its own {@code internal_error}) when sent alone
 * while it stored others in the same pass: evidence that this event, not the server, is the fault.
 * Counted across passes in the device settings, so a restart does not reset the count, and an
 * event is quarantined only after {@link #STRIKES} such passes — a server failing for a few
 * minutes for everyone never costs an event.
 */
final class PoisonEvents {
    /** Passes in which the event alone failed while others were stored. */
    static final int STRIKES = 3;
    private static final String KEY = "sync.poison.";

    private final DeviceSettingDao settings;

    PoisonEvents(DeviceSettingDao settings) {
        this.settings = settings;
    }

    /** Adds a strike; true when the event has now failed {@link #STRIKES} times and is quarantined. */
    boolean strike(String eventId, long nowMillis) {
        DeviceSettingEntity setting = settings.get(KEY + eventId);
        int strikes = (setting == null ? 0 : Integer.parseInt(setting.value)) + 1;
        if (strikes >= STRIKES) {
            settings.remove(KEY + eventId);
            return true;
        }
        settings.put(new DeviceSettingEntity(KEY + eventId, Integer.toString(strikes), nowMillis));
        return false;
    }

    int strikesOf(String eventId) {
        DeviceSettingEntity setting = settings.get(KEY + eventId);
        return setting == null ? 0 : Integer.parseInt(setting.value);
    }
}
