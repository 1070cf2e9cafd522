package uk.registerly.android.build;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Writes the unsigned APK: the linked resources (as aapt2 stored them), the dex files renumbered
 * into one sequence, the libraries' native code ({@code jni/<abi>/*.so} of each AAR, as
 * {@code lib/<abi>/*.so}), and the Java resources of the app and its libraries (OkHttp's public
 * suffix list, META-INF/services registrations, ...) which many libraries load from the classpath at run time.
 */
final class ApkPackager {
    private static final Pattern DEX = Pattern.compile("classes(\\d*)\\.dex");

    private ApkPackager() {
    }

    static void write(Path resourceApk, List<Path> dexDirectories, List<Path> javaResourceSources, Path output)
            throws IOException {
        write(resourceApk, dexDirectories, List.of(), abi -> true, javaResourceSources, output);
    }

    /**
     * @param nativeLibraryDirectories AARs' {@code jni} directories ({@code <abi>/lib*.so}); missing ones are skipped
     * @param abis                     which ABIs' native code to include (a per-ABI release APK takes one)
     */
    static void write(Path resourceApk, List<Path> dexDirectories, List<Path> nativeLibraryDirectories,
                      Predicate<String> abis, List<Path> javaResourceSources, Path output) throws IOException {
        try (AligningZipWriter out = new AligningZipWriter(output)) {
            copyResources(resourceApk, out);
            int index = 1;
            for (Path directory : dexDirectories) {
                for (Path dex : dexFiles(directory)) {
                    out.deflated(index == 1 ? "classes.dex" : "classes" + index + ".dex", Files.readAllBytes(dex));
                    index++;
                }
            }
            for (Map.Entry<String, Path> library : nativeLibraries(nativeLibraryDirectories).entrySet()) {
                if (abis.test(abiOf(library.getKey()))) {
                    // Stored, so Android maps them from the APK (as AGP packages them for minSdk 23+).
                    out.stored(library.getKey(), Files.readAllBytes(library.getValue()));
                }
            }
            for (Map.Entry<String, byte[]> resource : javaResources(javaResourceSources).entrySet()) {
                out.deflated(resource.getKey(), resource.getValue());
            }
        }
    }

    /** The ABI of {@code lib/<abi>/<name>.so}. */
    static String abiOf(String nativeLibraryPath) {
        return nativeLibraryPath.split("/")[1];
    }

    /** Entries aapt2 stored uncompressed (resources.arsc must be, for targetSdk 30+) stay stored, and aligned. */
    private static void copyResources(Path resourceApk, AligningZipWriter out) throws IOException {
        try (ZipFile zip = new ZipFile(resourceApk.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry source = entries.nextElement();
                byte[] content;
                try (InputStream in = zip.getInputStream(source)) {
                    content = in.readAllBytes();
                }
                if (source.getMethod() == ZipEntry.STORED) {
                    out.stored(source.getName(), content);
                } else {
                    out.deflated(source.getName(), content);
                }
            }
        }
    }

    /**
     * {@code lib/<abi>/<name>.so} for every {@code <abi>/<name>.so} under the given directories, in a
     * stable order; the first library of a name and ABI wins, as in AGP's merge.
     */
    static Map<String, Path> nativeLibraries(List<Path> jniDirectories) throws IOException {
        Map<String, Path> libraries = new java.util.TreeMap<>();
        for (Path jni : jniDirectories) {
            if (!Files.isDirectory(jni)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(jni, 2)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(f -> f.getFileName().toString().endsWith(".so"))
                        .filter(f -> jni.relativize(f).getNameCount() == 2)
                        .sorted()
                        .toList();
            }
            for (Path file : files) {
                libraries.putIfAbsent("lib/" + jni.relativize(file).toString().replace('\\', '/'), file);
            }
        }
        return libraries;
    }

    /** classes.dex, classes2.dex, ... in D8's numeric order (classes10 after classes9). */
    static List<Path> dexFiles(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> DEX.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(ApkPackager::dexIndex))
                    .toList();
        }
    }

    private static int dexIndex(Path dex) {
        Matcher m = DEX.matcher(dex.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException(dex.toString());
        }
        return m.group(1).isEmpty() ? 1 : Integer.parseInt(m.group(1));
    }

    /**
     * The Java resources of jars and class directories, in classpath order: the first copy of a
     * path wins, except service registrations, which are concatenated so every provider is kept.
     */
    static Map<String, byte[]> javaResources(List<Path> sources) throws IOException {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (Path source : sources) {
            for (Map.Entry<String, byte[]> entry : readEntries(source).entrySet()) {
                String path = entry.getKey();
                if (!isPackagedJavaResource(path)) {
                    continue;
                }
                byte[] existing = resources.get(path);
                if (existing == null) {
                    resources.put(path, entry.getValue());
                } else if (path.startsWith("META-INF/services/")) {
                    resources.put(path, concatenate(existing, entry.getValue()));
                }
            }
        }
        return resources;
    }

    /**
     * What a library jar carries that the app needs at run time, as AGP's default packaging
     * options decide: not classes, not jar signatures or build metadata, not licence texts.
     */
    static boolean isPackagedJavaResource(String path) {
        if (path.endsWith("/") || path.endsWith(".class") || DEX.matcher(path).matches()) {
            return false;
        }
        String upper = path.toUpperCase(java.util.Locale.ROOT);
        if (upper.equals("META-INF/MANIFEST.MF") || upper.equals("META-INF/INDEX.LIST")
                || upper.startsWith("META-INF/MAVEN/") || upper.endsWith(".KOTLIN_MODULE")) {
            return false;
        }
        // Keep rules for shrinkers are build inputs (ConsumerRules reads them), not run-time resources.
        if (upper.startsWith("META-INF/PROGUARD/") || upper.startsWith("META-INF/COM.ANDROID.TOOLS/")) {
            return false;
        }
        // Kotlin Multiplatform metadata (klib link data of androidx.collection, room, lifecycle), the
        // coroutines debug agent's probes and the builtins only kotlin-reflect reads (not in the app):
        // nothing on Android loads them, and they are ~150 KB of every APK.
        if (upper.endsWith(".KNM") || upper.contains("/LINKDATA/") || upper.equals("DEBUGPROBESKT.BIN")
                || upper.endsWith(".KOTLIN_BUILTINS") || upper.equals("META-INF/KOTLIN-PROJECT-STRUCTURE-METADATA.JSON")) {
            return false;
        }
        if (upper.startsWith("META-INF/") && upper.indexOf('/', "META-INF/".length()) < 0) {
            String name = upper.substring("META-INF/".length());
            if (name.endsWith(".SF") || name.endsWith(".RSA") || name.endsWith(".DSA") || name.endsWith(".EC")
                    || name.startsWith("LICENSE") || name.startsWith("NOTICE") || name.startsWith("DEPENDENCIES")
                    || name.startsWith("AL2.0") || name.startsWith("LGPL2.1")) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, byte[]> readEntries(Path source) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        if (Files.isDirectory(source)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(source)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                entries.put(source.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        } else if (Files.isRegularFile(source)) {
            try (ZipFile zip = new ZipFile(source.toFile())) {
                List<? extends ZipEntry> list = new ArrayList<>(java.util.Collections.list(zip.entries()));
                for (ZipEntry entry : list) {
                    if (!entry.isDirectory() && isPackagedJavaResource(entry.getName())) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            entries.put(entry.getName(), in.readAllBytes());
                        }
                    }
                }
            }
        }
        return entries;
    }

    private static byte[] concatenate(byte[] first, byte[] second) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(first);
        if (first.length > 0 && first[first.length - 1] != '\n') {
            out.write('\n');
        }
        out.writeBytes(second);
        return out.toByteArray();
    }
}
