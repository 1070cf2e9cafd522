package uk.registerly.app.network;

import androidx.annotation.NonNull;

import java.io.IOException;

import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import uk.registerly.app.security.DeviceIdentityStore;

/** Adds the device's bearer token, read from the Keystore-protected store at each call (never logged). */
final class AuthInterceptor implements Interceptor {
    private final DeviceIdentityStore identities;

    AuthInterceptor(DeviceIdentityStore identities) {
        this.identities = identities;
    }

    @NonNull
    @Override
    public Response intercept(@NonNull Chain chain) throws IOException {
        Request request = chain.request();
        String token = identities.token();
        if (token == null || request.header("Authorization") != null) {
            return chain.proceed(request);
        }
        return chain.proceed(request.newBuilder().header("Authorization", "Bearer " + token).build());
    }
}
