package uk.registerly.app.data.evidence;

import android.content.Context;
import android.util.Base64;

import androidx.annotation.Nullable;
import androidx.annotation.VisibleForTesting;
import androidx.annotation.WorkerThread;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import javax.inject.Inject;
import javax.inject.Singleton;

import dagger.hilt.android.qualifiers.ApplicationContext;
import uk.registerly.app.security.SecretStore;

/**
 * Photo evidence waiting to be uploaded (an appointment card, a doctor's letter): kept in the
 * app's no-backup private storage, each photo encrypted with AES-256-GCM under a key that lives in
 * the {@link SecretStore} (itself sealed by the Android Keystore), so a child's medical letter is
 * never readable at rest. The sync uploads each before the report that names it and then deletes
 * the phone's copy: the school holds the record, the phone need not.
 */
@Singleton
public class EvidenceStore {
    /** The server's limit (sync-protocol §4: 1 MiB decoded); photos are compressed to fit. */
    public static final int MAX_BYTES = 1024 * 1024;
    public static final String CONTENT_TYPE = "image/jpeg";
    static final String KEY_NAME = "evidence.key";
    private static final int FORMAT = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final File directory;
    private final SecretStore secrets;
    private final SecureRandom random = new SecureRandom();

    @Inject
    public EvidenceStore(@ApplicationContext Context context, SecretStore secrets) {
        this(new File(context.getNoBackupFilesDir(), "evidence"), secrets);
    }

    public EvidenceStore(File directory, SecretStore secrets) {
        this.directory = directory;
        this.secrets = secrets;
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
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(id.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.toByteArray());
            if (!directory.isDirectory() && !directory.mkdirs()) {
                throw new IOException("cannot create " + directory);
            }
            // Written under a temporary name and renamed, so a crash never leaves half a photo queued.
            File temporary = new File(directory, id + ".tmp");
            try (FileOutputStream file = new FileOutputStream(temporary)) {
                file.write(FORMAT);
                file.write(iv);
                file.write(sealed);
                file.getFD().sync();
            }
            if (!temporary.renameTo(fileOf(id))) {
                throw new IOException("cannot move " + temporary + " into place");
            }
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("evidence cannot be encrypted", e);
        }
    }

    /** Photos not uploaded yet, oldest first. */
    @WorkerThread
    public synchronized List<String> pending() {
        List<String> ids = new ArrayList<>();
        File[] files = directory.listFiles((dir, name) -> name.endsWith(".photo"));
        if (files == null) {
            return ids;
        }
        java.util.Arrays.sort(files, (a, b) -> Long.compare(a.lastModified(), b.lastModified()));
        for (File file : files) {
            ids.add(file.getName().substring(0, file.getName().length() - ".photo".length()));
        }
        return ids;
    }

    /** The pupil and the photo of a pending upload; null when it is no longer on the phone. */
    @Nullable
    @WorkerThread
    public synchronized Photo read(String id) {
        File file = fileOf(id);
        if (!file.isFile()) {
            return null;
        }
        try {
            byte[] stored = Files.readAllBytes(file.toPath());
            if (stored.length < 1 + IV_BYTES || stored[0] != FORMAT) {
                throw new IOException("evidence " + id + " is not in a known format");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(id.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
            DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(plain));
            String pupil = in.readUTF();
            byte[] jpeg = new byte[in.available()];
            in.readFully(jpeg);
            return new Photo(id, pupil, jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("evidence " + id + " cannot be decrypted", e);
        }
    }

    /** The server has the photo (or can never take it): the phone's copy goes. */
    @WorkerThread
    public synchronized void remove(String id) {
        File file = fileOf(id);
        if (file.exists() && !file.delete()) {
            throw new UncheckedIOException(new IOException("cannot delete " + file));
        }
    }

    /** Where a photo is kept (sealed); tests read it to check the photo is not readable there. */
    @VisibleForTesting
    public File fileOf(String id) {
        if (!id.matches("[0-9a-f-]{36}")) {
            throw new IllegalArgumentException("not an evidence id: " + id);
        }
        return new File(directory, id.toLowerCase(Locale.ROOT) + ".photo");
    }

    private SecretKey key() {
        String stored = secrets.get(KEY_NAME);
        if (stored == null) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            stored = Base64.encodeToString(fresh, Base64.NO_WRAP);
            secrets.put(KEY_NAME, stored);
        }
        return new SecretKeySpec(Base64.decode(stored, Base64.NO_WRAP), "AES");
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
