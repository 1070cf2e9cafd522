package uk.registerly.android.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.android.tools.r8.CompilationFailedException;
import com.android.tools.r8.CompilationMode;
import com.android.tools.r8.D8;
import com.android.tools.r8.D8Command;
import com.android.tools.r8.JdkClassFileProvider;
import com.android.tools.r8.OutputMode;
import com.android.tools.r8.Version;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/** D8, called in-process: Java bytecode to dex, desugared for the app's minSdk. */
final class Dexer {
    private final Path platformJar;
    private final int minSdk;
    private final Log log;

    Dexer(Path platformJar, int minSdk, Log log) {
        this.platformJar = platformJar;
        this.minSdk = minSdk;
        this.log = log;
    }

    static String version() {
        return Version.getVersionString();
    }

    /**
     * @param program   jars or class directories to dex
     * @param classpath classes the program refers to but that are dexed elsewhere (desugaring needs them)
     */
    void dex(List<Path> program, List<Path> classpath, CompilationMode mode, Path outputDirectory)
            throws MojoExecutionException, IOException {
        AarUnpacker.deleteRecursively(outputDirectory);
        Files.createDirectories(outputDirectory);
        QuietDiagnostics diagnostics = new QuietDiagnostics("D8", log);
        try {
            D8Command command = D8Command.builder(diagnostics)
                    .addProgramFiles(programFiles(program))
                    .addClasspathFiles(classpath)
                    .addLibraryFiles(platformJar)
                    // android-all has no java.* classes; the JDK running Maven supplies them.
                    .addLibraryResourceProvider(JdkClassFileProvider.fromSystemJdk())
                    .setMinApiLevel(minSdk)
                    .setMode(mode)
                    .setOutput(outputDirectory, OutputMode.DexIndexed)
                    .build();
            D8.run(command);
        } catch (CompilationFailedException e) {
            throw new MojoExecutionException("D8 failed: " + e.getMessage(), e);
        }
        diagnostics.summarise();
    }

    /** D8 takes jars and .class files, not directories: expand class directories into their classes. */
    static List<Path> programFiles(List<Path> program) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : program) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(f -> f.toString().endsWith(".class")).sorted().forEach(files::add);
                }
            } else {
                files.add(input);
            }
        }
        return files;
    }
}
