package uk.registerly.app.data.evidence;

import android.util.Base64;

import androidx.annotation.Nullable;
import androidx.annotation.WorkerThread;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import uk.registerly.app.security.SecretStore;

/**
 * Photos kept in one private directory (the app's no-backup storage), each sealed with AES-256-GCM
 * under a key that lives in the {@link SecretStore} (itself sealed by the Android Keystore), with
 * the photo's id as associated data, so a child's medical letter is never readable at rest and a
 * file renamed to another id does not open. Files are written under a temporary name and renamed,
 * so a crash never leaves half a photo behind.
 */
final class SealedFiles {
    private static final String SUFFIX = ".photo";
    private static final int FORMAT = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final File directory;
    private final SecretStore secrets;
    private final String keyName;
    private final SecureRandom random = new SecureRandom();

    /** @param keyName where the key is kept in {@code secrets} (made on first use) */
    SealedFiles(File directory, SecretStore secrets, String keyName) {
        this.directory = directory;
        this.secrets = secrets;
        this.keyName = keyName;
    }

    @WorkerThread
    synchronized void write(String photoId, byte[] plain) {
        String id = normalised(photoId);
        File target = fileOf(id);
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(id.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            if (!directory.isDirectory() && !directory.mkdirs()) {
                throw new IOException("cannot create " + directory);
            }
            File temporary = new File(directory, target.getName() + ".tmp");
            try (FileOutputStream file = new FileOutputStream(temporary)) {
                file.write(FORMAT);
                file.write(iv);
                file.write(sealed);
                file.getFD().sync();
            }
            if (!temporary.renameTo(target)) {
                throw new IOException("cannot move " + temporary + " into place");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a photo cannot be encrypted", e);
        }
    }

    /** The opened content, or null when there is no such file. */
    @Nullable
    @WorkerThread
    synchronized byte[] read(String photoId) {
        String id = normalised(photoId);
        File file = fileOf(id);
        if (!file.isFile()) {
            return null;
        }
        try {
            byte[] stored = Files.readAllBytes(file.toPath());
            if (stored.length < 1 + IV_BYTES || stored[0] != FORMAT) {
                throw new IOException("photo " + id + " is not in a known format");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(id.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("photo " + id + " cannot be decrypted", e);
        }
    }

    /** Ids of the files kept, oldest first. */
    @WorkerThread
    synchronized List<String> ids() {
        List<String> ids = new ArrayList<>();
        File[] files = directory.listFiles((dir, name) -> name.endsWith(SUFFIX));
        if (files == null) {
            return ids;
        }
        Arrays.sort(files, (a, b) -> Long.compare(a.lastModified(), b.lastModified()));
        for (File file : files) {
            ids.add(file.getName().substring(0, file.getName().length() - SUFFIX.length()));
        }
        return ids;
    }

    @WorkerThread
    synchronized void delete(String id) {
        File file = fileOf(id);
        if (file.exists() && !file.delete()) {
            throw new UncheckedIOException(new IOException("cannot delete " + file));
        }
    }

    /** Where a photo is kept (sealed). */
    File fileOf(String id) {
        return new File(directory, normalised(id) + SUFFIX);
    }

    /** A UUID in lower case: the file's name and its associated data, whichever case the caller used. */
    private static String normalised(String id) {
        if (!id.matches("[0-9a-fA-F-]{36}")) {
            throw new IllegalArgumentException("not a photo id: " + id);
        }
        return id.toLowerCase(Locale.ROOT);
    }

    private SecretKey key() {
        String stored = secrets.get(keyName);
        if (stored == null) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            stored = Base64.encodeToString(fresh, Base64.NO_WRAP);
            secrets.put(keyName, stored);
        }
        return new SecretKeySpec(Base64.decode(stored, Base64.NO_WRAP), "AES");
    }
}
