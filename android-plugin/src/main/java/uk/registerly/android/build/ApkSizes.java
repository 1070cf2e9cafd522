package uk.registerly.android.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Where an APK's bytes go, as stored in the file (compressed sizes): dex, native code, Android
 * resources (resources.arsc, res/, the manifest), and the rest (Java resources, zip headers and
 * the signing block). Written to the release's sizes.tsv for docs/benchmarks.md.
 */
record ApkSizes(long total, long dex, long lib, long resources) {
    static final String HEADER = "abi\ttotal_bytes\tdex_bytes\tlib_bytes\tresources_bytes\tother_bytes\n";

    static ApkSizes of(Path apk) throws IOException {
        long dex = 0;
        long lib = 0;
        long resources = 0;
        try (ZipFile zip = new ZipFile(apk.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                String name = entry.getName();
                long size = entry.getCompressedSize();
                if (name.matches("classes\\d*\\.dex")) {
                    dex += size;
                } else if (name.startsWith("lib/")) {
                    lib += size;
                } else if (name.equals("resources.arsc") || name.startsWith("res/") || name.equals("AndroidManifest.xml")) {
                    resources += size;
                }
            }
        }
        return new ApkSizes(Files.size(apk), dex, lib, resources);
    }

    long other() {
        return total - dex - lib - resources;
    }

    String row() {
        return total + "\t" + dex + "\t" + lib + "\t" + resources + "\t" + other();
    }

    String describe() {
        return String.format(java.util.Locale.ROOT, "%.2f MB: dex %.2f, lib %.2f, resources %.2f, other %.2f",
                total / 1e6, dex / 1e6, lib / 1e6, resources / 1e6, other() / 1e6);
    }
}
