package uk.registerly.android.build;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Sets Robolectric up the way the Android Gradle plugin does with {@code includeAndroidResources}:
 * a test manifest and resource APK (the app plus test-only libraries such as androidx.test's
 * activities, linked with the app's stable ids), {@code com/android/tools/test_config.properties}
 * naming them, and {@code robolectric-deps.properties} pointing Robolectric at the instrumented
 * android-all jars in the local repository, so tests never download anything.
 */
@Mojo(name = "robolectric-config", defaultPhase = LifecyclePhase.PROCESS_TEST_RESOURCES,
        requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class RobolectricConfigMojo extends AbstractResourcesMojo {

    @Parameter(defaultValue = "${project.build.testOutputDirectory}", required = true)
    File testOutputDirectory;

    /**
     * The instrumented framework jars Robolectric runs on. It needs the newest SDK it knows (35
     * for 4.14.1) as well as the one the tests run on, because it reads resources with the newest.
     */
    @Parameter
    List<String> instrumentedSdks = List.of(
            "org.robolectric:android-all-instrumented:14-robolectric-10818077-i7",
            "org.robolectric:android-all-instrumented:15-robolectric-12650502-i7");

    @Parameter(property = "skipTests", defaultValue = "false")
    boolean skipTests;

    @Parameter(property = "maven.test.skip", defaultValue = "false")
    boolean skipTestCompilation;

    @Override
    public void execute() throws MojoExecutionException {
        if (skipTests || skipTestCompilation) {
            getLog().info("Tests are skipped: no Robolectric configuration (and no 600 MB of framework jars)");
            return;
        }
        try {
            Path main = ResourcesMojo.mainOutput(work());
            Path ids = main.resolve("ids.txt");
            if (!Files.isRegularFile(ids)) {
                throw new MojoExecutionException("Run the resources goal first: " + ids + " is missing");
            }
            ResourcePipeline pipeline = pipeline();
            Path testOutput = work().resolve("test");
            ResourcePipeline.Linked linked = pipeline.link(manifest.toPath(), resourceDirectory.toPath(),
                    assetsDirectory.toPath(), libraries(), testOutput, ids, debugVariant());

            List<AndroidLibrary> testOnly = libraries().stream().filter(AndroidLibrary::test).toList();
            Path testRJar = pipeline.libraryRJar(testOnly, linked.symbols(), testOutput.resolve("R.txt"), applicationId);
            addClasspathJar("test-library-r", "test", Artifact.SCOPE_TEST, testRJar);

            Properties testConfig = new Properties();
            testConfig.setProperty("android_merged_manifest", linked.manifest().toString());
            testConfig.setProperty("android_resource_apk", linked.resourceApk().toString());
            testConfig.setProperty("android_merged_assets", linked.assets().toString());
            testConfig.setProperty("android_custom_package", applicationId);
            store(testConfig, testOutputDirectory.toPath().resolve("com/android/tools/test_config.properties"),
                    "Written by registerly-android:robolectric-config, as AGP does for includeAndroidResources");

            Properties sdkJars = new Properties();
            for (String coordinates : instrumentedSdks) {
                sdkJars.setProperty(coordinates, resolve(coordinates).toString());
            }
            store(sdkJars, testOutputDirectory.toPath().resolve("robolectric-deps.properties"),
                    "Written by registerly-android:robolectric-config: framework jars from the local repository");
        } catch (IOException e) {
            throw new MojoExecutionException("Robolectric configuration failed: " + e.getMessage(), e);
        }
    }

    private static void store(Properties properties, Path file, String comment) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            properties.store(out, comment);
        }
    }
}
