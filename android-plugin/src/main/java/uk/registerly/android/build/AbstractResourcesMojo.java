package uk.registerly.android.build;

import java.io.File;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** The app's resource inputs, shared by the main link ({@code resources}), the test link ({@code robolectric-config}) and the release link. */
abstract class AbstractResourcesMojo extends AbstractAndroidMojo {
    @Parameter(defaultValue = "${project.basedir}/src/main/AndroidManifest.xml")
    File manifest;

    @Parameter(defaultValue = "${project.basedir}/src/main/res")
    File resourceDirectory;

    /**
     * Resources of the debug build only, linked over {@code src/main/res} (as AGP's debug source
     * set): e.g. a network security config that lets the debug app reach a local demo server.
     * The tests run on the debug resources.
     */
    @Parameter(defaultValue = "${project.basedir}/src/debug/res")
    File debugResourceDirectory;

    @Parameter(defaultValue = "${project.basedir}/src/main/assets")
    File assetsDirectory;

    /**
     * {@code group:artifact:version} of the android.jar whose resource table {@code aapt2 link -I}
     * reads, when it must differ from the compile platform: Debian's aapt2 (Android 10) cannot
     * read the resource tables of android-all 15 and 16 ("Failed to retrieve resource table"), so
     * the app compiles against API 36 and links against API 34's framework resources, whose public
     * ids are the same on every later release. Empty means the compile platform.
     */
    @Parameter
    String linkPlatform;

    ResourcePipeline pipeline() throws MojoExecutionException {
        return pipeline(target());
    }

    ResourcePipeline pipeline(AndroidTarget target) throws MojoExecutionException {
        Path linkJar = linkPlatform == null || linkPlatform.isBlank() ? platformJar() : resolve(linkPlatform);
        return new ResourcePipeline(target, linkJar, cache(), getLog());
    }

    ResourceVariant debugVariant() {
        return ResourceVariant.debug(List.of(debugResourceDirectory.toPath()));
    }
}
