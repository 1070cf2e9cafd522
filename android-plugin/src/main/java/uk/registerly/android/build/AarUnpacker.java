package uk.registerly.android.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks AARs once per machine into {@code <cache>/aars/<layout version>/<group>/<artifact>/<version>}.
 * Released coordinates never change content, so the coordinates are the key. Macros are inlined
 * while unpacking, so every later aapt2 compile of this library sees a resource set it accepts.
 */
final class AarUnpacker {
    /** Bump when what is stored changes (e.g. a new resource rewrite), so old entries are not reused. */
    private static final String LAYOUT = "v1";

    private final Path root;

    AarUnpacker(Path cacheDirectory) {
        this.root = cacheDirectory.resolve("aars").resolve(LAYOUT);
    }

    Path unpack(String groupId, String artifactId, String version, Path aar) throws IOException {
        Path target = root.resolve(groupId).resolve(artifactId).resolve(version);
        if (Files.isRegularFile(target.resolve(".complete"))) {
            return target;
        }
        Files.createDirectories(target.getParent());
        // Unpack beside the target and move it into place, so a concurrent or interrupted build
        // never sees a half-written library.
        Path staging = Files.createTempDirectory(target.getParent(), artifactId + "-");
        try {
            extract(aar, staging);
            if (!Files.exists(staging.resolve("classes.jar"))) {
                // Resource-only AARs have no classes.jar; an empty one keeps the classpath uniform.
                try (JarOutputStream ignored = new JarOutputStream(Files.newOutputStream(staging.resolve("classes.jar")))) {
                    // an empty jar
                }
            }
            inlineMacros(staging.resolve("res"));
            Files.writeString(staging.resolve(".complete"), aar.getFileName().toString());
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | DirectoryNotEmptyException | AtomicMoveNotSupportedException e) {
                if (!Files.isRegularFile(target.resolve(".complete"))) {
                    throw e;
                }
                // Another build unpacked the same library meanwhile: use theirs.
            }
        } finally {
            deleteRecursively(staging);
        }
        return target;
    }

    private static void extract(Path zip, Path into) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = into.resolve(entry.getName()).normalize();
                if (!out.startsWith(into)) {
                    throw new IOException("Entry escapes the archive: " + entry.getName() + " in " + zip);
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void inlineMacros(Path res) throws IOException {
        if (!Files.isDirectory(res)) {
            return;
        }
        List<Path> xmlFiles;
        try (Stream<Path> files = Files.walk(res)) {
            xmlFiles = files.filter(f -> f.toString().endsWith(".xml")).sorted().toList();
        }
        MacroInliner inliner = new MacroInliner();
        for (Path file : xmlFiles) {
            if (file.getParent().getFileName().toString().startsWith("values")) {
                inliner.collect(read(file));
            }
        }
        if (inliner.isEmpty()) {
            return;
        }
        for (Path file : xmlFiles) {
            String text = read(file);
            if (text.contains("<macro") || text.contains("@macro/")) {
                Files.writeString(file, inliner.inline(text), StandardCharsets.UTF_8);
            }
        }
    }

    private static String read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
