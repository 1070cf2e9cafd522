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
    private final EvidenceStore store;

    @Inject
    public EvidenceUploader(EvidenceStore store) {
        this.store = store;
    }

    /** @throws SyncFailure when the network or the server fails: the push waits for the next pass */
    @WorkerThread
    void uploadPending(RegisterlyNetworkApi api) throws SyncFailure, SyncEngine.Revoked {
        for (String id : store.pending()) {
            EvidenceStore.Photo photo = store.read(id);
            if (photo == null) {
                continue;
            }
            NetworkEvidenceUpload upload = new NetworkEvidenceUpload(photo.id, photo.pupilId,
                    EvidenceStore.CONTENT_TYPE, Base64.getEncoder().encodeToString(photo.jpeg));
            Response<NetworkEvidenceUploaded> response = SyncEngine.call(() -> api.uploadEvidence(upload).execute());
            int code = response.code();
            if (response.isSuccessful()) {
                store.remove(id);
            } else if (code == 401) {
                throw new SyncEngine.Revoked();
            } else if (code == 400 || code == 403 || code == 404 || code == 409 || code == 413) {
                store.remove(id);
            } else {
                throw SyncEngine.failure("photo upload", code, NetworkError.parse(response.errorBody()));
            }
        }
    }
}
