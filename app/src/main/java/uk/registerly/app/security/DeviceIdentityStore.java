package uk.registerly.app.security;

import androidx.annotation.Nullable;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.reflect.TypeToken;

import java.util.HashMap;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Singleton;

/**
 * Keeps the enrolled identity and the bearer token in the {@link SecretStore}. The token is shown
 * by the server once and never logged; {@link #forget()} drops both (revocation).
 */
@Singleton
public class DeviceIdentityStore {
    static final String IDENTITY = "device.identity";
    static final String TOKEN = "device.token";

    private final SecretStore secrets;
    private final Gson gson = new Gson();
    private volatile DeviceIdentity cached;

    @Inject
    public DeviceIdentityStore(SecretStore secrets) {
        this.secrets = secrets;
    }

    public synchronized void save(DeviceIdentity identity, String token) {
        JsonObject json = new JsonObject();
        json.addProperty("serverUrl", identity.serverUrl());
        json.addProperty("cleartextAllowed", identity.cleartextAllowed());
        json.addProperty("role", identity.role().name());
        json.addProperty("deviceId", identity.deviceId());
        json.addProperty("schoolId", identity.schoolId());
        json.addProperty("schoolName", identity.schoolName());
        json.addProperty("staffId", identity.staffId());
        json.addProperty("staffSignature", identity.staffSignature());
        json.add("childSchools", gson.toJsonTree(identity.childSchools()));
        // Token first: an identity without its token would look enrolled but could never sync.
        secrets.put(TOKEN, token);
        secrets.put(IDENTITY, gson.toJson(json));
        cached = identity;
    }

    /** The enrolled identity, or null before enrolment (and after revocation). */
    @Nullable
    public DeviceIdentity current() {
        DeviceIdentity identity = cached;
        if (identity != null) {
            return identity;
        }
        synchronized (this) {
            String stored = secrets.get(IDENTITY);
            if (stored == null || secrets.get(TOKEN) == null) {
                return null;
            }
            JsonObject json = gson.fromJson(stored, JsonObject.class);
            Map<String, String> children = json.has("childSchools")
                    ? gson.fromJson(json.get("childSchools"), new TypeToken<Map<String, String>>() { }.getType())
                    : new HashMap<>();
            cached = new DeviceIdentity(json.get("serverUrl").getAsString(),
                    json.get("cleartextAllowed").getAsBoolean(),
                    DeviceIdentity.Role.valueOf(json.get("role").getAsString()),
                    json.get("deviceId").getAsString(), text(json, "schoolId"), text(json, "schoolName"),
                    text(json, "staffId"), text(json, "staffSignature"), children);
            return cached;
        }
    }

    @Nullable
    public String token() {
        return secrets.get(TOKEN);
    }

    public synchronized void forget() {
        secrets.remove(TOKEN);
        secrets.remove(IDENTITY);
        cached = null;
    }

    @Nullable
    private static String text(JsonObject json, String field) {
        return json.has(field) && !json.get(field).isJsonNull() ? json.get(field).getAsString() : null;
    }
}
