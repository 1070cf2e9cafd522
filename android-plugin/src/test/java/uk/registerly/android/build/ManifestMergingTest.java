package uk.registerly.android.build;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestMergingTest {
    private static final AndroidTarget TARGET = new AndroidTarget("uk.registerly.app", 26, 34, 7, "1.2.3", true);

    @Test
    void mergesLibraryComponentsAndAppliesTheTargetAndToolsMarkers(@TempDir Path dir) throws Exception {
        Path main = write(dir.resolve("main/AndroidManifest.xml"), """
                <manifest xmlns:android="http://schemas.android.com/apk/res/android"
                    xmlns:tools="http://schemas.android.com/tools">
                  <application android:name="uk.registerly.app.App">
                    <provider android:name="androidx.startup.InitializationProvider"
                        android:authorities="${applicationId}.androidx-startup" tools:node="merge">
                      <meta-data android:name="androidx.work.WorkManagerInitializer" tools:node="remove" />
                    </provider>
                  </application>
                </manifest>
                """);
        Path libraryDir = Files.createDirectories(dir.resolve("work"));
        write(libraryDir.resolve("AndroidManifest.xml"), """
                <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="androidx.work">
                  <uses-sdk android:minSdkVersion="23" />
                  <uses-permission android:name="android.permission.WAKE_LOCK" />
                  <application>
                    <provider android:name="androidx.startup.InitializationProvider"
                        android:authorities="${applicationId}.androidx-startup" android:exported="false">
                      <meta-data android:name="androidx.work.WorkManagerInitializer" android:value="androidx.startup" />
                    </provider>
                  </application>
                </manifest>
                """);
        Path merged = dir.resolve("out/AndroidManifest.xml");

        ManifestMerging.merge(main, List.of(new AndroidLibrary("androidx.work:work-runtime:2.11.2", libraryDir, false)),
                TARGET, merged, new SystemStreamLog());

        String xml = Files.readString(merged);
        assertTrue(xml.contains("package=\"uk.registerly.app\""), xml);
        assertTrue(xml.contains("android.permission.WAKE_LOCK"), xml);
        assertTrue(xml.contains("android:authorities=\"uk.registerly.app.androidx-startup\""), xml);
        assertTrue(xml.contains("android:targetSdkVersion=\"34\""), xml);
        assertTrue(xml.contains("android:versionCode=\"7\""), xml);
        assertTrue(!xml.contains("WorkManagerInitializer") && !xml.contains("tools:"), xml);
    }

    @Test
    void aMissingAppManifestIsAClearError(@TempDir Path dir) {
        assertThrows(MojoExecutionException.class, () -> ManifestMerging.merge(dir.resolve("AndroidManifest.xml"),
                List.of(), TARGET, dir.resolve("out.xml"), new SystemStreamLog()));
    }

    private static Path write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
