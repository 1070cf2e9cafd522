package uk.registerly.android.build;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The release variant, from the same build as the debug APK: links the resources again without
 * debug mode, keeping only the app's languages, in proto format; runs R8 on the whole program
 * with the app's, aapt2's and the libraries' keep rules, shrinking resources with the code; and
 * writes one signed APK per ABI ({@code registerly-<abi>-release.apk}), native code 16 KB aligned,
 * with R8's mapping file beside them and a size table ({@code sizes.tsv}).
 */
@Mojo(name = "release", defaultPhase = LifecyclePhase.PACKAGE,
        requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class ReleaseMojo extends AbstractResourcesMojo {

    @Parameter(defaultValue = "${project.build.directory}/release", required = true)
    File releaseDirectory;

    /** One APK per ABI: native code is most of the size (SQLCipher is ~5 MB per ABI). */
    @Parameter
    List<String> abis = List.of("arm64-v8a", "armeabi-v7a", "x86_64");

    /** The app's own keep rules (what it reaches by reflection). */
    @Parameter(defaultValue = "${project.basedir}/proguard-rules.pro", required = true)
    File keepRules;

    /** Resources of the release build only, linked over src/main/res. */
    @Parameter(defaultValue = "${project.basedir}/src/release/res")
    File releaseResourceDirectory;

    /** Optional certificate pins for one deployment; see {@link CertificatePins}. Empty: no pinning. */
    @Parameter(property = "registerly.release.pins")
    String certificatePins;

    @Override
    public void execute() throws MojoExecutionException {
        Path rJar = (Path) project.getContextValue(LIBRARY_R_JAR);
        if (rJar == null) {
            throw new MojoExecutionException("The resources goal must run before release");
        }
        Path stableIds = ResourcesMojo.mainOutput(work()).resolve("ids.txt");
        Path work = work().resolve("release");
        Path out = releaseDirectory.toPath();
        try {
            long start = System.nanoTime();
            AarUnpacker.deleteRecursively(work);
            Files.createDirectories(work);
            Files.createDirectories(out);

            Path aaptRules = work.resolve("aapt2-rules.pro");
            List<Path> overlays = new ArrayList<>(List.of(releaseResourceDirectory.toPath()));
            Path pinned = pinsOverlay(work);
            if (pinned != null) {
                overlays.add(pinned);
            }
            ResourceVariant variant = new ResourceVariant(overlays, LanguageQualifiers.configurations(resourceDirectory.toPath()),
                    true, aaptRules);
            ResourcePipeline.Linked linked = pipeline(target().release()).link(manifest.toPath(), resourceDirectory.toPath(),
                    assetsDirectory.toPath(), mainLibraries(), work.resolve("link"), stableIds, variant);
            getLog().info("Release resources: languages " + variant.configurations() + ", not debuggable");

            Shrinker.Output shrunk = new Shrinker.Output(work.resolve("r8"), out.resolve("mapping.txt"),
                    work.resolve("r8-configuration.txt"), work.resolve("resources-shrunk-proto.ap_"));
            new Shrinker(platformJar(), minSdk, getLog()).shrink(shrinkerInput(rJar, aaptRules, linked.resourceApk()), shrunk);
            Path resources = work.resolve("resources-release.ap_");
            new Aapt2().convertToBinary(shrunk.shrunkProtoResources(), resources);
            getLog().info("R8 and resource shrinking took " + (System.nanoTime() - start) / 1_000_000 + " ms");

            ApkSigning.Key key = ReleaseKey.resolve(System::getenv, out, getLog());
            List<Path> jni = new ArrayList<>();
            for (AndroidLibrary library : mainLibraries()) {
                jni.add(library.nativeLibraries());
            }
            StringBuilder sizes = new StringBuilder(ApkSizes.HEADER);
            for (String abi : abis) {
                Path unsigned = work.resolve("registerly-" + abi + "-unsigned.apk");
                ApkPackager.write(resources, List.of(shrunk.dexDirectory()), jni, abi::equals,
                        List.of(shrunk.dexDirectory()), unsigned);
                Path apk = out.resolve("registerly-" + abi + "-release.apk");
                ApkSigning.signAndVerify(unsigned, apk, key, false);
                ApkSizes size = ApkSizes.of(apk);
                if (size.lib() == 0) {
                    throw new MojoExecutionException("No native code for " + abi + " in " + apk.getFileName()
                            + ": is the ABI spelt as Android spells it (arm64-v8a, armeabi-v7a, x86_64, x86)?");
                }
                sizes.append(abi).append('\t').append(size.row()).append('\n');
                getLog().info("Release APK: " + apk + " (" + size.describe() + ", signed and verified)");
            }
            Files.writeString(out.resolve("sizes.tsv"), sizes.toString(), StandardCharsets.UTF_8);
            Files.copy(linked.manifest(), out.resolve("AndroidManifest-merged.xml"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new MojoExecutionException("The release build failed: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** The whole program and every keep rule that applies to it. */
    private Shrinker.Input shrinkerInput(Path rJar, Path aaptRules, Path protoResources)
            throws MojoExecutionException, IOException {
        Path classes = Path.of(project.getBuild().getOutputDirectory());
        List<Path> program = new ArrayList<>();
        program.add(classes);
        List<ConsumerRules.Rules> rules = new ArrayList<>(ConsumerRules.fromJar(classes, Dexer.version()));
        for (Artifact artifact : runtimeArtifacts()) {
            Path file = artifact.getFile().toPath();
            program.add(file);
            rules.addAll(ConsumerRules.fromJar(file, Dexer.version()));
        }
        program.add(rJar);
        for (AndroidLibrary library : mainLibraries()) {
            rules.addAll(ConsumerRules.fromLibrary(library));
        }
        if (!keepRules.isFile()) {
            throw new MojoExecutionException("The app's keep rules are missing: " + keepRules);
        }
        return new Shrinker.Input(program, List.of(keepRules.toPath(), aaptRules), rules, protoResources);
    }

    /** A resource overlay whose network security config adds the deployment's pins, or null without pins. */
    private Path pinsOverlay(Path work) throws IOException, MojoExecutionException {
        if (certificatePins == null || certificatePins.isBlank()) {
            return null;
        }
        CertificatePins pins = CertificatePins.parse(certificatePins);
        Path config = resourceDirectory.toPath().resolve("xml/network_security_config.xml");
        if (!Files.isRegularFile(config)) {
            throw new MojoExecutionException("Certificate pins need " + config);
        }
        Path overlay = work.resolve("pins-res");
        Path pinned = overlay.resolve("xml/network_security_config.xml");
        Files.createDirectories(pinned.getParent());
        Files.writeString(pinned, pins.addTo(Files.readString(config, StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        getLog().info("Certificate pins for " + String.join(", ", pins.domains()) + ": " + pins.pins().size()
                + " keys" + (pins.expires() == null ? "" : ", until " + pins.expires()));
        return overlay;
    }
}
