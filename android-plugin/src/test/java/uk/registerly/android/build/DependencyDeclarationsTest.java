package uk.registerly.android.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class DependencyDeclarationsTest {

    @Test
    void sortsDeclarationsByConfigurationAndIgnoresComments() {
        DependencyDeclarations declarations = DependencyDeclarations.parse("""
                # UI
                implementation androidx.appcompat:appcompat:1.7.1   # the base activity

                annotationProcessor androidx.room:room-compiler:2.8.4
                testImplementation junit:junit:4.13.2
                """);

        assertEquals(List.of(ModuleVersion.parse("androidx.appcompat:appcompat:1.7.1")), declarations.implementation());
        assertEquals(List.of(ModuleVersion.parse("junit:junit:4.13.2")), declarations.testImplementation());
        assertEquals(List.of(ModuleVersion.parse("androidx.room:room-compiler:2.8.4")), declarations.annotationProcessor());
    }

    @Test
    void anUnknownConfigurationNamesTheLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DependencyDeclarations.parse("implementation a:b:1\napi c:d:2\n"));
        assertTrue(e.getMessage().startsWith("Line 2: unknown configuration 'api'"), e.getMessage());
    }

    @Test
    void coordinatesNeedAVersion() {
        assertThrows(IllegalArgumentException.class, () -> DependencyDeclarations.parse("implementation a:b\n"));
    }
}
