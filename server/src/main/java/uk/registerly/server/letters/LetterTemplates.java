package uk.registerly.server.letters;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The letters' words: one Mustache layout per language ({@code letters/<lang>.mustache}) and, per language, each
 * ladder letter's subject and purpose paragraph ({@code letters/<lang>.properties}, themselves Mustache). Filled
 * with a letter's merge fields, the text becomes blocks: "# " a heading, "- " a list item, a blank line a space.
 */
public final class LetterTemplates {

    /** The languages a letter can be written in: issue 16's eight but Bengali and Panjabi (docs/known-gaps.md). */
    public static final List<String> LANGUAGES = List.of("en", "pl", "ur", "ar", "ro", "pt", "so");
    /** Right-to-left languages: set flush right, shaped and ordered by ICU. */
    static final Set<String> RIGHT_TO_LEFT = Set.of("ur", "ar");

    /** Letters are text laid out by PDFBox, not HTML: nothing is escaped. */
    private static final MustacheFactory FACTORY = new DefaultMustacheFactory() {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private final Map<String, Mustache> layouts = new HashMap<>();
    private final Map<String, Properties> texts = new HashMap<>();

    public LetterTemplates() {
        for (String language : LANGUAGES) {
            layouts.put(language, FACTORY.compile(reader("/letters/" + language + ".mustache"), language));
            Properties p = new Properties();
            try (Reader r = reader("/letters/" + language + ".properties")) {
                p.load(r);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            texts.put(language, p);
        }
    }

    /** Whether {@code template} is a ladder letter with words in English (every template has). */
    public boolean has(String template) {
        return texts.get("en").containsKey(template + ".subject");
    }

    /** The language a letter for a parent who prefers {@code preferred} is written in beside English. */
    public String languageFor(String preferred) {
        return preferred != null && LANGUAGES.contains(preferred) ? preferred : "en";
    }

    /** A word of the language (e.g. "session.AM"), else English's. */
    String word(String language, String key) {
        String value = texts.get(language).getProperty(key);
        return value != null ? value : texts.get("en").getProperty(key);
    }

    /** The letter's text in {@code language} as blocks. */
    LetterPdf.Part part(String template, String language, Map<String, Object> fields) {
        Map<String, Object> scope = RIGHT_TO_LEFT.contains(language) ? isolated(fields) : new HashMap<>(fields);
        scope.put("subject", fill(word(language, template + ".subject"), scope));
        scope.put("purpose", fill(word(language, template + ".purpose"), scope));
        StringWriter out = new StringWriter();
        layouts.get(language).execute(out, scope);
        List<LetterPdf.Block> blocks = new ArrayList<>();
        for (String line : out.toString().split("\n", -1)) {
            if (line.isBlank()) {
                if (!blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() != LetterPdf.Kind.SPACE) {
                    blocks.add(new LetterPdf.Block(LetterPdf.Kind.SPACE, ""));
                }
            } else if (line.startsWith("# ")) {
                blocks.add(new LetterPdf.Block(LetterPdf.Kind.HEADING, line.substring(2).trim()));
            } else if (line.startsWith("- ")) {
                blocks.add(new LetterPdf.Block(LetterPdf.Kind.ITEM, line.substring(2).trim()));
            } else {
                blocks.add(new LetterPdf.Block(LetterPdf.Kind.PARAGRAPH, line.trim()));
            }
        }
        return new LetterPdf.Part(blocks, RIGHT_TO_LEFT.contains(language));
    }

    /**
     * In a right-to-left letter, each left-to-right value (a name, an English date, "87.5%") is a bidi isolate
     * (LRI ... PDI, Unicode Bidirectional Algorithm X5a), so "24 Nov 2026" keeps its own order among Urdu words.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> isolated(Map<String, Object> fields) {
        Map<String, Object> out = new HashMap<>();
        fields.forEach((key, value) -> {
            if (value instanceof String text && !text.isEmpty() && text.codePoints().noneMatch(LetterTemplates::isArabic)) {
                out.put(key, "\u2066" + text + "\u2069");
            } else if (value instanceof List<?> list) {
                out.put(key, list.stream().map(item -> item instanceof Map<?, ?> m
                        ? isolated((Map<String, Object>) m) : item).toList());
            } else {
                out.put(key, value);
            }
        });
        return out;
    }

    private static boolean isArabic(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC;
    }

    private static String fill(String template, Map<String, Object> scope) {
        StringWriter out = new StringWriter();
        FACTORY.compile(new StringReader(template), "text").execute(out, scope);
        return out.toString();
    }

    private static Reader reader(String resource) {
        InputStream in = LetterTemplates.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
