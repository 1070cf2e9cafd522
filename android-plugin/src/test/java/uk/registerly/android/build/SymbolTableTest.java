package uk.registerly.android.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SymbolTableTest {
    private static final String LINKED = """
            int attr colorPrimary 0x7f030100
            int color primary_text 0x7f050010
            int string app_name 0x7f0f001b
            int[] styleable ActionBar { 0x7f030031, 0x7f030038 }
            int styleable ActionBar_background 0
            int styleable ActionBar_height 1
            """;

    @Test
    void parsesIntsAndStyleableArrays() {
        SymbolTable table = SymbolTable.parse(LINKED);

        assertEquals(6, table.size());
        SymbolTable.Symbol styleable = table.symbols().stream()
                .filter(s -> s.javaType().equals("int[]")).findFirst().orElseThrow();
        assertEquals("{ 0x7f030031, 0x7f030038 }", styleable.value());
    }

    @Test
    void aMalformedLineNamesItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SymbolTable.parse("int attr a 0x1\nlong attr b 0x2\n"));
        assertEquals("Malformed R.txt line 2: long attr b 0x2", e.getMessage());
    }

    @Test
    void aLibraryGetsTheLinkedValuesOfOnlyTheSymbolsItDeclares() {
        SymbolTable library = SymbolTable.parse("""
                int attr colorPrimary 0x0
                int[] styleable ActionBar { 0, 0 }
                int styleable ActionBar_height 0
                int drawable abc_ic_star_black_16dp 0x0
                """);
        List<String> missing = new ArrayList<>();

        SymbolTable filtered = library.withValuesFrom(SymbolTable.parse(LINKED), missing);

        assertEquals(List.of("int attr colorPrimary 0x7f030100",
                        "int[] styleable ActionBar { 0x7f030031, 0x7f030038 }",
                        "int styleable ActionBar_height 1"),
                filtered.symbols().stream().map(s -> s.javaType() + ' ' + s.resourceType() + ' ' + s.name() + ' ' + s.value()).toList());
        assertEquals(List.of("int drawable abc_ic_star_black_16dp"), missing);
    }

    @Test
    void generatedRClassesCompileWithTheLinkedValues(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("r.jar");
        RClassCompiler.compile(Map.of("com.example.lib", SymbolTable.parse(LINKED)), jar);

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            Class<?> string = loader.loadClass("com.example.lib.R$string");
            assertEquals(0x7f0f001b, string.getField("app_name").getInt(null));
            Field actionBar = loader.loadClass("com.example.lib.R$styleable").getField("ActionBar");
            assertEquals(0x7f030038, ((int[]) actionBar.get(null))[1]);
        }
    }
}
