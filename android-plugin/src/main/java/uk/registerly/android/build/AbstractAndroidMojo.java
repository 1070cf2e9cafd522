package uk.registerly.android.build;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Parameters and build state shared by the goals. Later goals find what earlier goals produced in
 * the project's context (one Maven session), so each goal does one job and nothing twice.
 */
abstract class AbstractAndroidMojo extends AbstractRepositoryMojo {
    static final String LIBRARIES = "registerly.android.libraries";
    static final String LIBRARY_R_JAR = "registerly.android.libraryRJar";
    static final String DEX_DIRECTORIES = "registerly.android.dexDirectories";

    /** Where generated jars appear as classpath artifacts; never published. */
    static final String GENERATED_GROUP = "uk.registerly.generated";

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    /** Per-machine cache that survives {@code mvn clean} and fresh clones. */
    @Parameter(property = "registerly.android.cache", defaultValue = "${user.home}/.cache/registerly-android")
    File cacheDirectory;

    /** Working directory for this module's Android outputs. */
    @Parameter(defaultValue = "${project.build.directory}/android", required = true)
    File workDirectory;

    @Parameter(required = true)
    String applicationId;

    @Parameter(defaultValue = "26")
    int minSdk;

    @Parameter(defaultValue = "34")
    int targetSdk;

    @Parameter(defaultValue = "1")
    int versionCode;

    @Parameter(defaultValue = "${project.version}")
    String versionName;

    /** Debug builds are debuggable (aapt2 --debug-mode) and keep debug info in the app's dex. */
    @Parameter(property = "registerly.android.debuggable", defaultValue = "true")
    boolean debuggable;

    /** groupId:artifactId of the android.jar to compile and link against (a provided dependency). */
    @Parameter(defaultValue = "org.robolectric:android-all")
    String platform;

    AndroidTarget target() {
        return new AndroidTarget(applicationId, minSdk, targetSdk, versionCode, versionName, debuggable);
    }

    Path cache() {
        return cacheDirectory.toPath();
    }

    Path work() {
        return workDirectory.toPath();
    }

    Path platformJar() throws MojoExecutionException {
        for (Artifact artifact : project.getArtifacts()) {
            if ((artifact.getGroupId() + ':' + artifact.getArtifactId()).equals(platform)) {
                return artifact.getFile().toPath();
            }
        }
        throw new MojoExecutionException("The platform jar " + platform + " must be a provided dependency of "
                + project.getArtifactId());
    }

    @SuppressWarnings("unchecked")
    List<AndroidLibrary> libraries() throws MojoExecutionException {
        Object libraries = project.getContextValue(LIBRARIES);
        if (libraries == null) {
            throw new MojoExecutionException("The prepare goal must run before " + getClass().getSimpleName()
                    + " (bind registerly-android:prepare to the initialize phase)");
        }
        return (List<AndroidLibrary>) libraries;
    }

    List<AndroidLibrary> mainLibraries() throws MojoExecutionException {
        return libraries().stream().filter(l -> !l.test()).toList();
    }

    /**
     * Puts a jar on the compile/test classpaths (and, for compile scope, into the APK) by adding it
     * to the project's resolved artifacts, which the compiler and Surefire read when they run.
     */
    void addClasspathJar(String artifactId, String version, String scope, Path jar) {
        Artifact artifact = new DefaultArtifact(GENERATED_GROUP, artifactId, version, scope, "jar", null,
                classpathJarHandler());
        artifact.setFile(jar.toFile());
        artifact.setResolved(true);
        addResolvedArtifacts(List.of(artifact));
    }

    /**
     * Adds artifacts to the resolved set itself, not to {@code project.setArtifacts}: Maven sets a
     * scope filter before each goal, which rebuilds the visible artifacts from the resolved set and
     * would drop anything added only to the filtered view. Every goal of this plugin resolves the
     * test scope, so the view it sees is the whole resolved set.
     */
    void addResolvedArtifacts(List<Artifact> additions) {
        Set<Artifact> artifacts = new LinkedHashSet<>(project.getArtifacts());
        for (Artifact addition : additions) {
            artifacts.removeIf(a -> a.getId().equals(addition.getId()));
            artifacts.add(addition);
        }
        project.setResolvedArtifacts(artifacts);
    }

    /** An artifact handler that Maven's classpath builders accept, used for AAR classes.jar too. */
    static DefaultArtifactHandler classpathJarHandler() {
        DefaultArtifactHandler handler = new DefaultArtifactHandler("jar");
        handler.setExtension("jar");
        handler.setLanguage("java");
        handler.setAddedToClasspath(true);
        return handler;
    }

    /** The jars that go into the APK (AARs' classes and bundled jars, plain jars, snapshot modules), in a stable order. */
    List<Artifact> runtimeArtifacts() {
        return project.getArtifacts().stream()
                .filter(AbstractAndroidMojo::isRuntimeScope)
                .filter(a -> a.getArtifactHandler().isAddedToClasspath())
                .filter(a -> !a.getGroupId().equals(GENERATED_GROUP))
                .sorted(java.util.Comparator.comparing(Artifact::getId))
                .toList();
    }

    static boolean isRuntimeScope(Artifact artifact) {
        return Artifact.SCOPE_COMPILE.equals(artifact.getScope()) || Artifact.SCOPE_RUNTIME.equals(artifact.getScope());
    }
}
