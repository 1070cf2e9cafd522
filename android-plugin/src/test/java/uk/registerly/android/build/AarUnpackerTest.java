package uk.registerly.android.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AarUnpackerTest {

    @Test
    void unpacksOnceInlinesMacrosAndGivesResourceOnlyLibrariesAClassesJar(@TempDir Path dir) throws Exception {
        Map<String, String> entries = new TreeMap<>();
        entries.put("AndroidManifest.xml", "<manifest package=\"com.example.theme\" />");
        entries.put("R.txt", "int color accent 0x0\n");
        entries.put("res/values/values.xml",
                "<resources>\n  <macro name=\"accent_macro\">#FF0000</macro>\n  <color name=\"accent\">@macro/accent_macro</color>\n</resources>\n");
        Path aar = aar(dir.resolve("theme-1.0.aar"), entries);
        AarUnpacker unpacker = new AarUnpacker(dir.resolve("cache"));

        Path unpacked = unpacker.unpack("com.example", "theme", "1.0", aar);

        AndroidLibrary library = new AndroidLibrary("com.example:theme:1.0", unpacked, false);
        assertEquals("com.example.theme", library.packageName());
        assertTrue(Files.isRegularFile(library.classesJar()));
        assertTrue(library.hasResources());
        String values = Files.readString(unpacked.resolve("res/values/values.xml"), StandardCharsets.UTF_8);
        assertFalse(values.contains("macro"), values);
        assertTrue(values.contains("<color name=\"accent\">#FF0000</color>"), values);

        Files.writeString(unpacked.resolve("marker"), "kept");
        assertEquals(unpacked, unpacker.unpack("com.example", "theme", "1.0", aar));
        assertTrue(Files.exists(unpacked.resolve("marker")), "a second build reuses the unpacked library");
    }

    @Test
    void refusesEntriesThatWouldEscapeTheCache(@TempDir Path dir) throws Exception {
        Path aar = aar(dir.resolve("evil.aar"), Map.of("../../outside.txt", "x"));
        AarUnpacker unpacker = new AarUnpacker(dir.resolve("cache"));

        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> unpacker.unpack("evil", "evil", "1", aar));
        assertTrue(e.getMessage().contains("escapes"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("outside.txt")));
    }

    private static Path aar(Path file, Map<String, String> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return file;
    }
}
