package uk.registerly.android.build;

import java.util.Comparator;

import org.apache.maven.artifact.versioning.ComparableVersion;

/** Version requests and ordering, as close to Gradle's as the libraries we use need. */
final class Versions {
    static final Comparator<String> ORDER = Comparator.comparing(ComparableVersion::new);

    private Versions() {
    }

    /**
     * The version a request asks for. Gradle reads androidx's module metadata, where Maven's
     * pinned ranges such as {@code [2.4.1]} are plain requirements; a range counts as its lower
     * bound, since highest-wins lifts it to whatever else the graph needs.
     */
    static String requested(String spec) {
        String s = spec.trim();
        if (s.startsWith("[") || s.startsWith("(")) {
            String inner = s.substring(1, s.length() - 1);
            int comma = inner.indexOf(',');
            String lower = comma < 0 ? inner : inner.substring(0, comma);
            String upper = comma < 0 ? inner : inner.substring(comma + 1);
            String chosen = lower.isBlank() ? upper : lower;
            if (chosen.isBlank()) {
                throw new IllegalArgumentException("Unbounded version range " + spec);
            }
            return chosen.trim();
        }
        return s;
    }

    static String highest(String a, String b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return ORDER.compare(a, b) >= 0 ? a : b;
    }
}
