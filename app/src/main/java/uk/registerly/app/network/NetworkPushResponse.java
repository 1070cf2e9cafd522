package uk.registerly.app.network;

import java.util.List;

/** A push's answer: {@code results} in request order (also in a 422/403 error body). */
public final class NetworkPushResponse {
    public List<NetworkPushResult> results;
    public String serverTime;
}
