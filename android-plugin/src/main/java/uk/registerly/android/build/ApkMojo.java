package uk.registerly.android.build;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Packages resources, dex and Java resources into an APK, aligns it with zipalign and signs it
 * with apksigner. Without a configured keystore it signs with a per-machine debug key (created
 * on first use, like ~/.android/debug.keystore), so every build on a machine can update the last.
 */
@Mojo(name = "apk", defaultPhase = LifecyclePhase.PACKAGE,
        requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class ApkMojo extends AbstractAndroidMojo {

    @Parameter(property = "registerly.apk", defaultValue = "${project.build.directory}/registerly-debug.apk")
    File apkFile;

    /** A release keystore; empty means the machine's debug keystore. */
    @Parameter(property = "registerly.keystore")
    File keystore;

    @Parameter(property = "registerly.keyAlias", defaultValue = "androiddebugkey")
    String keyAlias;

    /**
     * apksigner's password spec: {@code pass:<password>} or, for a release key, {@code env:<VARIABLE>}
     * so the password never appears on a command line.
     */
    @Parameter(property = "registerly.keystorePassword", defaultValue = "pass:android")
    String keystorePassword;

    @Parameter(property = "registerly.keyPassword", defaultValue = "pass:android")
    String keyPassword;

    @Override
    @SuppressWarnings("unchecked")
    public void execute() throws MojoExecutionException {
        List<Path> dexDirectories = (List<Path>) project.getContextValue(DEX_DIRECTORIES);
        if (dexDirectories == null) {
            throw new MojoExecutionException("The dex goal must run before apk");
        }
        try {
            Path unsigned = work().resolve("registerly-unsigned.apk");
            List<Path> jniDirectories = new ArrayList<>();
            for (AndroidLibrary library : mainLibraries()) {
                jniDirectories.add(library.nativeLibraries());
            }
            // Written aligned (native code at 16 KB), so no zipalign pass: ApkSigning checks it.
            ApkPackager.write(ResourcesMojo.mainOutput(work()).resolve("resources.ap_"), dexDirectories,
                    jniDirectories, abi -> true, javaResourceSources(), unsigned);

            Path signingKey = keystore != null ? keystore.toPath() : debugKeystore();
            ApkSigning.signAndVerify(unsigned, apkFile.toPath(),
                    new ApkSigning.Key(signingKey, keyAlias, keystorePassword, keyPassword, java.util.Map.of()), true);
            getLog().info("APK: " + apkFile.getAbsolutePath() + " (" + Files.size(apkFile.toPath()) / 1024 + " KiB, signed and verified)");
        } catch (IOException e) {
            throw new MojoExecutionException("Packaging the APK failed: " + e.getMessage(), e);
        }
    }

    /** The app's resources first (they win a clash), then its runtime libraries. */
    List<Path> javaResourceSources() {
        List<Path> sources = new ArrayList<>();
        sources.add(Path.of(project.getBuild().getOutputDirectory()));
        for (Artifact artifact : project.getArtifacts()) {
            if (isRuntimeScope(artifact) && artifact.getArtifactHandler().isAddedToClasspath()
                    && !artifact.getGroupId().equals(GENERATED_GROUP)) {
                sources.add(artifact.getFile().toPath());
            }
        }
        return sources;
    }

    private Path debugKeystore() throws MojoExecutionException, IOException {
        Path debug = cache().resolve("debug.keystore");
        if (Files.isRegularFile(debug)) {
            return debug;
        }
        Files.createDirectories(debug.getParent());
        Path staging = debug.resolveSibling("debug.keystore.creating");
        Files.deleteIfExists(staging);
        ExternalTool.jdk("keytool").run(List.of("-genkeypair", "-keystore", staging.toString(),
                "-storetype", "PKCS12", "-storepass", "android", "-keypass", "android",
                "-alias", "androiddebugkey", "-keyalg", "RSA", "-keysize", "2048", "-validity", "10000",
                "-dname", "CN=Android Debug,O=Android,C=US"));
        ResourcePipeline.moveIntoPlace(staging, debug);
        getLog().info("Created the machine's debug keystore " + debug);
        return debug;
    }
}
