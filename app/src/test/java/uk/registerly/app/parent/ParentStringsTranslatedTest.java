package uk.registerly.app.parent;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
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
 * Every word a parent can see is translated. The line between parent-facing and staff-only text:
 * the parent's screens ({@code parent/}, strings_parent.xml), the set-up screen a parent signs in on
 * (strings_enrolment.xml), and the sync badge and notifications a parent's phone shows too
 * (strings_sync.xml) are translated; screens only staff reach (the staff home, register, gate,
 * cards, office) stay English. For each translated file: every string and plural has a form in
 * each language with the same placeholders (and the language's plural quantities); the code and
 * layouts of those screens take their text from translated files only, hold no English sentence
 * and glue no sentence together with {@code +}; and a tablet's variant (values-sw600dp) overrides
 * only strings the translated file has. A new language is one values-xx file per area and a line
 * in {@link #LANGUAGES}.
 */
public class ParentStringsTranslatedTest {
    /** Each translation and the plural quantities its language needs (CLDR). */
    private static final Map<String, Set<String>> LANGUAGES = new LinkedHashMap<>();

    static {
        LANGUAGES.put("pl", new TreeSet<>(Arrays.asList("one", "few", "many", "other")));
    }

    private static final File RES = new File("src/main/res");
    private static final File CODE = new File("src/main/java/uk/registerly/app");
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d+\\$)?[sd]");

    /** What a parent sees: each translated file, and the code and layouts that show its text. */
    private static final List<Area> AREAS = Arrays.asList(
            new Area("strings_parent.xml", javaIn("parent"), Arrays.asList("activity_parent_home.xml",
                    "parent_child_card.xml", "parent_mark_line.xml", "parent_request_line.xml",
                    "activity_report_absence.xml", "activity_leave_request.xml", "text_entry_dialog.xml")),
            new Area("strings_enrolment.xml", Arrays.asList(new File(CODE, "enrolment/EnrolmentActivity.java"),
                    new File(CODE, "enrolment/EnrolmentTexts.java")), Collections.singletonList("activity_enrolment.xml")),
            new Area("strings_sync.xml", Arrays.asList(new File(CODE, "ui/SyncBadgeViews.java"),
                    new File(CODE, "sync/UnsentEventsNotifier.java")), Collections.singletonList("sync_badge.xml")));

    @Test
    public void everyParentFacingStringHasEachTranslationWithTheSamePlaceholders() throws Exception {
        for (Area area : AREAS) {
            Resources english = Resources.read(new File(RES, "values/" + area.file));
            assertTrue(area.file + ": no strings found", english.strings.size() + english.plurals.size() > 3);
            for (Map.Entry<String, Set<String>> language : LANGUAGES.entrySet()) {
                String where = language.getKey() + " " + area.file;
                Resources translated = Resources.read(new File(RES, "values-" + language.getKey() + "/" + area.file));
                assertEquals(where + ": strings", english.strings.keySet(), translated.strings.keySet());
                assertEquals(where + ": plurals", english.plurals.keySet(), translated.plurals.keySet());
                for (Map.Entry<String, String> string : english.strings.entrySet()) {
                    String other = translated.strings.get(string.getKey());
                    assertEquals(where + " " + string.getKey(), placeholders(string.getValue()), placeholders(other));
                    assertTrue(where + " " + string.getKey() + " is not translated: " + other,
                            !other.equals(string.getValue()) || !hasWords(other));
                }
                for (Map.Entry<String, Map<String, String>> plural : english.plurals.entrySet()) {
                    Map<String, String> forms = translated.plurals.get(plural.getKey());
                    assertEquals(where + " " + plural.getKey() + " quantities", language.getValue(),
                            new TreeSet<>(forms.keySet()));
                    Set<String> expected = placeholders(plural.getValue().get("other"));
                    for (Map.Entry<String, String> form : forms.entrySet()) {
                        assertEquals(where + " " + plural.getKey() + " " + form.getKey(), expected,
                                placeholders(form.getValue()));
                        assertTrue(where + " " + plural.getKey() + " " + form.getKey() + " is not translated",
                                !form.getValue().equals(plural.getValue().get("other")));
                    }
                }
            }
        }
    }

    @Test
    public void aTabletsVariantOverridesOnlyTranslatedStrings() throws Exception {
        for (Area area : AREAS) {
            Resources english = Resources.read(new File(RES, "values/" + area.file));
            File[] variants = RES.listFiles((dir, name) -> name.startsWith("values-") && !isLanguage(name));
            assertTrue(variants != null);
            for (File variant : variants) {
                File file = new File(variant, area.file);
                if (file.isFile()) {
                    Resources overrides = Resources.read(file);
                    assertTrue(file + " has strings of its own", english.strings.keySet().containsAll(
                            overrides.strings.keySet()) && english.plurals.keySet().containsAll(overrides.plurals.keySet()));
                }
            }
        }
    }

    @Test
    public void parentFacingScreensUseOnlyTranslatedStringsAndHoldNoEnglish() throws Exception {
        Set<String> translated = new TreeSet<>();
        for (Area area : AREAS) {
            Resources english = Resources.read(new File(RES, "values/" + area.file));
            translated.addAll(english.strings.keySet());
            translated.addAll(english.plurals.keySet());
        }
        Set<String> used = new TreeSet<>();
        for (Area area : AREAS) {
            assertTrue(area.file + ": no code found", !area.code.isEmpty());
            for (File source : area.code) {
                // Comments out (they start after a space or a line's start: "image/*" and "https://" are code).
                String code = read(source).replaceAll("(?s)(^|\\s)/\\*.*?\\*/", " ")
                        .replaceAll("(^|\\s)//[^\n]*", " ");
                Matcher reference = Pattern.compile("(?<!android\\.)R\\.(string|plurals)\\.(\\w+)").matcher(code);
                while (reference.find()) {
                    used.add(reference.group(2));
                }
                // A sentence built with + cannot be translated in the right word order.
                assertTrue(source.getName() + " joins strings with +",
                        !Pattern.compile("\"\\s*\\+|\\+\\s*\"").matcher(code).find());
                Matcher sentence = Pattern.compile("\"[A-Z][a-z']*( [A-Za-z',.]+){2,}").matcher(code);
                assertTrue(source.getName() + " holds English for the screen: " + (sentence.find() ? sentence.group()
                        : ""), !sentence.find(0));
            }
            for (String layout : area.layouts) {
                String xml = read(new File(RES, "layout/" + layout));
                Matcher reference = Pattern.compile("@string/(\\w+)").matcher(xml);
                while (reference.find()) {
                    used.add(reference.group(1));
                }
                Matcher literal = Pattern.compile("android:(text|hint|contentDescription)=\"([^@\"][^\"]*)\"").matcher(xml);
                assertTrue(layout + " has text of its own: " + (literal.find() ? literal.group(2) : ""),
                        !literal.find(0));
            }
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(translated);
        assertTrue("parent-facing screens use strings that are not translated: " + missing, missing.isEmpty());
        Set<String> unused = new TreeSet<>(translated);
        unused.removeAll(used);
        assertTrue("translated files have strings no parent-facing screen uses: " + unused, unused.isEmpty());
    }

    private static boolean isLanguage(String directory) {
        for (String language : LANGUAGES.keySet()) {
            if (directory.equals("values-" + language) || directory.startsWith("values-" + language + "-")) {
                return true;
            }
        }
        return false;
    }

    private static List<File> javaIn(String feature) {
        File[] sources = new File(CODE, feature).listFiles((dir, name) -> name.endsWith(".java"));
        return sources == null ? Collections.<File>emptyList() : new ArrayList<>(Arrays.asList(sources));
    }

    private static boolean hasWords(String text) {
        return PLACEHOLDER.matcher(text).replaceAll("").matches("(?s).*\\p{L}{2,}.*");
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

    /** One translated file and what shows its text. */
    private static final class Area {
        final String file;
        final List<File> code;
        final List<String> layouts;

        Area(String file, List<File> code, List<String> layouts) {
            this.file = file;
            this.code = code;
            this.layouts = layouts;
        }
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
