package uk.registerly.android.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.concurrent.atomic.AtomicInteger;

import com.android.tools.r8.CompilationFailedException;
import com.android.tools.r8.CompilationMode;
import com.android.tools.r8.D8;
import com.android.tools.r8.D8Command;
import com.android.tools.r8.Diagnostic;
import com.android.tools.r8.DiagnosticsHandler;
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
        QuietDiagnostics diagnostics = new QuietDiagnostics(log);
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
    private static List<Path> programFiles(List<Path> program) throws IOException {
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

    /**
     * Libraries refer to optional classes they never load here (e.g. OkHttp to Conscrypt), which D8
     * reports once per class: show a few and a count instead of hundreds of lines.
     */
    private static final class QuietDiagnostics implements DiagnosticsHandler {
        private static final int SHOWN = 3;
        private final Log log;
        private final AtomicInteger warnings = new AtomicInteger();

        QuietDiagnostics(Log log) {
            this.log = log;
        }

        @Override
        public void warning(Diagnostic diagnostic) {
            if (warnings.incrementAndGet() <= SHOWN) {
                log.warn("D8: " + diagnostic.getDiagnosticMessage());
            } else {
                log.debug("D8: " + diagnostic.getDiagnosticMessage());
            }
        }

        @Override
        public void info(Diagnostic diagnostic) {
            log.debug("D8: " + diagnostic.getDiagnosticMessage());
        }

        void summarise() {
            if (warnings.get() > SHOWN) {
                log.warn("D8: " + (warnings.get() - SHOWN) + " more warnings (run with -X to see them)");
            }
        }
    }
}
