package uk.registerly.app.security;

import android.content.Context;
import android.content.SharedPreferences;
import android.security.keystore.KeyGenParameterSpec;
import android.security.keystore.KeyProperties;
import android.util.Base64;

import androidx.annotation.Nullable;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Secrets encrypted with AES-256-GCM under a non-exportable Android Keystore key; the ciphertexts
 * (IV first) live in private SharedPreferences, which allowBackup="false" keeps off cloud backups.
 * Each value is bound to its name as associated data, so ciphertexts cannot be swapped between names.
 */
public final class KeystoreSecretStore implements SecretStore {
    private static final String KEYSTORE = "AndroidKeyStore";
    private static final String KEY_ALIAS = "registerly.secrets.v1";
    private static final String PREFERENCES = "registerly.secrets";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SharedPreferences preferences;

    public KeystoreSecretStore(Context context) {
        this.preferences = context.getSharedPreferences(PREFERENCES, Context.MODE_PRIVATE);
    }

    @Nullable
    @Override
    public synchronized String get(String name) {
        String stored = preferences.getString(name, null);
        if (stored == null) {
            return null;
        }
        try {
            ByteBuffer sealed = ByteBuffer.wrap(Base64.decode(stored, Base64.NO_WRAP));
            byte[] iv = new byte[IV_BYTES];
            sealed.get(iv);
            byte[] ciphertext = new byte[sealed.remaining()];
            sealed.get(ciphertext);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(ciphertext), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("the secret " + name + " cannot be decrypted", e);
        }
    }

    @Override
    public synchronized void put(String name, String value) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key());
            cipher.updateAAD(name.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(value.getBytes(StandardCharsets.UTF_8));
            byte[] iv = cipher.getIV();
            ByteBuffer sealed = ByteBuffer.allocate(iv.length + ciphertext.length).put(iv).put(ciphertext);
            // commit(), not apply(): a token or passphrase must be on disk before anything relies on it.
            if (!preferences.edit().putString(name, Base64.encodeToString(sealed.array(), Base64.NO_WRAP)).commit()) {
                throw new IllegalStateException("the secret " + name + " could not be written");
            }
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("the secret " + name + " cannot be encrypted", e);
        }
    }

    @Override
    public synchronized void remove(String name) {
        preferences.edit().remove(name).commit();
    }

    @Override
    public synchronized void clear() {
        preferences.edit().clear().commit();
        try {
            KeyStore keyStore = KeyStore.getInstance(KEYSTORE);
            keyStore.load(null);
            keyStore.deleteEntry(KEY_ALIAS);
        } catch (GeneralSecurityException | java.io.IOException e) {
            // The key is already gone (the reason we are here); a new one is made on the next put.
        }
    }

    private static SecretKey key() throws GeneralSecurityException, java.io.IOException {
        KeyStore keyStore = KeyStore.getInstance(KEYSTORE);
        keyStore.load(null);
        KeyStore.Entry entry = keyStore.getEntry(KEY_ALIAS, null);
        if (entry instanceof KeyStore.SecretKeyEntry) {
            return ((KeyStore.SecretKeyEntry) entry).getSecretKey();
        }
        KeyGenerator generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, KEYSTORE);
        generator.init(new KeyGenParameterSpec.Builder(KEY_ALIAS,
                KeyProperties.PURPOSE_ENCRYPT | KeyProperties.PURPOSE_DECRYPT)
                .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                .setKeySize(256)
                .build());
        return generator.generateKey();
    }
}
