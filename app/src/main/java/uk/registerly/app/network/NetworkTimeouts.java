package uk.registerly.app.network;

import java.time.Duration;

/** How long a call may take before the sync gives up and retries later. */
public final class NetworkTimeouts {
    public static final NetworkTimeouts DEFAULT =
            new NetworkTimeouts(Duration.ofSeconds(15), Duration.ofSeconds(30), Duration.ofSeconds(60));

    public final Duration connect;
    public final Duration read;
    public final Duration call;

    public NetworkTimeouts(Duration connect, Duration read, Duration call) {
        this.connect = connect;
        this.read = read;
        this.call = call;
    }
}
