package uk.registerly.android.build;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code <macro>} resources by their values. Debian's aapt2 (Android 10) predates macros
 * and rejects them, while Material 1.12 defines hundreds; inlining gives the resource table aapt2
 * would have produced anyway, since a macro is substituted at compile time and never reaches R.
 */
final class MacroInliner {
    private static final Pattern DEFINITION =
            Pattern.compile("[ \\t]*<macro\\s+name=\"([^\"]+)\"\\s*>(.*?)</macro>[ \\t]*\\R?", Pattern.DOTALL);
    private static final Pattern REFERENCE = Pattern.compile("@macro/([A-Za-z0-9_.]+)");

    private final Map<String, String> macros = new LinkedHashMap<>();

    /** Collects the definitions in one values file; call for every file before {@link #inline}. */
    void collect(String xml) {
        Matcher m = DEFINITION.matcher(xml);
        while (m.find()) {
            macros.put(m.group(1), m.group(2).trim());
        }
    }

    boolean isEmpty() {
        return macros.isEmpty();
    }

    /** Removes the definitions and replaces each {@code @macro/name} with its (fully expanded) value. */
    String inline(String xml) {
        String withoutDefinitions = DEFINITION.matcher(xml).replaceAll("");
        return expand(withoutDefinitions, new HashMap<>(), 0);
    }

    private String expand(String text, Map<String, String> expanded, int depth) {
        if (depth > 16) {
            throw new IllegalStateException("Macro definitions nest more than 16 deep (a cycle?): " + text);
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String value = macros.get(name);
            if (value == null) {
                throw new IllegalStateException("Reference to undefined macro @macro/" + name);
            }
            String replacement = expanded.get(name);
            if (replacement == null) {
                replacement = expand(value, expanded, depth + 1);
                expanded.put(name, replacement);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
