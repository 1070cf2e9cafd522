package uk.registerly.android.build;

import java.io.File;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;

/** The app's resource inputs, shared by the main link ({@code resources}) and the test link ({@code robolectric-config}). */
abstract class AbstractResourcesMojo extends AbstractAndroidMojo {
    @Parameter(defaultValue = "${project.basedir}/src/main/AndroidManifest.xml")
    File manifest;

    @Parameter(defaultValue = "${project.basedir}/src/main/res")
    File resourceDirectory;

    @Parameter(defaultValue = "${project.basedir}/src/main/assets")
    File assetsDirectory;

    ResourcePipeline pipeline() throws MojoExecutionException {
        return new ResourcePipeline(target(), platformJar(), cache(), getLog());
    }
}
