package uk.registerly.app.sync;

import androidx.annotation.WorkerThread;

import java.util.Base64;

import javax.inject.Inject;
import javax.inject.Singleton;

import retrofit2.Response;
import uk.registerly.app.data.evidence.EvidenceStore;
import uk.registerly.app.network.NetworkError;
import uk.registerly.app.network.NetworkEvidenceUpload;
import uk.registerly.app.network.NetworkEvidenceUploaded;
import uk.registerly.app.network.RegisterlyNetworkApi;

/**
 * Uploads the photos waiting on a parent's phone before the push that may name them
 * (sync-protocol §4: the server accepts a report only with evidence it already holds). A retried
 * upload of the same photo is answered 200, so a lost answer is harmless. A photo the server can
 * never take (not this parent's child, a clash) is dropped, so it cannot hold up the reports; the
 * report naming it is then rejected with a reason the parent sees.
 */
@Singleton
public class EvidenceUploader {
    /** The server's own codes for a photo it will never take (not this parent's child, a clash, malformed). */
    private static final java.util.Set<String> NEVER_TAKEN = new java.util.HashSet<>(java.util.Arrays.asList(
            NetworkError.BAD_REQUEST, NetworkError.FORBIDDEN, NetworkError.NOT_FOUND, NetworkError.CONFLICT,
            NetworkError.PAYLOAD_TOO_LARGE));

    private final EvidenceStore store;

    @Inject
    public EvidenceUploader(EvidenceStore store) {
        this.store = store;
    }

    /** @throws SyncFailure when the network or the server fails: the push waits for the next pass */
    @WorkerThread
    void uploadPending(RegisterlyNetworkApi api) throws SyncFailure, Revoked {
        for (String id : store.pending()) {
            EvidenceStore.Photo photo = store.read(id);
            if (photo == null) {
                continue;
            }
            NetworkEvidenceUpload upload = new NetworkEvidenceUpload(photo.id, photo.pupilId,
                    EvidenceStore.CONTENT_TYPE, Base64.getEncoder().encodeToString(photo.jpeg));
            Response<NetworkEvidenceUploaded> response = ServerAnswers.call(() -> api.uploadEvidence(upload).execute());
            if (response.isSuccessful() && ServerAnswers.isServersJson(response)) {
                store.remove(id);
                continue;
            }
            NetworkError error = response.isSuccessful() ? null : NetworkError.parse(response.errorBody());
            if (error == null) {
                // A proxy's 413 or 401, a portal's page: the photo waits, whole, for the next pass.
                throw ServerAnswers.notTheServer("photo upload", response);
            }
            if (error.is(NetworkError.DEVICE_REVOKED)) {
                throw new Revoked();
            }
            if (NEVER_TAKEN.contains(error.error)) {
                store.remove(id);
            } else {
                throw ServerAnswers.failure("photo upload", response.code(), error);
            }
        }
    }
}
