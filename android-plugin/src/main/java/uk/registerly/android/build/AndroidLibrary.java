package uk.registerly.android.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One AAR, unpacked into the shared cache. {@code test} is true for libraries only the tests use
 * (they go into the Robolectric manifest and resource table, never into the APK).
 */
record AndroidLibrary(String coordinates, Path directory, boolean test) {
    private static final Pattern PACKAGE = Pattern.compile("\\bpackage\\s*=\\s*\"([^\"]+)\"");

    Path classesJar() {
        return directory.resolve("classes.jar");
    }

    Path manifest() {
        return directory.resolve("AndroidManifest.xml");
    }

    Path resources() {
        return directory.resolve("res");
    }

    Path assets() {
        return directory.resolve("assets");
    }

    /** Native code: {@code jni/<abi>/*.so}, packaged into the APK as {@code lib/<abi>/*.so}. */
    Path nativeLibraries() {
        return directory.resolve("jni");
    }

    Path symbols() {
        return directory.resolve("R.txt");
    }

    boolean hasResources() throws IOException {
        if (!Files.isDirectory(resources())) {
            return false;
        }
        try (Stream<Path> files = Files.walk(resources())) {
            return files.anyMatch(Files::isRegularFile);
        }
    }

    /** Jars bundled inside the AAR under libs/; they belong on the classpath and in the APK too. */
    List<Path> bundledJars() throws IOException {
        Path libs = directory.resolve("libs");
        if (!Files.isDirectory(libs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(libs)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    /** The Java package of the library's R class: the package attribute of its manifest. */
    String packageName() throws IOException {
        Matcher m = PACKAGE.matcher(Files.readString(manifest()));
        if (!m.find()) {
            throw new IOException("No package attribute in " + manifest());
        }
        return m.group(1);
    }
}
