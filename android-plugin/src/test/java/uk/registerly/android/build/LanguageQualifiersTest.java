package uk.registerly.android.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguageQualifiersTest {

    @Test
    void languagesAreReadFromResourceDirectoriesBesideEnglish(@TempDir Path res) throws IOException {
        for (String name : List.of("values", "values-pl", "values-night", "values-sw600dp", "layout-sw600dp",
                "values-cy-rGB", "drawable-car", "values-b+sr+Latn", "mipmap-anydpi-v26")) {
            Files.createDirectories(res.resolve(name));
        }

        assertEquals(List.of("cy", "en", "pl", "sr"), LanguageQualifiers.configurations(res));
    }

    @Test
    void otherQualifiersAreNotLanguages() {
        assertNull(LanguageQualifiers.languageOf("values-night"));
        assertNull(LanguageQualifiers.languageOf("values-sw600dp"));
        assertNull(LanguageQualifiers.languageOf("values-v31"));
        assertNull(LanguageQualifiers.languageOf("values"));
        assertEquals("pl", LanguageQualifiers.languageOf("values-pl-night"));
    }
}
