package uk.registerly.app.data.evidence;

import android.content.Context;

import androidx.annotation.Nullable;
import androidx.annotation.VisibleForTesting;
import androidx.annotation.WorkerThread;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import javax.inject.Inject;
import javax.inject.Singleton;

import dagger.hilt.android.qualifiers.ApplicationContext;
import uk.registerly.app.security.SecretStore;

/**
 * Photo evidence waiting to be uploaded (an appointment card, a doctor's letter): kept in the
 * app's no-backup private storage, each photo sealed ({@link SealedFiles}: AES-256-GCM under a key
 * sealed by the Android Keystore), so a child's medical letter is never readable at rest. The sync
 * uploads each before the report that names it and then deletes the phone's copy: the school holds
 * the record, the phone need not.
 */
@Singleton
public class EvidenceStore {
    /**
     * What a photo is compressed to on the phone: 500 KB, half the server's limit (sync-protocol §4:
     * 1 MiB decoded), so that the upload — base64 in JSON, a third larger — stays under a school or
     * mobile proxy's common 1 MB body limit (nginx's default client_max_body_size), which would
     * otherwise refuse it every time (issue 12 item 3).
     */
    public static final int MAX_BYTES = 500 * 1000;
    public static final String CONTENT_TYPE = "image/jpeg";
    static final String KEY_NAME = "evidence.key";

    private final SealedFiles files;

    @Inject
    public EvidenceStore(@ApplicationContext Context context, SecretStore secrets) {
        this(new File(context.getNoBackupFilesDir(), "evidence"), secrets);
    }

    public EvidenceStore(File directory, SecretStore secrets) {
        this.files = new SealedFiles(directory, secrets, KEY_NAME);
    }

    /** Stores a photo for {@code pupilId} and returns its new evidence id (the id the report names). */
    @WorkerThread
    public synchronized String store(String pupilId, byte[] jpeg) {
        if (jpeg.length == 0 || jpeg.length > MAX_BYTES) {
            throw new IllegalArgumentException("a photo must be 1 to " + MAX_BYTES + " bytes, not " + jpeg.length);
        }
        String id = UUID.randomUUID().toString();
        try {
            ByteArrayOutputStream plain = new ByteArrayOutputStream(jpeg.length + 64);
            DataOutputStream out = new DataOutputStream(plain);
            out.writeUTF(pupilId);
            out.write(jpeg);
            out.flush();
            files.write(id, plain.toByteArray());
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Photos not uploaded yet, oldest first. */
    @WorkerThread
    public synchronized List<String> pending() {
        return files.ids();
    }

    /** The pupil and the photo of a pending upload; null when it is no longer on the phone. */
    @Nullable
    @WorkerThread
    public synchronized Photo read(String id) {
        byte[] plain = files.read(id);
        if (plain == null) {
            return null;
        }
        try {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(plain));
            String pupil = in.readUTF();
            byte[] jpeg = new byte[in.available()];
            in.readFully(jpeg);
            return new Photo(id, pupil, jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The server has the photo (or can never take it): the phone's copy goes. */
    @WorkerThread
    public synchronized void remove(String id) {
        files.delete(id);
    }

    /** Where a photo is kept (sealed); tests read it to check the photo is not readable there. */
    @VisibleForTesting
    public File fileOf(String id) {
        return files.fileOf(id);
    }

    /** A decrypted pending photo. */
    public static final class Photo {
        public final String id;
        public final String pupilId;
        public final byte[] jpeg;

        Photo(String id, String pupilId, byte[] jpeg) {
            this.id = id;
            this.pupilId = pupilId;
            this.jpeg = jpeg;
        }
    }
}
