package uk.registerly.android.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The keep rules libraries ship for whoever shrinks them, found where AGP looks: an AAR's
 * {@code proguard.txt}, and in a jar (or class directory) {@code META-INF/com.android.tools/r8*}
 * when it has rules for this R8 version, else {@code META-INF/proguard/}. Dagger writes the app's
 * own rules there too (its lazy class keys).
 */
final class ConsumerRules {
    private static final String R8_RULES = "META-INF/com.android.tools/";
    private static final String PROGUARD_RULES = "META-INF/proguard/";
    /** {@code r8}, {@code r8-from-1.6.0}, {@code r8-upto-3.0.0}, {@code r8-from-8.0.0-upto-9.0.0}. */
    private static final Pattern R8_DIRECTORY = Pattern.compile("r8(?:-from-([0-9.]+))?(?:-upto-([0-9.]+))?");

    /** One rules file and where it came from (shown in R8's messages). */
    record Rules(String origin, String text) {
    }

    private ConsumerRules() {
    }

    static List<Rules> fromLibrary(AndroidLibrary library) throws IOException {
        Path rules = library.directory().resolve("proguard.txt");
        if (!Files.isRegularFile(rules)) {
            return List.of();
        }
        return List.of(new Rules(library.coordinates() + "/proguard.txt", Files.readString(rules, StandardCharsets.UTF_8)));
    }

    /** @param r8Version the running R8's version, which selects among {@code r8-from-X-upto-Y} directories */
    static List<Rules> fromJar(Path jarOrDirectory, String r8Version) throws IOException {
        Map<String, String> entries = ruleEntries(jarOrDirectory);
        List<Rules> forR8 = new ArrayList<>();
        List<Rules> generic = new ArrayList<>();
        for (Map.Entry<String, String> entry : entries.entrySet()) {
            String path = entry.getKey();
            Rules rules = new Rules(jarOrDirectory.getFileName() + "!/" + path, entry.getValue());
            if (path.startsWith(R8_RULES)) {
                String directory = path.substring(R8_RULES.length(), path.indexOf('/', R8_RULES.length()));
                if (appliesTo(directory, r8Version)) {
                    forR8.add(rules);
                }
            } else {
                generic.add(rules);
            }
        }
        // A library with R8-specific rules means them to replace its generic ProGuard ones.
        return forR8.isEmpty() ? generic : forR8;
    }

    static boolean appliesTo(String directory, String r8Version) {
        Matcher m = R8_DIRECTORY.matcher(directory);
        if (!m.matches()) {
            return false; // e.g. META-INF/com.android.tools/proguard/: for ProGuard, not R8
        }
        boolean fromOk = m.group(1) == null || compare(r8Version, m.group(1)) >= 0;
        boolean uptoOk = m.group(2) == null || compare(r8Version, m.group(2)) < 0;
        return fromOk && uptoOk;
    }

    /** Compares dotted version numbers numerically; anything after a '-' (e.g. "-dev") is ignored. */
    static int compare(String a, String b) {
        String[] x = a.split("-")[0].split("\\.");
        String[] y = b.split("-")[0].split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int p = i < x.length ? Integer.parseInt(x[i]) : 0;
            int q = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (p != q) {
                return Integer.compare(p, q);
            }
        }
        return 0;
    }

    /** Rule files one directory below META-INF/com.android.tools/ or directly in META-INF/proguard/, in name order. */
    private static Map<String, String> ruleEntries(Path source) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        if (Files.isDirectory(source)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(source.resolve("META-INF"))) {
                files = walk.filter(Files::isRegularFile).toList();
            } catch (java.nio.file.NoSuchFileException e) {
                files = List.of();
            }
            for (Path file : files) {
                String path = source.relativize(file).toString().replace('\\', '/');
                if (isRuleFile(path)) {
                    entries.put(path, Files.readString(file, StandardCharsets.UTF_8));
                }
            }
        } else if (Files.isRegularFile(source)) {
            try (ZipFile zip = new ZipFile(source.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    if (!entry.isDirectory() && isRuleFile(entry.getName())) {
                        try (InputStream in = zip.getInputStream(entry)) {
                            entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        }
        return entries;
    }

    static boolean isRuleFile(String path) {
        if (path.startsWith(PROGUARD_RULES)) {
            return path.indexOf('/', PROGUARD_RULES.length()) < 0;
        }
        if (path.startsWith(R8_RULES)) {
            String rest = path.substring(R8_RULES.length());
            int slash = rest.indexOf('/');
            return slash > 0 && rest.indexOf('/', slash + 1) < 0;
        }
        return false;
    }
}
