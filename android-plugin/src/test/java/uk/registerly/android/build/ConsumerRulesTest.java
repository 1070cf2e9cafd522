package uk.registerly.android.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsumerRulesTest {

    @Test
    void r8DirectoriesApplyByVersionRange() {
        assertTrue(ConsumerRules.appliesTo("r8", "8.13.25"));
        assertTrue(ConsumerRules.appliesTo("r8-from-1.6.0", "8.13.25"));
        assertFalse(ConsumerRules.appliesTo("r8-upto-3.0.0", "8.13.25"));
        assertTrue(ConsumerRules.appliesTo("r8-from-8.0.0-upto-9.0.0", "8.13.25"));
        assertFalse(ConsumerRules.appliesTo("r8-from-8.14.0", "8.13.25"));
        assertFalse(ConsumerRules.appliesTo("proguard", "8.13.25"));
    }

    @Test
    void aJarsR8RulesReplaceItsProguardRules(@TempDir Path dir) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        entries.put("META-INF/proguard/coroutines.pro", "-keep class generic");
        entries.put("META-INF/com.android.tools/r8-from-1.6.0/coroutines.pro", "-keep class modern");
        entries.put("META-INF/com.android.tools/r8-upto-3.0.0/coroutines.pro", "-keep class old");
        entries.put("META-INF/com.android.tools/proguard/coroutines.pro", "-keep class forProguard");
        Path jar = jar(dir.resolve("coroutines.jar"), entries);

        List<ConsumerRules.Rules> rules = ConsumerRules.fromJar(jar, "8.13.25");

        assertEquals(List.of("-keep class modern"), rules.stream().map(ConsumerRules.Rules::text).toList());
        assertEquals("coroutines.jar!/META-INF/com.android.tools/r8-from-1.6.0/coroutines.pro", rules.get(0).origin());
    }

    @Test
    void withoutR8RulesTheProguardRulesApply(@TempDir Path dir) throws IOException {
        Path jar = jar(dir.resolve("retrofit.jar"), Map.of("META-INF/proguard/retrofit2.pro", "-keepattributes Signature",
                "META-INF/proguard/nested/ignored.pro", "-keep class nested"));

        assertEquals(List.of("-keepattributes Signature"),
                ConsumerRules.fromJar(jar, "8.13.25").stream().map(ConsumerRules.Rules::text).toList());
    }

    @Test
    void theAppsClassDirectoryIsReadToo(@TempDir Path dir) throws IOException {
        Path rules = dir.resolve("classes/META-INF/proguard/x_LazyClassKeys.pro");
        Files.createDirectories(rules.getParent());
        Files.writeString(rules, "-keep,allowobfuscation,allowshrinking class x.MyViewModel");

        assertEquals(List.of("-keep,allowobfuscation,allowshrinking class x.MyViewModel"),
                ConsumerRules.fromJar(dir.resolve("classes"), "8.13.25").stream().map(ConsumerRules.Rules::text).toList());
        assertEquals(List.of(), ConsumerRules.fromJar(Files.createDirectories(dir.resolve("empty")), "8.13.25"));
    }

    private static Path jar(Path file, Map<String, String> entries) throws IOException {
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
