package uk.registerly.server.ratelimit;

import io.javalin.http.Context;
import java.util.List;

/**
 * Who is asking, as a rate limit keys it: the socket's peer, unless that peer is a trusted proxy, in
 * which case the right-most X-Forwarded-For entry that is not itself a trusted proxy (entries further left
 * were written by the client and prove nothing). Without trusted proxies the header is ignored, so a
 * client cannot pick its own bucket. The audit log records the same address: {@link #resolveOnEveryRequest}
 * works it out once per request and {@link #of(Context)} reads it back.
 */
public final class ClientAddress {

    private static final String ATTRIBUTE = "registerly.clientAddress";

    private ClientAddress() {
    }

    /** A before-handler that resolves the request's client address once, for limits and the audit log alike. */
    public static io.javalin.http.Handler resolveOnEveryRequest(TrustedProxies proxies) {
        return ctx -> ctx.attribute(ATTRIBUTE, of(ctx, proxies));
    }

    /**
     * The request's client address as {@link #resolveOnEveryRequest} resolved it (the socket's peer if no
     * such handler ran, which a trusted-proxy set-up never has: the server always installs it).
     */
    public static String of(Context ctx) {
        String resolved = ctx.attribute(ATTRIBUTE);
        return resolved != null ? resolved : ctx.req().getRemoteAddr();
    }

    public static String of(Context ctx, TrustedProxies proxies) {
        return of(ctx.req().getRemoteAddr(), ctx.req().getHeaders("X-Forwarded-For") == null
                ? List.of() : java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For")), proxies);
    }

    /** {@code forwardedFor}: every X-Forwarded-For header in order (each may hold a comma-separated list). */
    static String of(String peer, List<String> forwardedFor, TrustedProxies proxies) {
        if (proxies.isEmpty() || !proxies.trusts(peer)) {
            return peer;
        }
        String client = peer;
        for (int h = forwardedFor.size() - 1; h >= 0; h--) {
            String[] hops = forwardedFor.get(h).split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].trim();
                if (TrustedProxies.literal(hop) == null) {
                    return client; // not an address: stop at the last one believed
                }
                client = hop;
                if (!proxies.trusts(hop)) {
                    return hop;
                }
            }
        }
        return client;
    }
}
