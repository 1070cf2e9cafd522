package uk.registerly.app.sync;

import com.google.gson.Gson;


import uk.registerly.app.data.db.dao.DeviceSettingDao;
import uk.registerly.app.data.db.entity.DeviceSettingEntity;
import uk.registerly.app.network.NetworkPullResponse;

/**
 * Roster rows of a kind this version does not know (a newer server's), kept raw — the whole change
 * as served, the latest per kind and id — so the pull's cursor can move past them without losing
 * them, and a version that knows the kind can apply them. Kept among the device settings (keys
 * {@code roster.raw.KIND.ID}): no schema change is needed to hold a kind nobody can read yet.
 */
final class RawRosterRows {
    static final String PREFIX = "roster.raw.";

    private final DeviceSettingDao settings;

    RawRosterRows(DeviceSettingDao settings) {
        this.settings = settings;
    }

    void keep(NetworkPullResponse.RosterChange change, long nowMillis) {
        settings.put(new DeviceSettingEntity(PREFIX + change.kind + "." + change.id, new Gson().toJson(change), nowMillis));
    }

    /** The kept row of a kind and id, as served (JSON), or null. */
    String kept(String kind, String id) {
        DeviceSettingEntity setting = settings.get(PREFIX + kind + "." + id);
        return setting == null ? null : setting.value;
    }
}
