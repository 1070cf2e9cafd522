package uk.registerly.android.build;

import java.util.List;

/**
 * Rewrites the generated parts of app/pom.xml between {@code <!-- BEGIN lock:NAME -->} and
 * {@code <!-- END lock:NAME -->}: a flat dependency list in which every entry excludes everything
 * ({@code *:*}), so Maven takes the lock as it is instead of re-resolving it its own way.
 */
final class PomLockBlocks {
    private PomLockBlocks() {
    }

    static String replace(String pom, String name, String generated) {
        String begin = "<!-- BEGIN lock:" + name;
        String end = "<!-- END lock:" + name + " -->";
        int beginAt = pom.indexOf(begin);
        int endAt = pom.indexOf(end);
        if (beginAt < 0 || endAt < beginAt) {
            throw new IllegalArgumentException("The pom has no '" + begin + " ... -->' ... '" + end + "' block");
        }
        int contentStart = pom.indexOf('\n', beginAt) + 1;
        int endLineStart = pom.lastIndexOf('\n', endAt) + 1;
        return pom.substring(0, contentStart) + generated + pom.substring(endLineStart);
    }

    static String dependencies(List<LockEntry> entries, String indent) {
        StringBuilder out = new StringBuilder();
        for (LockEntry e : entries) {
            out.append(indent).append("<dependency>");
            coordinates(out, e);
            if (!"jar".equals(e.type())) {
                out.append("<type>").append(e.type()).append("</type>");
            }
            if (!"compile".equals(e.scope())) {
                out.append("<scope>").append(e.scope()).append("</scope>");
            }
            excludeAll(out);
            out.append("</dependency>\n");
        }
        return out.toString();
    }

    static String processorPaths(List<LockEntry> entries, String indent) {
        StringBuilder out = new StringBuilder();
        for (LockEntry e : entries) {
            out.append(indent).append("<path>");
            coordinates(out, e);
            excludeAll(out);
            out.append("</path>\n");
        }
        return out.toString();
    }

    private static void coordinates(StringBuilder out, LockEntry e) {
        out.append("<groupId>").append(e.group()).append("</groupId>")
                .append("<artifactId>").append(e.artifact()).append("</artifactId>")
                .append("<version>").append(e.version()).append("</version>");
    }

    private static void excludeAll(StringBuilder out) {
        out.append("<exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions>");
    }
}
