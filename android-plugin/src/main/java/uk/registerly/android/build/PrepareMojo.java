package uk.registerly.android.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Unpacks the project's AAR dependencies and puts their classes on the classpath.
 *
 * <p>Maven leaves {@code aar} artifacts off every classpath (their handler is not "added to
 * classpath"). Maven resolves a project's dependencies once, for all the scopes its build plan
 * needs, before the first goal that asks; the compiler and Surefire later read those same
 * artifact objects. So this goal, bound to {@code initialize}, points each AAR artifact at its
 * unpacked classes.jar with a jar handler, and adds the jars bundled under libs/ as artifacts (see {@link #addResolvedArtifacts}).
 */
@Mojo(name = "prepare", defaultPhase = LifecyclePhase.INITIALIZE,
        requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class PrepareMojo extends AbstractAndroidMojo {

    @Override
    public void execute() throws MojoExecutionException {
        if (project.getContextValue(LIBRARIES) != null) {
            return;
        }
        AarUnpacker unpacker = new AarUnpacker(cache());
        List<AndroidLibrary> libraries = new ArrayList<>();
        List<Artifact> bundled = new ArrayList<>();
        try {
            for (Artifact artifact : project.getArtifacts()) {
                if (!"aar".equals(artifact.getType())) {
                    continue;
                }
                Path directory = unpacker.unpack(artifact.getGroupId(), artifact.getArtifactId(),
                        artifact.getVersion(), artifact.getFile().toPath());
                AndroidLibrary library = new AndroidLibrary(
                        artifact.getGroupId() + ':' + artifact.getArtifactId() + ':' + artifact.getVersion(),
                        directory, Artifact.SCOPE_TEST.equals(artifact.getScope()));
                libraries.add(library);
                artifact.setFile(library.classesJar().toFile());
                artifact.setArtifactHandler(classpathJarHandler());
                for (Path jar : library.bundledJars()) {
                    String name = jar.getFileName().toString().replaceAll("\\.jar$", "");
                    Artifact extra = new DefaultArtifact(artifact.getGroupId(), artifact.getArtifactId(),
                            artifact.getVersion(), artifact.getScope(), "jar", "libs-" + name, classpathJarHandler());
                    extra.setFile(jar.toFile());
                    extra.setResolved(true);
                    bundled.add(extra);
                }
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Unpacking AARs failed: " + e.getMessage(), e);
        }
        addResolvedArtifacts(bundled);
        project.setContextValue(LIBRARIES, List.copyOf(libraries));
        getLog().info("Android libraries: " + libraries.stream().filter(l -> !l.test()).count() + " main, "
                + libraries.stream().filter(AndroidLibrary::test).count() + " test-only (cache " + cache() + ")");
    }
}
