package uk.registerly.app.release;

import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jf.dexlib2.DexFileFactory;
import org.jf.dexlib2.Opcodes;
import org.jf.dexlib2.iface.ClassDef;
import org.jf.dexlib2.iface.DexFile;
import org.jf.dexlib2.iface.MultiDexContainer;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * What the release build left in target/release (the directory is the system property
 * {@code registerly.release}, set by the release profile's Failsafe run), read as a device and a
 * crash report would: the APKs through aapt2 and apksigner, their dex through dexlib2, R8's
 * mapping file for the names it changed, and the app's own class files (ASM) for what to expect.
 */
final class ReleaseArtifacts {
    static final List<String> ABIS = List.of("arm64-v8a", "armeabi-v7a", "x86_64");

    private static ReleaseArtifacts instance;

    final Path directory;
    final Path classes;
    private final Map<String, ClassDef> dexClasses = new HashMap<>();
    private final Map<String, String> obfuscated = new HashMap<>();
    private final Map<String, String> original = new HashMap<>();

    private ReleaseArtifacts(Path directory, Path classes) throws IOException {
        this.directory = directory;
        this.classes = classes;
        // Every ABI's APK carries the same dex; the arm64 one is what most tablets install.
        MultiDexContainer<? extends DexFile> container =
                DexFileFactory.loadDexContainer(apk("arm64-v8a").toFile(), Opcodes.forApi(26));
        for (String entry : container.getDexEntryNames()) {
            for (ClassDef def : container.getEntry(entry).getDexFile().getClasses()) {
                dexClasses.put(def.getType(), def);
            }
        }
        for (String line : Files.readAllLines(mapping(), StandardCharsets.UTF_8)) {
            // "original.Name -> a.b:" for classes; members are indented, comments start with #.
            if (!line.startsWith(" ") && !line.startsWith("#") && line.endsWith(":") && line.contains(" -> ")) {
                String[] parts = line.substring(0, line.length() - 1).split(" -> ");
                obfuscated.put(parts[0], parts[1]);
                original.put(parts[1], parts[0]);
            }
        }
    }

    static synchronized ReleaseArtifacts get() throws IOException {
        if (instance == null) {
            String release = System.getProperty("registerly.release");
            String classes = System.getProperty("registerly.classes");
            assertTrue("run with -Prelease: registerly.release is not set", release != null && classes != null);
            instance = new ReleaseArtifacts(Path.of(release), Path.of(classes));
        }
        return instance;
    }

    Path apk(String abi) {
        return directory.resolve("registerly-" + abi + "-release.apk");
    }

    Path mapping() {
        return directory.resolve("mapping.txt");
    }

    /** The name a class has in the release dex (R8 may have renamed it); unchanged if R8 did not. */
    String releaseName(String originalName) {
        return obfuscated.getOrDefault(originalName, originalName);
    }

    /** The name a class of the release dex had in the source; unchanged if R8 did not rename it. */
    String originalName(String releaseName) {
        return original.getOrDefault(releaseName, releaseName);
    }

    /** A class of the release dex by its original Java name, or null when R8 removed it. */
    ClassDef dexClass(String originalName) {
        return dexClasses.get(descriptor(releaseName(originalName)));
    }

    /** A class of the release dex by the name it has there. */
    ClassDef dexClassNamed(String releaseName) {
        return dexClasses.get(descriptor(releaseName));
    }

    Iterable<ClassDef> dexClasses() {
        return dexClasses.values();
    }

    static String descriptor(String javaName) {
        return "L" + javaName.replace('.', '/') + ";";
    }

    static String javaName(String descriptor) {
        return descriptor.substring(1, descriptor.length() - 1).replace('/', '.');
    }

    /** Every class the app compiled (target/classes), as ASM reads it. */
    List<ClassNode> appClasses() throws IOException {
        List<ClassNode> nodes = new ArrayList<>();
        try (var files = Files.walk(classes)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                nodes.add(read(Files.readAllBytes(file)));
            }
        }
        return nodes;
    }

    /** A class from the test classpath (the app's libraries), by internal name, or null. */
    static ClassNode classpathClass(String internalName) {
        try (InputStream in = ReleaseArtifacts.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
            return in == null ? null : read(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the class (internal name) is or extends {@code ancestor}, following superclasses on the classpath. */
    static boolean extendsClass(ClassNode node, String ancestor) {
        for (ClassNode c = node; c != null; c = c.superName == null ? null : classpathClass(c.superName)) {
            if (c.name.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static ClassNode read(byte[] bytes) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, ClassReader.SKIP_CODE | ClassReader.SKIP_FRAMES);
        return node;
    }

    /** Runs a Debian tool (aapt2, apksigner, zipalign) and returns its output; fails the test on a non-zero exit. */
    static String run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] out = process.getInputStream().readAllBytes();
            assertTrue(command[0] + " did not finish", process.waitFor(5, TimeUnit.MINUTES));
            String text = new String(out, StandardCharsets.UTF_8);
            assertTrue(String.join(" ", command) + " failed:\n" + text, process.exitValue() == 0);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static File file(Path path) {
        return path.toFile();
    }
}
