package uk.registerly.app.release;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The network and storage settings (MASVS-NETWORK-1, STORAGE-2; docs/security.md) read from the
 * release APK's own binary manifest and XML resources, as Android will read them: no plain HTTP
 * anywhere, no backup and no device transfer, the demo server's tick switched off, target SDK 36,
 * predictive back.
 */
public class ReleaseManifestIT {
    private static final String ANDROID = "http://schemas.android.com/apk/res/android:";

    private static ReleaseArtifacts release;
    private static String manifest;
    private static String resources;

    @BeforeClass
    public static void readRelease() throws IOException {
        release = ReleaseArtifacts.get();
        manifest = xml("AndroidManifest.xml");
        resources = ReleaseArtifacts.run("aapt2", "dump", "resources", release.apk("arm64-v8a").toString());
    }

    @Test
    public void targetsApi36() {
        assertEquals("36", attribute(manifest, "targetSdkVersion"));
        assertEquals("26", attribute(manifest, "minSdkVersion"));
    }

    @Test
    public void releaseBuildsPermitNoCleartextAtAll() {
        assertFalse("usesCleartextTraffic must not be set", manifest.contains(":usesCleartextTraffic("));
        String config = xml(file(attribute(manifest, "networkSecurityConfig")));
        // The config's attributes have no namespace: "A: cleartextTrafficPermitted=false".
        assertTrue("the base config refuses cleartext: " + config,
                Pattern.compile("E: base-config[^\\n]*\\n\\s*A: cleartextTrafficPermitted=false").matcher(config).find());
        assertFalse("nothing permits cleartext: " + config, config.contains("cleartextTrafficPermitted=true"));
        assertFalse("no domain has its own rules: " + config, config.contains("E: domain-config"));
    }

    @Test
    public void theDemoServerTickIsOffInARelease() {
        Matcher flag = Pattern.compile("bool/allow_cleartext_demo_server\\s*\\n\\s*\\(\\) (\\w+)").matcher(resources);
        assertTrue("bool/allow_cleartext_demo_server is in the release resources", flag.find());
        assertEquals("false", flag.group(1));
    }

    @Test
    public void nothingLeavesTheDeviceByBackupOrTransfer() {
        assertEquals("false", attribute(manifest, "allowBackup"));
        String rules = xml(file(attribute(manifest, "dataExtractionRules")));
        for (String section : List.of("cloud-backup", "device-transfer")) {
            String part = section(rules, section);
            assertFalse(section + " includes something: " + part, part.contains("E: include"));
            for (String domain : List.of("root", "file", "database", "sharedpref", "external", "device_root", "device_file",
                    "device_database", "device_sharedpref")) {
                assertTrue(section + " does not exclude " + domain + ": " + part,
                        Pattern.compile("E: exclude[^E]*domain=\"" + domain + "\"[^E]*path=\"\\.\"").matcher(part).find());
            }
        }
        String full = xml(file(attribute(manifest, "fullBackupContent")));
        assertFalse(full.contains("E: include"));
        for (String domain : List.of("root", "file", "database", "sharedpref", "external")) {
            assertTrue("fullBackupContent excludes " + domain, full.contains("domain=\"" + domain + "\""));
        }
    }

    @Test
    public void predictiveBackIsOnAndSyncDeclaresItsForegroundServiceType() {
        assertEquals("true", attribute(manifest, "enableOnBackInvokedCallback"));
        assertTrue(manifest.contains("\"android.permission.FOREGROUND_SERVICE_DATA_SYNC\""));
        int service = manifest.indexOf("\"androidx.work.impl.foreground.SystemForegroundService\"");
        assertTrue("WorkManager's foreground service is declared", service > 0);
        String element = manifest.substring(manifest.lastIndexOf("E: service", service), manifest.indexOf("E: ", service));
        assertTrue("dataSync type: " + element, element.matches("(?s).*foregroundServiceType\\(0x[0-9a-f]+\\)=(0x0*1|dataSync)\\b.*"));
    }

    private static String xml(String path) {
        return ReleaseArtifacts.run("aapt2", "dump", "xmltree", "--file", path, release.apk("arm64-v8a").toString());
    }

    /** The first value of an android: attribute in a dump, without quotes; references as @0x... */
    private static String attribute(String dump, String name) {
        Matcher m = Pattern.compile(Pattern.quote(ANDROID + name) + "\\(0x[0-9a-f]+\\)=(\"([^\"]*)\"|(\\S+))").matcher(dump);
        assertTrue(name + " is not in " + dump.substring(0, Math.min(400, dump.length())), m.find());
        return m.group(2) != null ? m.group(2) : m.group(3);
    }

    /** The file a resource reference (@0x7f...) points to, from the resource table. */
    private static String file(String reference) {
        assertTrue("a resource reference: " + reference, reference.startsWith("@0x"));
        Matcher m = Pattern.compile("resource " + reference.substring(1) + " \\S+\\s*\\n\\s*\\(\\) \\(file\\) (\\S+)")
                .matcher(resources);
        assertTrue(reference + " is a file in the resource table", m.find());
        assertNotNull(m.group(1));
        return m.group(1);
    }

    private static String section(String dump, String element) {
        int start = dump.indexOf("E: " + element);
        assertTrue(element + " is in " + dump, start >= 0);
        int indent = start - dump.lastIndexOf('\n', start) - 1;
        int end = dump.length();
        Matcher next = Pattern.compile("(?m)^ {0," + indent + "}E: ").matcher(dump);
        if (next.find(start + 1)) {
            end = next.start();
        }
        return dump.substring(start, end);
    }
}
