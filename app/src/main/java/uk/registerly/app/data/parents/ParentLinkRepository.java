package uk.registerly.app.data.parents;

import androidx.annotation.WorkerThread;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.inject.Inject;
import javax.inject.Singleton;

import retrofit2.Response;

import uk.registerly.app.data.db.RegisterlyDatabase;
import uk.registerly.app.data.db.entity.PullCursorEntity;
import uk.registerly.app.network.NetworkClaim;
import uk.registerly.app.network.NetworkError;
import uk.registerly.app.network.NetworkParentSignIn;
import uk.registerly.app.network.NetworkSignInRequest;
import uk.registerly.app.network.RegisterlyNetwork;
import uk.registerly.app.security.DeviceIdentity;
import uk.registerly.app.security.DeviceIdentityStore;
import uk.registerly.app.sync.SyncScheduler;

/**
 * A signed-in parent links further children with another invitation code from the school
 * ({@code POST /api/v1/parents/claim}): a second child, or a child at another school. The answer
 * lists every linked child with its school, which becomes the phone's list of children; the
 * phone then pulls again from the start, as the protocol asks, to receive the new children's
 * history. Needs the network (a code is checked by the server); nothing else here does.
 */
@Singleton
public class ParentLinkRepository {
    private final RegisterlyNetwork network;
    private final DeviceIdentityStore identities;
    private final RegisterlyDatabase database;
    private final SyncScheduler scheduler;
    private final ParentChildren parentChildren;

    @Inject
    public ParentLinkRepository(RegisterlyNetwork network, DeviceIdentityStore identities, RegisterlyDatabase database,
                                SyncScheduler scheduler, ParentChildren parentChildren) {
        this.network = network;
        this.identities = identities;
        this.database = database;
        this.scheduler = scheduler;
        this.parentChildren = parentChildren;
    }

    /** @return how many children are linked now */
    @WorkerThread
    public int link(String invitationCode) throws ParentLinkException {
        String code = invitationCode == null ? "" : invitationCode.trim();
        if (code.isEmpty()) {
            throw new ParentLinkException(ParentLinkException.Problem.EMPTY_CODE,
                    "Enter the invitation code from the school's letter.", null);
        }
        DeviceIdentity identity = identities.current();
        String token = identities.token();
        if (identity == null || token == null || identity.role() != DeviceIdentity.Role.PARENT) {
            throw new IllegalStateException("only a signed-in parent links children");
        }
        Response<NetworkClaim> response;
        try {
            response = network.api().claim(new NetworkSignInRequest(code)).execute();
        } catch (IOException | RuntimeException e) {
            throw new ParentLinkException(ParentLinkException.Problem.NO_CONNECTION,
                    "No connection to the school's server (" + e.getClass().getSimpleName() + ").", null);
        }
        NetworkClaim claim = response.body();
        if (!response.isSuccessful() || claim == null || claim.children == null) {
            throw failure(response);
        }
        Map<String, String> children = new LinkedHashMap<>();
        for (NetworkParentSignIn.Child child : claim.children) {
            children.put(child.id, child.schoolId);
        }
        identities.save(new DeviceIdentity(identity.serverUrl(), identity.cleartextAllowed(), identity.role(),
                identity.deviceId(), identity.schoolId(), identity.schoolName(), identity.staffId(),
                identity.staffSignature(), children), token);
        parentChildren.linksChanged();
        if (claim.pullFromStart) {
            // The new children's earlier marks lie behind the cursor; pulling again skips what the phone has.
            database.pullCursor().put(PullCursorEntity.of("0"));
        }
        scheduler.syncNow();
        return children.size();
    }

    private static ParentLinkException failure(Response<?> response) {
        NetworkError error = NetworkError.parse(response.errorBody());
        String message = error == null || error.message == null ? "HTTP " + response.code() : error.message;
        // The server's own codes only: "invalid_code" is a wrong, used or expired code; a revoked phone
        // is the next sync's to handle; a proxy's bare 400 or 401 is a fault on the way, not a bad code.
        boolean badCode = error != null && (error.is(NetworkError.BAD_REQUEST) || error.is("invalid_code"));
        if (badCode) {
            return new ParentLinkException(ParentLinkException.Problem.INVALID_CODE, message, null);
        }
        switch (response.code()) {
            case 429:
                return new ParentLinkException(ParentLinkException.Problem.TOO_MANY_ATTEMPTS, message,
                        error == null ? null : error.retryAfterSeconds);
            default:
                return new ParentLinkException(ParentLinkException.Problem.SERVER_ERROR, message, null);
        }
    }
}
