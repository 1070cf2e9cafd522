package uk.registerly.app.network;

import com.google.gson.JsonObject;

import java.util.List;

/** One page of a pull (sync-protocol §6). */
public final class NetworkPullResponse {
    public List<Event> events;
    public List<RosterChange> roster;
    public String next;
    public boolean hasMore;
    public String serverTime;

    public static final class Event {
        public String cursor;
        public String id;
        public String type;
        public String pupil;
        public String deviceId;
        public long deviceSeq;
        public String deviceTime;
        public String receivedAt;
        public JsonObject payload;
        /** Who was signed in on the writing tablet, when it said (sync-protocol §4). */
        public String staffId;
    }

    public static final class RosterChange {
        public String cursor;
        public String kind;
        public String id;
        public String changedAt;
        public JsonObject data;
    }
}
