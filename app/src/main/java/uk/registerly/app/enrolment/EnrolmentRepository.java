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
        } catch (ServerAddress.Invalid e) {
            throw new EnrolmentException(e.reason == ServerAddress.Invalid.Reason.EMPTY
                    ? EnrolmentException.Problem.SERVER_MISSING
                    : e.reason == ServerAddress.Invalid.Reason.MALFORMED ? EnrolmentException.Problem.SERVER_INVALID
                    : EnrolmentException.Problem.SERVER_NOT_HTTPS, serverInput == null ? "" : serverInput.trim(), 0,
                    e.getMessage());
        }
        String trimmed = code == null ? "" : code.trim();
        if (trimmed.isEmpty()) {
            throw new EnrolmentException(parent ? EnrolmentException.Problem.INVITATION_MISSING
                    : EnrolmentException.Problem.CODE_MISSING, "no code");
        }
        RegisterlyNetworkApi api = network.apiFor(address);
        DeviceIdentity identity;
        String token;
        if (parent) {
            NetworkParentSignIn signedIn = body(call(address, () -> api.signIn(new NetworkSignInRequest(trimmed)).execute()),
                    true);
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
                    api.enrol(new NetworkEnrolmentRequest(trimmed, Build.MODEL)).execute()), false);
            DeviceIdentity.Role role;
            try {
                role = DeviceIdentity.Role.valueOf(enrolled.role);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new EnrolmentException(EnrolmentException.Problem.UNKNOWN_ROLE, String.valueOf(enrolled.role), 0,
                        "unknown role");
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

    /**
     * The answer's body, or why there is none. The server's messages are English, so the screen says
     * each in the reader's language by what the status means; the server's words stay in the detail.
     */
    private static <T> T body(Response<T> response, boolean invitation) throws EnrolmentException {
        if (response.isSuccessful() && response.body() != null) {
            return response.body();
        }
        NetworkError error = NetworkError.parse(response.errorBody());
        String detail = "HTTP " + response.code() + (error == null || error.message == null ? "" : ": " + error.message);
        switch (response.code()) {
            case 401:
                throw new EnrolmentException(invitation ? EnrolmentException.Problem.INVITATION_REFUSED
                        : EnrolmentException.Problem.CODE_REFUSED, detail);
            case 429:
                throw new EnrolmentException(EnrolmentException.Problem.TOO_MANY_ATTEMPTS, null,
                        error != null && error.retryAfterSeconds != null ? error.retryAfterSeconds : 60, detail);
            case 400:
                throw new EnrolmentException(EnrolmentException.Problem.CODE_NOT_ACCEPTED, detail);
            default:
                throw new EnrolmentException(EnrolmentException.Problem.SERVER_ERROR, null, response.code(), detail);
        }
    }

    private static <T> Response<T> call(ServerAddress address, Call<T> call) throws EnrolmentException {
        try {
            return call.execute();
        } catch (javax.net.ssl.SSLException e) {
            throw new EnrolmentException(EnrolmentException.Problem.SECURE_CONNECTION_FAILED, address.url(), 0,
                    e.toString());
        } catch (IOException e) {
            throw new EnrolmentException(EnrolmentException.Problem.UNREACHABLE, address.url(), 0, e.toString());
        } catch (RuntimeException e) {
            // Gson on an answer that is not the server's JSON (a captive portal's page, another web server).
            throw new EnrolmentException(EnrolmentException.Problem.NOT_REGISTERLY, address.url(), 0, e.toString());
        }
    }

    private interface Call<T> {
        Response<T> execute() throws IOException;
    }
}
