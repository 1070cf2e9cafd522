package uk.registerly.android.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The languages the app itself is translated into, read from its resource directory names
 * ({@code values-pl}, {@code values-pl-rPL}, {@code values-b+sr+Latn}), plus English, its default
 * language: {@code aapt2 link -c} keeps these and drops the libraries' other ~90 translations, which
 * would only show a foreign-language button beside English screens.
 */
final class LanguageQualifiers {
    /** Qualifiers of two or three letters that are not languages (UI mode "car"). */
    private static final Set<String> NOT_LANGUAGES = Set.of("car");

    private LanguageQualifiers() {
    }

    static java.util.List<String> configurations(Path resources) throws IOException {
        Set<String> languages = new TreeSet<>();
        languages.add("en");
        if (Files.isDirectory(resources)) {
            try (Stream<Path> directories = Files.list(resources)) {
                directories.filter(Files::isDirectory)
                        .map(d -> d.getFileName().toString())
                        .forEach(name -> {
                            String language = languageOf(name);
                            if (language != null) {
                                languages.add(language);
                            }
                        });
            }
        }
        return java.util.List.copyOf(languages);
    }

    /** The language qualifier of a resource directory name, or null; qualifiers follow the type, in Android's order. */
    static String languageOf(String directoryName) {
        String[] parts = directoryName.split("-");
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("b+")) {
                return part.substring(2).split("\\+")[0].toLowerCase(Locale.ROOT);
            }
            if (part.matches("[a-z]{2,3}") && !NOT_LANGUAGES.contains(part)) {
                return part;
            }
        }
        return null;
    }
}
