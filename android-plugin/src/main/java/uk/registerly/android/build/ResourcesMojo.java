package uk.registerly.android.build;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Merges the manifest, compiles and links resources into {@code target/android/main/resources.ap_},
 * writes the app's R class as source, and puts the libraries' R classes (generated from each
 * library's own R.txt, compiled once per resource set) on the classpath.
 */
@Mojo(name = "resources", defaultPhase = LifecyclePhase.GENERATE_SOURCES,
        requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class ResourcesMojo extends AbstractResourcesMojo {

    @Parameter(defaultValue = "${project.build.directory}/generated-sources/android-r")
    File generatedSources;

    @Override
    public void execute() throws MojoExecutionException {
        try {
            ResourcePipeline pipeline = pipeline();
            ResourcePipeline.Linked linked = pipeline.link(manifest.toPath(), resourceDirectory.toPath(),
                    assetsDirectory.toPath(), mainLibraries(), mainOutput(work()), null, debugVariant());

            // The app's own R holds every symbol (transitive), so app code can name library
            // resources through it as well as through the library's package.
            Path appR = generatedSources.toPath().resolve(applicationId.replace('.', '/')).resolve("R.java");
            Files.createDirectories(appR.getParent());
            String source = RClassWriter.source(applicationId, linked.symbols());
            if (!Files.exists(appR) || !Files.readString(appR).equals(source)) {
                Files.writeString(appR, source, StandardCharsets.UTF_8);
            }
            project.addCompileSourceRoot(generatedSources.getAbsolutePath());

            Path rJar = pipeline.libraryRJar(mainLibraries(), linked.symbols(), mainOutput(work()).resolve("R.txt"),
                    applicationId);
            addClasspathJar("library-r", "main", Artifact.SCOPE_COMPILE, rJar);
            project.setContextValue(LIBRARY_R_JAR, rJar);
        } catch (IOException e) {
            throw new MojoExecutionException("Android resource processing failed: " + e.getMessage(), e);
        }
    }

    static Path mainOutput(Path work) {
        return work.resolve("main");
    }
}
