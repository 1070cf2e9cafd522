package uk.registerly.android.build;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.apache.maven.plugin.MojoExecutionException;

/** Compiles generated R sources with the JDK's javac, in-process, into a jar. */
final class RClassCompiler {
    private RClassCompiler() {
    }

    static void compile(Map<String, SymbolTable> packages, Path jar) throws IOException, MojoExecutionException {
        Path scratch = Files.createTempDirectory("registerly-r-");
        try {
            Path sources = scratch.resolve("src");
            Path classes = scratch.resolve("classes");
            Files.createDirectories(classes);
            List<String> args = new ArrayList<>(List.of("--release", "11", "-nowarn", "-implicit:none",
                    "-encoding", "UTF-8", "-d", classes.toString()));
            for (Map.Entry<String, SymbolTable> entry : packages.entrySet()) {
                Path source = sources.resolve(entry.getKey().replace('.', '/')).resolve("R.java");
                Files.createDirectories(source.getParent());
                Files.writeString(source, RClassWriter.source(entry.getKey(), entry.getValue()), StandardCharsets.UTF_8);
                args.add(source.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            if (javac == null) {
                throw new MojoExecutionException("No Java compiler: run Maven on a JDK, not a JRE");
            }
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            int exit = javac.run(null, errors, errors, args.toArray(String[]::new));
            if (exit != 0) {
                throw new MojoExecutionException("javac failed on generated R classes:" + System.lineSeparator()
                        + errors.toString(StandardCharsets.UTF_8));
            }
            writeJar(classes, jar);
        } finally {
            AarUnpacker.deleteRecursively(scratch);
        }
    }

    private static void writeJar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }
}
