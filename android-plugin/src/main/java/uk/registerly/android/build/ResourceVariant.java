package uk.registerly.android.build;

import java.nio.file.Path;
import java.util.List;

/**
 * How one variant's resources differ from the common set: overlay directories linked over
 * {@code src/main/res} (the debug source set's network security config, a deployment's pins), and
 * for a release link the configurations to keep ({@code -c}: the app's languages), the proto
 * format R8's resource shrinker reads, and where aapt2 writes keep rules for the classes the
 * manifest and layouts name.
 */
record ResourceVariant(List<Path> overlays, List<String> configurations, boolean protoFormat, Path keepRules) {
    static ResourceVariant debug(List<Path> overlays) {
        return new ResourceVariant(overlays, List.of(), false, null);
    }
}
