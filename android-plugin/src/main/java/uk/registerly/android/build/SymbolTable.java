package uk.registerly.android.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The symbols of an {@code R.txt} (aapt2 {@code --output-text-symbols}, or the one inside an AAR):
 * lines such as {@code int string app_name 0x7f0f001b} and
 * {@code int[] styleable ActionBar { 0x7f030031, 0x7f030038 }}.
 */
final class SymbolTable {
    /** One field of an R class: {@code javaType} is {@code int} or {@code int[]}. */
    record Symbol(String javaType, String resourceType, String name, String value) {
        String key() {
            return javaType + ' ' + resourceType + ' ' + name;
        }
    }

    private final Map<String, Symbol> symbols = new LinkedHashMap<>();

    static SymbolTable read(Path rTxt) throws IOException {
        return parse(Files.readString(rTxt, StandardCharsets.UTF_8));
    }

    static SymbolTable parse(String text) {
        SymbolTable table = new SymbolTable();
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.trim().split(" ", 4);
            if (parts.length < 4 || !(parts[0].equals("int") || parts[0].equals("int[]"))) {
                throw new IllegalArgumentException("Malformed R.txt line " + lineNumber + ": " + line);
            }
            table.add(new Symbol(parts[0], parts[1], parts[2], parts[3].trim()));
        }
        return table;
    }

    void add(Symbol symbol) {
        symbols.put(symbol.key(), symbol);
    }

    Collection<Symbol> symbols() {
        return symbols.values();
    }

    int size() {
        return symbols.size();
    }

    /**
     * The symbols a library declares, with the values the final link gave them. A library's
     * R.txt lists its own and its dependencies' resources with placeholder values; its classes
     * read them from {@code <library package>.R} at run time, so that class must carry the app's ids.
     * Symbols the link does not define are left out, as AGP does: they come from an older version
     * of a dependency (e.g. appcompat resources removed since), and no code that runs reads them.
     */
    SymbolTable withValuesFrom(SymbolTable linked, List<String> missing) {
        SymbolTable result = new SymbolTable();
        for (Symbol declared : symbols.values()) {
            Symbol actual = linked.symbols.get(declared.key());
            if (actual == null) {
                missing.add(declared.key());
            } else {
                result.add(actual);
            }
        }
        return result;
    }
}
