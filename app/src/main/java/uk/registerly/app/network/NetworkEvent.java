package uk.registerly.app.network;

import com.google.gson.JsonObject;

/** The event envelope a device pushes (sync-protocol §4). */
public final class NetworkEvent {
    public final String id;
    public final long deviceSeq;
    public final String type;
    public final String deviceTime;
    public final Long clockOffsetMs;
    public final JsonObject payload;
    /** Who was signed in with their staff PIN (left out of the JSON when null: nobody was). */
    public final String staffId;

    public NetworkEvent(String id, long deviceSeq, String type, String deviceTime, Long clockOffsetMs,
                        JsonObject payload) {
        this(id, deviceSeq, type, deviceTime, clockOffsetMs, payload, null);
    }

    public NetworkEvent(String id, long deviceSeq, String type, String deviceTime, Long clockOffsetMs,
                        JsonObject payload, String staffId) {
        this.id = id;
        this.deviceSeq = deviceSeq;
        this.type = type;
        this.deviceTime = deviceTime;
        this.clockOffsetMs = clockOffsetMs;
        this.payload = payload;
        this.staffId = staffId;
    }
}
