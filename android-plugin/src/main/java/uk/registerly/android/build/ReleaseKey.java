package uk.registerly.android.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/**
 * The key a release is signed with. From configuration: the keystore path in
 * {@code REGISTERLY_KEYSTORE}, the alias in {@code REGISTERLY_KEY_ALIAS}, and the passwords in the
 * environment variables {@code REGISTERLY_KEYSTORE_PASSWORD} and {@code REGISTERLY_KEY_PASSWORD}
 * (the key's defaults to the store's), which apksigner reads itself ({@code env:NAME}), so no
 * password is ever on a command line or in the log. Without a keystore, a throwaway key is made
 * with a random password that only keytool and apksigner see, named so nobody ships it.
 */
final class ReleaseKey {
    static final String KEYSTORE = "REGISTERLY_KEYSTORE";
    static final String ALIAS = "REGISTERLY_KEY_ALIAS";
    static final String STORE_PASSWORD = "REGISTERLY_KEYSTORE_PASSWORD";
    static final String KEY_PASSWORD = "REGISTERLY_KEY_PASSWORD";

    static final String THROWAWAY_FILE = "throwaway-NOT-FOR-DISTRIBUTION.jks";
    static final String THROWAWAY_ALIAS = "THROWAWAY-NOT-FOR-RELEASE";
    private static final String THROWAWAY_PASSWORD = "REGISTERLY_THROWAWAY_KEY_PASSWORD";

    private ReleaseKey() {
    }

    /** @param environment the build's environment variables (System::getenv in the build) */
    static ApkSigning.Key resolve(UnaryOperator<String> environment, Path releaseDirectory, Log log)
            throws MojoExecutionException, IOException {
        String keystore = environment.apply(KEYSTORE);
        if (keystore == null || keystore.isBlank()) {
            return throwaway(releaseDirectory, log);
        }
        Path file = Path.of(keystore);
        if (!Files.isRegularFile(file)) {
            throw new MojoExecutionException(KEYSTORE + " names " + file + ", which is not a file");
        }
        String alias = environment.apply(ALIAS);
        if (alias == null || alias.isBlank()) {
            throw new MojoExecutionException(KEYSTORE + " is set: set " + ALIAS + " to the key's alias too");
        }
        if (environment.apply(STORE_PASSWORD) == null) {
            throw new MojoExecutionException(KEYSTORE + " is set: put the keystore's password in the environment variable "
                    + STORE_PASSWORD + " (never on a command line)");
        }
        String keyPassword = environment.apply(KEY_PASSWORD) != null ? KEY_PASSWORD : STORE_PASSWORD;
        log.info("Signing the release with " + file + " (alias " + alias + ")");
        return new ApkSigning.Key(file, alias, "env:" + STORE_PASSWORD, "env:" + keyPassword, Map.of());
    }

    /** A new key for each build, in target/release, with a password nobody knows afterwards. */
    private static ApkSigning.Key throwaway(Path releaseDirectory, Log log) throws MojoExecutionException, IOException {
        Path file = releaseDirectory.resolve(THROWAWAY_FILE);
        Files.createDirectories(releaseDirectory);
        Files.deleteIfExists(file);
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        Map<String, String> environment = Map.of(THROWAWAY_PASSWORD, HexFormat.of().formatHex(random));
        ExternalTool.jdk("keytool").run(List.of("-genkeypair", "-keystore", file.toString(), "-storetype", "PKCS12",
                "-storepass:env", THROWAWAY_PASSWORD, "-alias", THROWAWAY_ALIAS, "-keyalg", "RSA", "-keysize", "3072",
                "-validity", "30", "-dname", "CN=THROWAWAY NOT FOR RELEASE,O=Registerly test build"), environment);
        for (String line : List.of(
                "************************************************************************",
                "  No release key configured (" + KEYSTORE + " is not set).",
                "  The release APKs are signed with a THROWAWAY key made just now:",
                "    " + file + " (alias " + THROWAWAY_ALIAS + ")",
                "  Do NOT distribute them: no later build can update an app signed",
                "  with this key. Set " + KEYSTORE + ", " + ALIAS + " and",
                "  " + STORE_PASSWORD + " to sign with the school's release key.",
                "************************************************************************")) {
            log.warn(line);
        }
        return new ApkSigning.Key(file, THROWAWAY_ALIAS, "env:" + THROWAWAY_PASSWORD, "env:" + THROWAWAY_PASSWORD,
                environment);
    }
}
