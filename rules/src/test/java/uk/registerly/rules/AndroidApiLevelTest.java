package uk.registerly.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library runs on Android 8 (API 26), which has the Java 8 library and java.time
 * but not the additions of Java 9-11; {@code --release 11} alone would let them in.
 */
class AndroidApiLevelTest {
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(List|Set|Map)\\.(of|copyOf|ofEntries|entry)\\(|\\.toList\\(\\)|Collectors\\.toUnmodifiable"
            + "|\\.(isBlank|strip|stripLeading|stripTrailing|repeat|lines)\\(\\)|\\.orElseThrow\\(\\)"
            + "|readAllBytes\\(\\)|transferTo\\(|requireNonNullElse|Math\\.multiplyHigh"
            + "|java\\.util\\.concurrent\\.Flow|\\.takeWhile\\(|\\.dropWhile\\(|Stream\\.iterate\\([^;]*,[^;]*,"
            + "|\\bProcessHandle\\b|\\bStackWalker\\b|\\bHttpClient\\b|Files\\.(readString|writeString)");

    @Test
    void mainCodeUsesOnlyApisThatAndroid26Has() throws IOException {
        Path main = Paths.get("src", "main", "java", "uk", "registerly", "rules");
        List<String> violations = new ArrayList<>();
        int files = 0;
        try (Stream<Path> paths = Files.walk(main)) {
            for (Path file : (Iterable<Path>) paths.filter(p -> p.toString().endsWith(".java"))::iterator) {
                files++;
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = FORBIDDEN.matcher(lines.get(i));
                    if (m.find()) {
                        violations.add(file.getFileName() + ":" + (i + 1) + " " + m.group());
                    }
                }
            }
        }
        assertTrue(files > 30, "found the sources");
        assertEquals(new ArrayList<String>(), violations);
    }
}
