package uk.registerly.app.enrolment;

import android.os.Build;

import androidx.annotation.WorkerThread;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Singleton;

import retrofit2.Response;
import uk.registerly.app.network.NetworkEnrolment;
import uk.registerly.app.network.NetworkEnrolmentRequest;
import uk.registerly.app.network.NetworkError;
import uk.registerly.app.network.NetworkParentSignIn;
import uk.registerly.app.network.NetworkSignInRequest;
import uk.registerly.app.network.RegisterlyNetwork;
import uk.registerly.app.network.RegisterlyNetworkApi;
import uk.registerly.app.network.ServerAddress;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.sync.SyncScheduler;
import uk.registerly.app.sync.SyncStatusRepository;

/**
 * Enrols this device with a staff enrolment code, or signs a parent in with an invitation code,
 * stores the identity and token under the Keystore, and starts syncing (the first pull brings the
 * roster; facts kept from a revoked enrolment go out under their original ids).
 */
@Singleton
public class EnrolmentRepository {
    private final RegisterlyNetwork network;
    private final DeviceIdentityStore identities;
    private final SyncScheduler scheduler;
    private final SyncStatusRepository status;

    @Inject
    public EnrolmentRepository(RegisterlyNetwork network, DeviceIdentityStore identities, SyncScheduler scheduler,
                               SyncStatusRepository status) {
        this.network = network;
        this.identities = identities;
        this.scheduler = scheduler;
        this.status = status;
    }

    /**
     * @param parent true: {@code code} is a parent's invitation code
     * @param demoServer the explicit choice of a local demo server over plain HTTP
     */
    @WorkerThread
    public DeviceIdentity enrol(String serverInput, boolean demoServer, String code, boolean parent)
            throws EnrolmentException {
        ServerAddress address;
        try {
            address = ServerAddress.parse(serverInput, demoServer);
        } catch (IllegalArgumentException e) {
            throw new EnrolmentException(EnrolmentException.Field.SERVER, e.getMessage());
        }
        String trimmed = code == null ? "" : code.trim();
        if (trimmed.isEmpty()) {
            throw new EnrolmentException(EnrolmentException.Field.CODE, parent
                    ? "Enter the invitation code from the school's letter." : "Enter the enrolment code from the school office.");
        }
        RegisterlyNetworkApi api = network.apiFor(address);
        DeviceIdentity identity;
        String token;
        if (parent) {
            NetworkParentSignIn signedIn = body(call(address, () -> api.signIn(new NetworkSignInRequest(trimmed)).execute()));
            Map<String, String> children = new HashMap<>();
            if (signedIn.children != null) {
                for (NetworkParentSignIn.Child child : signedIn.children) {
                    children.put(child.id, child.schoolId);
                }
            }
            identity = new DeviceIdentity(address.url(), address.cleartext(), DeviceIdentity.Role.PARENT,
                    signedIn.parentId, null, null, null, null, children);
            token = signedIn.token;
        } else {
            NetworkEnrolment enrolled = body(call(address, () ->
                    api.enrol(new NetworkEnrolmentRequest(trimmed, Build.MODEL)).execute()));
            DeviceIdentity.Role role;
            try {
                role = DeviceIdentity.Role.valueOf(enrolled.role);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new EnrolmentException(EnrolmentException.Field.GENERAL,
                        "The server gave this device a role the app does not know (" + enrolled.role + ").");
            }
            identity = new DeviceIdentity(address.url(), address.cleartext(), role, enrolled.deviceId,
                    enrolled.school == null ? null : enrolled.school.id,
                    enrolled.school == null ? null : enrolled.school.name,
                    enrolled.staff == null ? null : enrolled.staff.id,
                    enrolled.staff == null ? null : enrolled.staff.name + ", " + enrolled.staff.position,
                    new HashMap<>());
            token = enrolled.token;
        }
        identities.save(identity, token);
        status.clearRevoked();
        scheduler.schedulePeriodic();
        scheduler.syncNow();
        return identity;
    }

    private static <T> T body(Response<T> response) throws EnrolmentException {
        if (response.isSuccessful() && response.body() != null) {
            return response.body();
        }
        NetworkError error = NetworkError.parse(response.errorBody());
        String message = error == null || error.message == null ? null : error.message;
        switch (response.code()) {
            case 401:
                throw new EnrolmentException(EnrolmentException.Field.CODE,
                        message != null ? capitalise(message) + "." : "This code is unknown, used or expired.");
            case 429:
                throw new EnrolmentException(EnrolmentException.Field.GENERAL, "Too many attempts. Try again in "
                        + (error != null && error.retryAfterSeconds != null ? error.retryAfterSeconds : 60) + " seconds.");
            case 400:
                throw new EnrolmentException(EnrolmentException.Field.CODE,
                        message != null ? capitalise(message) + "." : "The code was not accepted.");
            default:
                throw new EnrolmentException(EnrolmentException.Field.GENERAL,
                        "The server could not enrol this device (HTTP " + response.code() + "). Try again later.");
        }
    }

    private static <T> Response<T> call(ServerAddress address, Call<T> call) throws EnrolmentException {
        try {
            return call.execute();
        } catch (javax.net.ssl.SSLException e) {
            throw new EnrolmentException(EnrolmentException.Field.SERVER, "A secure connection to " + address.url()
                    + " failed. Check the address (a local demo server needs the demo option).");
        } catch (IOException e) {
            throw new EnrolmentException(EnrolmentException.Field.SERVER, "Cannot reach the server at " + address.url()
                    + ". Check the address and the network.");
        } catch (RuntimeException e) {
            throw new EnrolmentException(EnrolmentException.Field.SERVER,
                    "The address " + address.url() + " did not answer like a Registerly server.");
        }
    }

    private static String capitalise(String message) {
        String text = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private interface Call<T> {
        Response<T> execute() throws IOException;
    }
}
