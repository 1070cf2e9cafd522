package uk.registerly.app.network;

import java.time.Clock;
import java.util.Arrays;
import java.util.Collections;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;
import javax.inject.Singleton;

import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;

/**
 * Retrofit clients for a server address. TLS only (modern and compatible TLS specs), unless the
 * address is an explicitly chosen local demo server. The client for the enrolled server is kept
 * until the address changes (re-enrolment).
 */
@Singleton
public class RegisterlyNetwork {
    private final DeviceIdentityStore identities;
    private final OkHttpClient baseClient;
    private RegisterlyNetworkApi cachedApi;
    private String cachedKey;

    @Inject
    public RegisterlyNetwork(DeviceIdentityStore identities, ServerClock serverClock, Clock clock) {
        this(identities, serverClock, clock, NetworkTimeouts.DEFAULT);
    }

    public RegisterlyNetwork(DeviceIdentityStore identities, ServerClock serverClock, Clock clock,
                             NetworkTimeouts timeouts) {
        this.identities = identities;
        this.baseClient = new OkHttpClient.Builder()
                .connectTimeout(timeouts.connect.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeouts.read.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(timeouts.read.toMillis(), TimeUnit.MILLISECONDS)
                .callTimeout(timeouts.call.toMillis(), TimeUnit.MILLISECONDS)
                // A retry is the sync engine's decision (push is idempotent), not OkHttp's.
                .retryOnConnectionFailure(false)
                // The server never redirects: a 3xx is a captive portal or a proxy, and following it
                // would turn a push into a GET of a sign-in page. It is seen as what it is: not the server.
                .followRedirects(false)
                .followSslRedirects(false)
                .addInterceptor(new AuthInterceptor(identities))
                .addInterceptor(new ServerTimeInterceptor(clock, serverClock))
                .build();
    }

    /** The enrolled server's API; throws when the device is not enrolled. */
    /** The enrolled device's role, or null while not enrolled: what the pull may keep (EventType.isHeldBy). */
    @androidx.annotation.Nullable
    public uk.registerly.app.security.DeviceIdentity.Role enrolledRole() {
        DeviceIdentity identity = identities.current();
        return identity == null ? null : identity.role();
    }

    public synchronized RegisterlyNetworkApi api() {
        DeviceIdentity identity = identities.current();
        if (identity == null) {
            throw new IllegalStateException("this device is not enrolled");
        }
        String key = identity.serverUrl() + '|' + identity.cleartextAllowed();
        if (!key.equals(cachedKey)) {
            cachedApi = apiFor(identity.serverUrl(), identity.cleartextAllowed());
            cachedKey = key;
        }
        return cachedApi;
    }

    /** Another set of the enrolled server's endpoints (e.g. {@link OfficeAccessApi}), on the same client. */
    public synchronized <T> T enrolled(Class<T> service) {
        DeviceIdentity identity = identities.current();
        if (identity == null) {
            throw new IllegalStateException("this device is not enrolled");
        }
        return retrofitFor(identity.serverUrl(), identity.cleartextAllowed()).create(service);
    }

    /** An API for a server that is not (yet) the enrolled one: enrolment and sign-in. */
    public RegisterlyNetworkApi apiFor(ServerAddress address) {
        return apiFor(address.url(), address.cleartext());
    }

    private RegisterlyNetworkApi apiFor(String baseUrl, boolean cleartext) {
        return retrofitFor(baseUrl, cleartext).create(RegisterlyNetworkApi.class);
    }

    private Retrofit retrofitFor(String baseUrl, boolean cleartext) {
        OkHttpClient client = baseClient.newBuilder()
                .connectionSpecs(cleartext
                        ? Arrays.asList(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT)
                        : Collections.singletonList(ConnectionSpec.MODERN_TLS))
                .build();
        return new Retrofit.Builder()
                .baseUrl(baseUrl)
                .client(client)
                .addConverterFactory(GsonConverterFactory.create())
                .build();
    }
}
