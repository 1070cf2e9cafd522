package uk.registerly.android.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApkPackagerTest {

    @Test
    void keepsRuntimeResourcesAndDropsClassesSignaturesAndBuildMetadata() {
        assertTrue(ApkPackager.isPackagedJavaResource("okhttp3/internal/publicsuffix/publicsuffixes.gz"));
        assertTrue(ApkPackager.isPackagedJavaResource("META-INF/services/kotlinx.coroutines.CoroutineExceptionHandler"));
        assertTrue(ApkPackager.isPackagedJavaResource("META-INF/androidx.core_core.version"));
        assertFalse(ApkPackager.isPackagedJavaResource("androidx/core/R.class"));
        assertFalse(ApkPackager.isPackagedJavaResource("META-INF/MANIFEST.MF"));
        assertFalse(ApkPackager.isPackagedJavaResource("META-INF/BCKEY.SF"));
        assertFalse(ApkPackager.isPackagedJavaResource("META-INF/maven/com.squareup/okio/pom.xml"));
        assertFalse(ApkPackager.isPackagedJavaResource("META-INF/kotlin-stdlib.kotlin_module"));
        assertFalse(ApkPackager.isPackagedJavaResource("META-INF/LICENSE.txt"));
    }

    @Test
    void serviceRegistrationsFromEveryJarAreKeptAndOtherClashesGoToTheFirst(@TempDir Path dir) throws IOException {
        Path first = jar(dir.resolve("a.jar"), Map.of("META-INF/services/x.Provider", "a.One",
                "data/table.txt", "first"));
        Path second = jar(dir.resolve("b.jar"), Map.of("META-INF/services/x.Provider", "b.Two\n",
                "data/table.txt", "second"));

        Map<String, byte[]> resources = ApkPackager.javaResources(List.of(first, second));

        assertEquals("a.One\nb.Two\n", new String(resources.get("META-INF/services/x.Provider"), StandardCharsets.UTF_8));
        assertEquals("first", new String(resources.get("data/table.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void dexFilesAreNumberedInD8sOrder(@TempDir Path dir) throws IOException {
        for (String name : List.of("classes10.dex", "classes.dex", "classes2.dex", "classes9.dex", "notes.txt")) {
            Files.writeString(dir.resolve(name), name);
        }

        assertEquals(List.of("classes.dex", "classes2.dex", "classes9.dex", "classes10.dex"),
                ApkPackager.dexFiles(dir).stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void theApkKeepsStoredResourcesStoredAndRenumbersDexAcrossParts(@TempDir Path dir) throws IOException {
        Path resources = dir.resolve("resources.ap_");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(resources))) {
            byte[] arsc = "table".getBytes(StandardCharsets.UTF_8);
            ZipEntry entry = new ZipEntry("resources.arsc");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(arsc.length);
            CRC32 crc = new CRC32();
            crc.update(arsc);
            entry.setCrc(crc.getValue());
            out.putNextEntry(entry);
            out.write(arsc);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("AndroidManifest.xml"));
            out.write(1);
            out.closeEntry();
        }
        Path app = Files.createDirectories(dir.resolve("app"));
        Files.writeString(app.resolve("classes.dex"), "app");
        Path libraries = Files.createDirectories(dir.resolve("libs"));
        Files.writeString(libraries.resolve("classes.dex"), "lib1");
        Files.writeString(libraries.resolve("classes2.dex"), "lib2");
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.writeString(classes.resolve("messages.properties"), "hello=Hello");
        Path apk = dir.resolve("out/app.apk");

        ApkPackager.write(resources, List.of(app, libraries), List.of(classes), apk);

        try (ZipFile zip = new ZipFile(apk.toFile())) {
            assertEquals(ZipEntry.STORED, zip.getEntry("resources.arsc").getMethod());
            assertEquals("app", read(zip, "classes.dex"));
            assertEquals("lib1", read(zip, "classes2.dex"));
            assertEquals("lib2", read(zip, "classes3.dex"));
            assertEquals("hello=Hello", read(zip, "messages.properties"));
        }
    }

    @Test
    void aarsNativeLibrariesGoUnderLibAbiUncompressed(@TempDir Path dir) throws IOException {
        Path resources = dir.resolve("resources.ap_");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(resources))) {
            out.putNextEntry(new ZipEntry("AndroidManifest.xml"));
            out.write(1);
            out.closeEntry();
        }
        Path sqlcipher = dir.resolve("sqlcipher/jni");
        Files.createDirectories(sqlcipher.resolve("arm64-v8a"));
        Files.createDirectories(sqlcipher.resolve("x86_64"));
        Files.writeString(sqlcipher.resolve("arm64-v8a/libsqlcipher.so"), "arm64 code");
        Files.writeString(sqlcipher.resolve("x86_64/libsqlcipher.so"), "x86_64 code");
        Files.writeString(sqlcipher.resolve("x86_64/README.txt"), "not a library");
        Path dex = Files.createDirectories(dir.resolve("dex"));
        Files.writeString(dex.resolve("classes.dex"), "app");
        Path apk = dir.resolve("app.apk");

        ApkPackager.write(resources, List.of(dex), List.of(sqlcipher, dir.resolve("no-native-code/jni")), abi -> true,
                List.of(), apk);

        try (ZipFile zip = new ZipFile(apk.toFile())) {
            assertEquals("arm64 code", read(zip, "lib/arm64-v8a/libsqlcipher.so"));
            assertEquals("x86_64 code", read(zip, "lib/x86_64/libsqlcipher.so"));
            assertEquals(ZipEntry.STORED, zip.getEntry("lib/arm64-v8a/libsqlcipher.so").getMethod());
            assertEquals(null, zip.getEntry("lib/x86_64/README.txt"));
        }
    }

    @Test
    void aPerAbiApkHoldsOnlyThatAbisNativeCode16KbAligned(@TempDir Path dir) throws IOException {
        Path resources = dir.resolve("resources.ap_");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(resources))) {
            out.putNextEntry(new ZipEntry("AndroidManifest.xml"));
            out.write(1);
            out.closeEntry();
            byte[] arsc = "tab".getBytes(StandardCharsets.UTF_8);
            ZipEntry table = new ZipEntry("resources.arsc");
            table.setMethod(ZipEntry.STORED);
            table.setSize(arsc.length);
            CRC32 crc = new CRC32();
            crc.update(arsc);
            table.setCrc(crc.getValue());
            out.putNextEntry(table);
            out.write(arsc);
            out.closeEntry();
        }
        Path jni = dir.resolve("sqlcipher/jni");
        for (String abi : List.of("arm64-v8a", "armeabi-v7a", "x86_64")) {
            Files.createDirectories(jni.resolve(abi));
            // Odd sizes, so each next entry would start unaligned without padding.
            Files.write(jni.resolve(abi).resolve("libsqlcipher.so"), new byte[5_001 + abi.length()]);
            Files.write(jni.resolve(abi).resolve("libextra.so"), new byte[333]);
        }
        Path dex = Files.createDirectories(dir.resolve("dex"));
        Files.writeString(dex.resolve("classes.dex"), "app");
        Path apk = dir.resolve("arm64.apk");

        ApkPackager.write(resources, List.of(dex), List.of(jni), "arm64-v8a"::equals, List.of(), apk);

        List<ZipAlignment.StoredEntry> stored = ZipAlignment.storedEntries(apk);
        assertEquals(List.of("resources.arsc", "lib/arm64-v8a/libextra.so", "lib/arm64-v8a/libsqlcipher.so"),
                stored.stream().map(ZipAlignment.StoredEntry::name).toList());
        for (ZipAlignment.StoredEntry entry : stored) {
            long alignment = entry.name().endsWith(".so") ? 16_384 : 4;
            assertEquals(0, entry.dataOffset() % alignment, entry.name() + " at " + entry.dataOffset());
        }
        assertTrue(ZipAlignment.misaligned(apk).isEmpty());
        try (ZipFile zip = new ZipFile(apk.toFile())) {
            assertEquals(5_010, zip.getInputStream(zip.getEntry("lib/arm64-v8a/libsqlcipher.so")).readAllBytes().length);
            assertEquals("tab", read(zip, "resources.arsc"));
        }
    }

    @Test
    void misalignedNativeCodeIsReported(@TempDir Path dir) throws IOException {
        Path apk = dir.resolve("plain.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(apk))) {
            out.putNextEntry(new ZipEntry("classes.dex"));
            out.write(new byte[777]);
            out.closeEntry();
            byte[] code = new byte[100];
            ZipEntry so = new ZipEntry("lib/arm64-v8a/libx.so");
            so.setMethod(ZipEntry.STORED);
            so.setSize(code.length);
            CRC32 crc = new CRC32();
            crc.update(code);
            so.setCrc(crc.getValue());
            out.putNextEntry(so);
            out.write(code);
            out.closeEntry();
        }

        assertEquals(List.of("lib/arm64-v8a/libx.so"),
                ZipAlignment.misaligned(apk).stream().map(ZipAlignment.StoredEntry::name).toList());
    }

    @Test
    void kotlinMultiplatformMetadataAndShrinkerRulesAreNotPackaged() {
        assertFalse(ApkPackager.isPackagedJavaResource("commonMain/default/linkdata/package_androidx.collection/0_collection.knm"));
        assertFalse(ApkPackager.isPackagedJavaResource("DebugProbesKt.bin"));
        assertFalse(ApkPackager.isPackagedJavaResource("kotlin/kotlin.kotlin_builtins"));
        assertFalse(ApkPackager.isPackagedJavaResource("META-INF/proguard/retrofit2.pro"));
        assertFalse(ApkPackager.isPackagedJavaResource("META-INF/com.android.tools/r8/coroutines.pro"));
        assertFalse(ApkPackager.isPackagedJavaResource("classes2.dex"));
        assertTrue(ApkPackager.isPackagedJavaResource("META-INF/androidx/room/room-common/LICENSE.txt"));
    }

    private static String read(ZipFile zip, String name) throws IOException {
        return new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8);
    }

    private static Path jar(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream out = new ZipOutputStream(raw)) {
            out.putNextEntry(new ZipEntry("x/Provider.class"));
            out.write(new byte[] {(byte) 0xCA, (byte) 0xFE});
            out.closeEntry();
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }
}
