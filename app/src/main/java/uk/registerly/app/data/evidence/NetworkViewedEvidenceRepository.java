package uk.registerly.app.data.evidence;

import android.content.Context;
import android.graphics.BitmapFactory;

import androidx.annotation.WorkerThread;

import java.io.File;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;

import javax.inject.Inject;
import javax.inject.Singleton;

import dagger.hilt.android.qualifiers.ApplicationContext;
import okhttp3.ResponseBody;
import retrofit2.Response;
import uk.registerly.app.network.NetworkError;
import uk.registerly.app.network.RegisterlyNetwork;
import uk.registerly.app.security.SecretStore;

/**
 * {@link ViewedEvidenceRepository}: from this tablet's sealed copy when the photo was viewed here
 * before, otherwise from the server ({@code GET /api/v1/evidence/{id}}), then kept sealed like the
 * parent's pending photos ({@link SealedFiles}, no-backup storage), so a second look works offline.
 */
@Singleton
public class NetworkViewedEvidenceRepository implements ViewedEvidenceRepository {
    static final String KEY_NAME = "evidence.viewed.key";
    /** Enough for every open report of a busy week; the earliest fetched go first. */
    static final int MAX_KEPT = 50;

    private final SealedFiles kept;
    private final RegisterlyNetwork network;
    private final int maxKept;

    @Inject
    public NetworkViewedEvidenceRepository(@ApplicationContext Context context, SecretStore secrets,
                                    RegisterlyNetwork network) {
        this(new File(context.getNoBackupFilesDir(), "evidence-viewed"), secrets, network);
    }

    public NetworkViewedEvidenceRepository(File directory, SecretStore secrets, RegisterlyNetwork network) {
        this(directory, secrets, network, MAX_KEPT);
    }

    /** @param maxKept how many photos stay on the device (tests use a few) */
    public NetworkViewedEvidenceRepository(File directory, SecretStore secrets, RegisterlyNetwork network, int maxKept) {
        this.kept = new SealedFiles(directory, secrets, KEY_NAME);
        this.network = network;
        this.maxKept = maxKept;
    }

    @Override
    @WorkerThread
    public EvidencePhoto photo(String evidenceId) {
        byte[] seen = kept.read(evidenceId);
        if (seen != null) {
            return EvidencePhoto.found(seen);
        }
        try {
            Response<ResponseBody> response = network.api().evidence(evidenceId).execute();
            if (response.isSuccessful() && response.body() != null) {
                byte[] image = response.body().bytes();
                if (!isImage(image)) {
                    return EvidencePhoto.failed(EvidencePhoto.Outcome.UNREADABLE, null);
                }
                keep(evidenceId, image);
                return EvidencePhoto.found(image);
            }
            return refused(response);
        } catch (InterruptedIOException e) {
            return EvidencePhoto.failed(EvidencePhoto.Outcome.SERVER_BUSY, null); // connected, but no answer in time
        } catch (IOException e) {
            return EvidencePhoto.failed(EvidencePhoto.Outcome.OFFLINE, null);
        }
    }

    @Override
    @WorkerThread
    public void forgetAll() {
        for (String id : kept.ids()) {
            kept.delete(id);
        }
    }

    private void keep(String evidenceId, byte[] image) {
        kept.write(evidenceId, image);
        List<String> ids = kept.ids();
        for (int i = 0; i < ids.size() - maxKept; i++) {
            kept.delete(ids.get(i));
        }
    }

    private static EvidencePhoto refused(Response<ResponseBody> response) {
        int code = response.code();
        if (code == 404) {
            return EvidencePhoto.failed(EvidencePhoto.Outcome.NOT_FOUND, null);
        }
        if (code >= 500 || code == 429) {
            return EvidencePhoto.failed(EvidencePhoto.Outcome.SERVER_BUSY, null);
        }
        NetworkError error = NetworkError.parse(response.errorBody());
        return EvidencePhoto.failed(EvidencePhoto.Outcome.REFUSED,
                error != null && error.message != null ? error.message : "HTTP " + code);
    }

    private static boolean isImage(byte[] bytes) {
        BitmapFactory.Options bounds = new BitmapFactory.Options();
        bounds.inJustDecodeBounds = true;
        BitmapFactory.decodeByteArray(bytes, 0, bytes.length, bounds);
        return bounds.outWidth > 0 && bounds.outHeight > 0;
    }
}
