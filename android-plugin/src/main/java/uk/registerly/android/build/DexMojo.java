package uk.registerly.android.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.android.tools.r8.CompilationMode;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Dexes the app in three parts so a build only redoes what changed: the released libraries (cached
 * by the exact library set, ~50 s cold), the libraries' R classes (cached by their jar, which is
 * keyed by the resource set), and the app's own classes plus snapshot modules such as the rules
 * module (every build, a few seconds).
 */
@Mojo(name = "dex", defaultPhase = LifecyclePhase.PREPARE_PACKAGE,
        requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public class DexMojo extends AbstractAndroidMojo {

    @Override
    public void execute() throws MojoExecutionException {
        Path rJar = (Path) project.getContextValue(LIBRARY_R_JAR);
        if (rJar == null) {
            throw new MojoExecutionException("The resources goal must run before dex");
        }
        List<Path> released = new ArrayList<>();
        List<Path> changing = new ArrayList<>();
        Hashing librarySet = new Hashing().add("library-dex-v1").add(Dexer.version()).add(Integer.toString(minSdk));
        List<Artifact> runtime = runtimeArtifacts();
        try {
            for (Artifact artifact : runtime) {
                Path file = artifact.getFile().toPath();
                if (artifact.isSnapshot() || Files.isDirectory(file)) {
                    changing.add(file);
                } else {
                    getLog().debug("Library dex input: " + artifact.getId() + " " + file);
                    released.add(file);
                    librarySet.add(artifact.getId()).add(Long.toString(Files.size(file)));
                }
            }
            Dexer dexer = new Dexer(platformJar(), minSdk, getLog());
            Path libraryDex = cache().resolve("dex").resolve("libraries").resolve(librarySet.key());
            cachedDex(dexer, released, List.of(), libraryDex, "library");

            Path rDex = cache().resolve("dex").resolve("r-classes")
                    .resolve(new Hashing().add(Dexer.version()).add(Integer.toString(minSdk)).addFile(rJar).key());
            cachedDex(dexer, List.of(rJar), List.of(), rDex, "library R");

            List<Path> appProgram = new ArrayList<>();
            appProgram.add(Path.of(project.getBuild().getOutputDirectory()));
            appProgram.addAll(changing);
            List<Path> appClasspath = new ArrayList<>(released);
            appClasspath.add(rJar);
            Path appDex = work().resolve("dex").resolve("app");
            long start = System.nanoTime();
            dexer.dex(appProgram, appClasspath, debuggable ? CompilationMode.DEBUG : CompilationMode.RELEASE, appDex);
            getLog().info("Dexed the app in " + (System.nanoTime() - start) / 1_000_000 + " ms");

            project.setContextValue(DEX_DIRECTORIES, List.of(appDex, rDex, libraryDex));
        } catch (IOException e) {
            throw new MojoExecutionException("Dexing failed: " + e.getMessage(), e);
        }
    }

    private void cachedDex(Dexer dexer, List<Path> program, List<Path> classpath, Path output, String what)
            throws MojoExecutionException, IOException {
        Path complete = output.resolve(".complete");
        if (Files.isRegularFile(complete)) {
            getLog().info("Reusing cached " + what + " dex " + output);
            return;
        }
        long start = System.nanoTime();
        Path staging = Files.createTempDirectory(Files.createDirectories(output.getParent()), "dexing-");
        dexer.dex(program, classpath, CompilationMode.RELEASE, staging);
        Files.writeString(staging.resolve(".complete"), Integer.toString(program.size()));
        AarUnpacker.deleteRecursively(output);
        Files.move(staging, output);
        getLog().info("Dexed " + program.size() + " " + what + " input(s) in "
                + (System.nanoTime() - start) / 1_000_000 + " ms (cached in " + output + ")");
    }
}
