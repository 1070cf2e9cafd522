package uk.registerly.app.release;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The release APKs as a school's IT technician receives them: one per ABI, signed (apksigner
 * verify), not debuggable, R8's mapping beside them, only the app's languages, resources shrunk,
 * native code 16 KB aligned in the zip and in its ELF segments, and the arm64 one within 8 MB.
 */
public class ReleaseApkIT {
    private static final long ARM64_LIMIT = 8_000_000;
    private static final int PAGE_16K = 16 * 1024;

    private static ReleaseArtifacts release;

    @BeforeClass
    public static void readRelease() throws IOException {
        release = ReleaseArtifacts.get();
    }

    @Test
    public void oneSignedApkPerAbiWithOnlyThatAbisNativeCode() throws IOException {
        for (String abi : ReleaseArtifacts.ABIS) {
            Path apk = release.apk(abi);
            assertTrue(apk + " was not built", Files.isRegularFile(apk));
            String verified = ReleaseArtifacts.run("apksigner", "verify", "--verbose", apk.toString());
            assertTrue(verified, verified.contains("Verified using v2 scheme (APK Signature Scheme v2): true"));
            Set<String> abis = new TreeSet<>();
            try (ZipFile zip = new ZipFile(apk.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (entry.getName().startsWith("lib/")) {
                        abis.add(entry.getName().split("/")[1]);
                    }
                }
            }
            assertEquals(Set.of(abi), abis);
        }
    }

    @Test
    public void theArm64ApkIsWithinEightMegabytes() throws IOException {
        long size = Files.size(release.apk("arm64-v8a"));
        assertTrue("arm64-v8a release APK is " + size + " bytes, over " + ARM64_LIMIT, size <= ARM64_LIMIT);
    }

    @Test
    public void noReleaseApkIsDebuggable() {
        for (String abi : ReleaseArtifacts.ABIS) {
            String badging = ReleaseArtifacts.run("aapt2", "dump", "badging", release.apk(abi).toString());
            assertFalse(abi + " is debuggable", badging.contains("application-debuggable"));
            String manifest = manifest(abi);
            assertFalse(abi + " names android:debuggable", manifest.contains(":debuggable("));
        }
    }

    @Test
    public void theMappingFileIsBesideTheApksAndMapsTheAppsClasses() throws IOException {
        String mapping = Files.readString(release.mapping());
        assertTrue(mapping.contains("uk.registerly.app.RegisterlyApplication -> uk.registerly.app.RegisterlyApplication:"));
        // R8 did rename: without that, the mapping would be a list of identities.
        assertTrue("R8 renamed classes", Pattern.compile("(?m)^uk\\.registerly\\.\\S+ -> [a-zA-Z0-9]{1,3}(\\.[a-zA-Z0-9]{1,3})+:$")
                .matcher(mapping).find());
    }

    /** aapt2 -c en,pl: the libraries' other translations (material ships ~90) are gone. */
    @Test
    public void onlyTheAppsLanguagesAreShipped() {
        String configurations = ReleaseArtifacts.run("aapt2", "dump", "configurations", release.apk("arm64-v8a").toString());
        Set<String> languages = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^([a-z]{2,3})(-r[A-Z]{2})?(-|$)").matcher(configurations);
        while (m.find()) {
            languages.add(m.group(1));
        }
        languages.removeAll(Set.of("land", "port", "night", "small", "large", "watch", "car"));
        assertEquals(Set.of("en", "pl"), withEnglish(languages));
        assertTrue("Polish is there", configurations.lines().anyMatch(l -> l.startsWith("pl")));
    }

    /** R8's resource shrinking: the release table has fewer resources than the debug one it came from. */
    @Test
    public void unusedResourcesAreRemoved() {
        Path debug = release.directory.getParent().resolve("registerly-debug.apk");
        int before = resourceCount(debug);
        int after = resourceCount(release.apk("arm64-v8a"));
        assertTrue("release keeps " + after + " of " + before + " resources", after < before * 0.9);
    }

    /** Android 15+ devices with 16 KB pages map SQLCipher straight from the APK only if both line up. */
    @Test
    public void nativeCodeIs16KbAlignedInTheApkAndInItsSegments() throws IOException {
        for (String abi : ReleaseArtifacts.ABIS) {
            Path apk = release.apk(abi);
            String offsets = ReleaseArtifacts.run("zipalign", "-c", "-v", "4", apk.toString());
            Matcher m = Pattern.compile("(?m)^\\s*(\\d+) (lib/\\S+\\.so) \\(OK\\)").matcher(offsets);
            int libraries = 0;
            while (m.find()) {
                libraries++;
                assertEquals(m.group(2) + " starts at " + m.group(1), 0, Long.parseLong(m.group(1)) % PAGE_16K);
            }
            assertTrue("native code is stored in " + abi, libraries > 0);
            try (ZipFile zip = new ZipFile(apk.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (entry.getName().endsWith(".so")) {
                        assertEquals(entry.getName() + " is compressed", ZipEntry.STORED, entry.getMethod());
                        try (InputStream in = zip.getInputStream(entry)) {
                            ElfSegments.assertLoadSegmentsAligned(entry.getName(), in.readAllBytes(), PAGE_16K);
                        }
                    }
                }
            }
        }
    }

    private static Set<String> withEnglish(Set<String> languages) {
        // English is the default configuration (no qualifier) and may or may not appear as "en".
        Set<String> all = new TreeSet<>(languages);
        all.add("en");
        return all;
    }

    private static int resourceCount(Path apk) {
        return (int) ReleaseArtifacts.run("aapt2", "dump", "resources", apk.toString()).lines()
                .filter(l -> l.trim().startsWith("resource 0x")).count();
    }

    private static String manifest(String abi) {
        return ReleaseArtifacts.run("aapt2", "dump", "xmltree", "--file", "AndroidManifest.xml", release.apk(abi).toString());
    }
}
