package uk.registerly.android.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MacroInlinerTest {

    @Test
    void replacesReferencesAndRemovesDefinitions() {
        String values = """
                <resources>
                    <macro name="m3_comp_fab_container_color">?attr/colorPrimaryContainer</macro>
                    <style name="Fab">
                        <item name="backgroundTint">@macro/m3_comp_fab_container_color</item>
                    </style>
                </resources>
                """;
        MacroInliner inliner = new MacroInliner();
        inliner.collect(values);

        String inlined = inliner.inline(values);

        assertFalse(inlined.contains("<macro"), inlined);
        assertTrue(inlined.contains("<item name=\"backgroundTint\">?attr/colorPrimaryContainer</item>"), inlined);
    }

    @Test
    void expandsMacrosThatReferToOtherMacrosAcrossFiles() {
        MacroInliner inliner = new MacroInliner();
        inliner.collect("<resources><macro name=\"outer\">@macro/inner</macro></resources>");
        inliner.collect("<resources><macro name=\"inner\">@dimen/m3_shape</macro></resources>");

        assertEquals("<item>@dimen/m3_shape</item>", inliner.inline("<item>@macro/outer</item>"));
    }

    @Test
    void leavesFilesWithoutMacrosUnchanged() {
        MacroInliner inliner = new MacroInliner();
        inliner.collect("<resources><macro name=\"a\">1</macro></resources>");
        String layout = "<TextView android:text=\"@string/hello\" />";

        assertEquals(layout, inliner.inline(layout));
    }

    @Test
    void anUndefinedMacroIsAnError() {
        MacroInliner inliner = new MacroInliner();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> inliner.inline("@macro/missing"));
        assertTrue(e.getMessage().contains("missing"));
    }

    @Test
    void aCycleIsReportedNotLoopedForever() {
        MacroInliner inliner = new MacroInliner();
        inliner.collect("<macro name=\"a\">@macro/b</macro><macro name=\"b\">@macro/a</macro>");
        assertThrows(IllegalStateException.class, () -> inliner.inline("@macro/a"));
    }
}
