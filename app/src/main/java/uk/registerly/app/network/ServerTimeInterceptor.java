package uk.registerly.app.network;

import androidx.annotation.NonNull;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Measures the device clock against {@code X-Server-Time} on every response, errors included
 * (sync-protocol §3). Both device readings come from the app's clock, the one events are stamped with.
 */
final class ServerTimeInterceptor implements Interceptor {
    private final Clock clock;
    private final ServerClock serverClock;

    ServerTimeInterceptor(Clock clock, ServerClock serverClock) {
        this.clock = clock;
        this.serverClock = serverClock;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        long sent = clock.millis();
        Response response = chain.proceed(chain.request());
        long received = clock.millis();
        String header = response.header("X-Server-Time");
        if (header != null) {
            try {
                serverClock.record(sent, received, Instant.parse(header));
            } catch (DateTimeParseException ignored) {
                // Not our server's header (a captive portal, a proxy): nothing to learn from it.
            }
        }
        return response;
    }
}
