package uk.registerly.android.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reads and writes the lock: sorted lines, so a version bump shows as a small, readable diff. */
final class LockFile {
    private static final Comparator<LockEntry> ORDER = Comparator.comparing(LockEntry::scope, LockFile::scopeRank)
            .thenComparing(LockEntry::group).thenComparing(LockEntry::artifact);

    private LockFile() {
    }

    static String write(List<LockEntry> entries, String header) {
        StringBuilder out = new StringBuilder();
        for (String line : header.split("\\R")) {
            out.append("# ").append(line).append('\n');
        }
        entries.stream().sorted(ORDER).forEach(e -> out.append(e.line()).append('\n'));
        return out.toString();
    }

    static List<LockEntry> parse(String text) {
        List<LockEntry> entries = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                entries.add(LockEntry.parse(line));
            }
        }
        return entries;
    }

    static List<LockEntry> sorted(List<LockEntry> entries) {
        return entries.stream().sorted(ORDER).toList();
    }

    private static int scopeRank(String a, String b) {
        return Integer.compare(rank(a), rank(b));
    }

    private static int rank(String scope) {
        return switch (scope) {
            case "compile" -> 0;
            case "test" -> 1;
            case "processor" -> 2;
            default -> 3;
        };
    }
}
