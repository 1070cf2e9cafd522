package uk.registerly.android.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class PomLockBlocksTest {
    private static final String POM = """
            <dependencies>
              <dependency><groupId>uk.registerly</groupId><artifactId>registerly-rules</artifactId></dependency>
              <!-- BEGIN lock:dependencies (generated) -->
              <dependency>stale</dependency>
              <!-- END lock:dependencies -->
            </dependencies>
            """;

    @Test
    void replacesOnlyTheLinesBetweenTheMarkers() {
        String replaced = PomLockBlocks.replace(POM, "dependencies", "  <dependency>fresh</dependency>\n");

        assertEquals("""
                <dependencies>
                  <dependency><groupId>uk.registerly</groupId><artifactId>registerly-rules</artifactId></dependency>
                  <!-- BEGIN lock:dependencies (generated) -->
                  <dependency>fresh</dependency>
                  <!-- END lock:dependencies -->
                </dependencies>
                """, replaced);
    }

    @Test
    void aPomWithoutTheBlockIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> PomLockBlocks.replace(POM, "processors", ""));
    }

    @Test
    void everyDependencyExcludesEverythingAndStatesNonDefaultTypeAndScope() {
        String xml = PomLockBlocks.dependencies(List.of(
                LockEntry.parse("androidx.core:core:1.13.1:aar:compile"),
                LockEntry.parse("junit:junit:4.13.2:jar:test")), "  ");

        assertEquals("  <dependency><groupId>androidx.core</groupId><artifactId>core</artifactId><version>1.13.1</version>"
                + "<type>aar</type><exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions></dependency>\n"
                + "  <dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.13.2</version>"
                + "<scope>test</scope><exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions></dependency>\n",
                xml);
    }

    @Test
    void processorPathsAreFlatToo() {
        assertEquals("<path><groupId>com.squareup</groupId><artifactId>javapoet</artifactId><version>1.13.0</version>"
                        + "<exclusions><exclusion><groupId>*</groupId><artifactId>*</artifactId></exclusion></exclusions></path>\n",
                PomLockBlocks.processorPaths(List.of(LockEntry.parse("com.squareup:javapoet:1.13.0:jar:processor")), ""));
    }
}
