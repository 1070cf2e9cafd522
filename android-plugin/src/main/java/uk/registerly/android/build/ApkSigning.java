package uk.registerly.android.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.maven.plugin.MojoExecutionException;

/**
 * Signs an aligned APK with apksigner, verifies the signature, and checks that signing kept every
 * stored entry aligned (native code at 16 KB), with our own reader and with zipalign's check.
 */
final class ApkSigning {
    /**
     * A signing key. Passwords are apksigner password specs ({@code pass:...} for the well-known
     * debug key, {@code env:NAME} for anything secret); {@code environment} carries variables the
     * specs name that are not in Maven's own environment (a throwaway key's generated password).
     */
    record Key(Path keystore, String alias, String storePassword, String keyPassword,
               Map<String, String> environment) {
    }

    private ApkSigning() {
    }

    /**
     * @param jarSignature whether to add the v1 (jar) signature as well as v2 and v3; needed only
     *                     below API 24, so release APKs (minSdk 26) leave it out: it is ~100 KB
     */
    static void signAndVerify(Path aligned, Path signed, Key key, boolean jarSignature)
            throws MojoExecutionException, IOException {
        requireAligned(aligned);
        Files.deleteIfExists(signed);
        ExternalTool apksigner = ExternalTool.debian("apksigner", "apksigner");
        List<String> sign = new ArrayList<>(List.of("sign", "--ks", key.keystore().toString(),
                "--ks-key-alias", key.alias(), "--ks-pass", key.storePassword(), "--key-pass", key.keyPassword()));
        if (!jarSignature) {
            sign.addAll(List.of("--v1-signing-enabled", "false"));
        }
        // v4 (incremental install) goes into a separate .idsig file that nobody installs from here.
        sign.addAll(List.of("--v4-signing-enabled", "false"));
        sign.addAll(List.of("--out", signed.toString(), aligned.toString()));
        apksigner.run(sign, key.environment());
        apksigner.run(List.of("verify", signed.toString()));
        requireAligned(signed);
        ExternalTool.debian("zipalign", "zipalign").run(List.of("-c", "-p", "4", signed.toString()));
    }

    private static void requireAligned(Path apk) throws MojoExecutionException, IOException {
        List<ZipAlignment.StoredEntry> misaligned = ZipAlignment.misaligned(apk);
        if (!misaligned.isEmpty()) {
            throw new MojoExecutionException(apk.getFileName() + ": stored entries not aligned (native code needs "
                    + AligningZipWriter.NATIVE_LIBRARY_ALIGNMENT + " bytes, others 4): " + misaligned);
        }
    }
}
