package uk.registerly.android.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.android.manifmerger.ManifestMerger2;
import com.android.manifmerger.ManifestSystemProperty;
import com.android.manifmerger.MergingReport;
import com.android.utils.ILogger;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.logging.Log;

/** Merges the app manifest with its libraries' manifests using AGP's own merger, in-process. */
final class ManifestMerging {
    private ManifestMerging() {
    }

    static void merge(Path mainManifest, List<AndroidLibrary> libraries, AndroidTarget target, Path output, Log log)
            throws MojoExecutionException, IOException {
        if (!Files.isRegularFile(mainManifest)) {
            throw new MojoExecutionException("App manifest not found: " + mainManifest);
        }
        ManifestMerger2.Invoker merger = ManifestMerger2
                .newMerger(mainManifest.toFile(), new MavenLogger(log), ManifestMerger2.MergeType.APPLICATION)
                .setNamespace(target.applicationId())
                .setOverride(ManifestSystemProperty.Document.PACKAGE, target.applicationId())
                .setOverride(ManifestSystemProperty.UsesSdk.MIN_SDK_VERSION, Integer.toString(target.minSdk()))
                .setOverride(ManifestSystemProperty.UsesSdk.TARGET_SDK_VERSION, Integer.toString(target.targetSdk()))
                .setOverride(ManifestSystemProperty.Manifest.VERSION_CODE, Integer.toString(target.versionCode()))
                .setOverride(ManifestSystemProperty.Manifest.VERSION_NAME, target.versionName())
                .withFeatures(ManifestMerger2.Invoker.Feature.REMOVE_TOOLS_DECLARATIONS);
        for (AndroidLibrary library : libraries) {
            merger.addLibraryManifest(library.coordinates(), library.manifest().toFile());
        }
        MergingReport report;
        try {
            report = merger.merge();
        } catch (ManifestMerger2.MergeFailureException e) {
            throw new MojoExecutionException("Manifest merge failed: " + e.getMessage(), e);
        }
        if (report.getResult() == MergingReport.Result.ERROR) {
            throw new MojoExecutionException("Manifest merge failed:" + System.lineSeparator() + report.getReportString());
        }
        Files.createDirectories(output.getParent());
        Files.writeString(output, report.getMergedDocument(MergingReport.MergedManifestKind.MERGED), StandardCharsets.UTF_8);
    }

    /** Routes the merger's messages to Maven's log; its info chatter is debug-level noise for us. */
    private record MavenLogger(Log log) implements ILogger {
        @Override
        public void error(Throwable t, String format, Object... args) {
            log.error(format == null ? "" : String.format(format, args), t);
        }

        @Override
        public void warning(String format, Object... args) {
            log.warn(String.format(format, args));
        }

        @Override
        public void info(String format, Object... args) {
            log.debug(String.format(format, args));
        }

        @Override
        public void verbose(String format, Object... args) {
            log.debug(String.format(format, args));
        }
    }
}
