package uk.registerly.app.parent;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every word a parent reads is translated: each string and plural of values/strings_parent.xml
 * has a Polish form with the same placeholders (and Polish's one/few/many/other plurals), the
 * parent's screens take their text from strings_parent.xml only, and no sentence is glued
 * together in code. A new language is a new values-xx/strings_parent.xml and a line in
 * {@link #LANGUAGES}.
 */
public class ParentStringsTranslatedTest {
    /** Each translation and the plural quantities its language needs (CLDR). */
    private static final Map<String, Set<String>> LANGUAGES = new LinkedHashMap<>();

    static {
        LANGUAGES.put("pl", new TreeSet<>(Arrays.asList("one", "few", "many", "other")));
    }

    private static final File RES = new File("src/main/res");
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+\\$)?[sd]");
    /** Screens and layouts that parents see. */
    private static final File PARENT_CODE = new File("src/main/java/uk/registerly/app/parent");
    private static final List<String> PARENT_LAYOUTS = Arrays.asList("activity_parent_home.xml",
            "parent_child_card.xml", "parent_mark_line.xml", "parent_request_line.xml", "activity_report_absence.xml",
            "activity_leave_request.xml", "text_entry_dialog.xml");

    @Test
    public void everyParentStringHasEachTranslationWithTheSamePlaceholders() throws Exception {
        Resources english = Resources.read(new File(RES, "values/strings_parent.xml"));
        assertTrue("no parent strings found", english.strings.size() > 50);
        for (Map.Entry<String, Set<String>> language : LANGUAGES.entrySet()) {
            Resources translated = Resources.read(new File(RES, "values-" + language.getKey()
                    + "/strings_parent.xml"));
            assertEquals(language.getKey() + ": strings", english.strings.keySet(), translated.strings.keySet());
            assertEquals(language.getKey() + ": plurals", english.plurals.keySet(), translated.plurals.keySet());
            for (Map.Entry<String, String> string : english.strings.entrySet()) {
                String other = translated.strings.get(string.getKey());
                assertEquals(language.getKey() + " " + string.getKey(), placeholders(string.getValue()),
                        placeholders(other));
                assertTrue(language.getKey() + " " + string.getKey() + " is not translated: " + other,
                        !other.equals(string.getValue()) || !hasWords(other));
            }
            for (Map.Entry<String, Map<String, String>> plural : english.plurals.entrySet()) {
                Map<String, String> forms = translated.plurals.get(plural.getKey());
                assertEquals(language.getKey() + " " + plural.getKey() + " quantities", language.getValue(),
                        new TreeSet<>(forms.keySet()));
                Set<String> expected = placeholders(plural.getValue().get("other"));
                for (Map.Entry<String, String> form : forms.entrySet()) {
                    assertEquals(language.getKey() + " " + plural.getKey() + " " + form.getKey(), expected,
                            placeholders(form.getValue()));
                }
            }
        }
    }

    @Test
    public void parentScreensUseOnlyTheirTranslatedStrings() throws Exception {
        Resources parent = Resources.read(new File(RES, "values/strings_parent.xml"));
        Set<String> used = new TreeSet<>();
        File[] sources = PARENT_CODE.listFiles((dir, name) -> name.endsWith(".java"));
        assertTrue(sources != null && sources.length > 5);
        for (File source : sources) {
            String code = read(source);
            Matcher reference = Pattern.compile("(?<!android\\.)R\\.(string|plurals)\\.(\\w+)").matcher(code);
            while (reference.find()) {
                used.add(reference.group(2));
            }
            // A sentence built with + cannot be translated in the right word order.
            Matcher glued = Pattern.compile("\"\\s*\\+|\\+\\s*\"").matcher(code.replaceAll("(?s)/\\*.*?\\*/", ""));
            assertTrue(source.getName() + " joins strings with +", !glued.find());
        }
        for (String layout : PARENT_LAYOUTS) {
            Matcher reference = Pattern.compile("@string/(\\w+)").matcher(read(new File(RES, "layout/" + layout)));
            while (reference.find()) {
                used.add(reference.group(1));
            }
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(parent.strings.keySet());
        missing.removeAll(parent.plurals.keySet());
        assertTrue("parent screens use strings outside strings_parent.xml: " + missing, missing.isEmpty());
        Set<String> unused = new TreeSet<>(parent.strings.keySet());
        unused.addAll(parent.plurals.keySet());
        unused.removeAll(used);
        assertTrue("strings_parent.xml has strings no parent screen uses: " + unused, unused.isEmpty());
    }

    private static boolean hasWords(String text) {
        return PLACEHOLDER.matcher(text).replaceAll("").matches(".*\\p{L}{2,}.*");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new HashSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static String read(File file) throws IOException {
        return new String(Files.readAllBytes(file.toPath()), StandardCharsets.UTF_8);
    }

    /** The strings and plurals of one resource file. */
    private static final class Resources {
        final Map<String, String> strings = new LinkedHashMap<>();
        final Map<String, Map<String, String>> plurals = new LinkedHashMap<>();

        static Resources read(File file) throws Exception {
            assertTrue(file + " is missing", file.isFile());
            Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file);
            Resources resources = new Resources();
            NodeList strings = document.getElementsByTagName("string");
            for (int i = 0; i < strings.getLength(); i++) {
                Element string = (Element) strings.item(i);
                resources.strings.put(string.getAttribute("name"), string.getTextContent());
            }
            NodeList plurals = document.getElementsByTagName("plurals");
            for (int i = 0; i < plurals.getLength(); i++) {
                Element plural = (Element) plurals.item(i);
                Map<String, String> forms = new LinkedHashMap<>();
                NodeList items = plural.getElementsByTagName("item");
                for (int j = 0; j < items.getLength(); j++) {
                    Element item = (Element) items.item(j);
                    forms.put(item.getAttribute("quantity"), item.getTextContent());
                }
                resources.plurals.put(plural.getAttribute("name"), forms);
            }
            return resources;
        }
    }
}
