package uk.registerly.app.network;

import java.util.List;

/** {@code POST /api/v1/sync/push} body: 1 to 1000 events. */
public final class NetworkPushRequest {
    public final List<NetworkEvent> events;

    public NetworkPushRequest(List<NetworkEvent> events) {
        this.events = events;
    }
}
