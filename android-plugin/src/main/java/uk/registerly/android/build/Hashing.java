package uk.registerly.android.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Builds the content keys that name cache entries: same inputs, same key, on any machine. */
final class Hashing {
    private final MessageDigest digest;

    Hashing() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    /** Each part is length-prefixed so that ("ab","c") and ("a","bc") give different keys. */
    Hashing add(String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        addLength(bytes.length);
        digest.update(bytes);
        return this;
    }

    Hashing addFile(Path file) throws IOException {
        addLength(Files.size(file));
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return this;
    }

    private void addLength(long length) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (length >>> shift));
        }
    }

    /** 32 hex characters: short enough for a directory name, far from colliding for our few entries. */
    String key() {
        return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    }
}
