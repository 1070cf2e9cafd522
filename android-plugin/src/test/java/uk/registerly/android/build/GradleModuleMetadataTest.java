package uk.registerly.android.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class GradleModuleMetadataTest {

    @Test
    void readsConstraintsFromEveryVariantOnce() {
        String json = """
                {"formatVersion": "1.1",
                 "variants": [
                   {"name": "releaseVariantReleaseApiPublication",
                    "dependencyConstraints": [
                      {"group": "androidx.lifecycle", "module": "lifecycle-common", "version": {"requires": "2.9.4"}},
                      {"group": "androidx.lifecycle", "module": "lifecycle-process", "version": {"strictly": "2.9.4"}}]},
                   {"name": "releaseVariantReleaseRuntimePublication",
                    "dependencyConstraints": [
                      {"group": "androidx.lifecycle", "module": "lifecycle-common", "version": {"requires": "2.9.4"}},
                      {"group": "x", "module": "unversioned"}]},
                   {"name": "sources"}]}
                """;

        assertEquals(List.of(ModuleVersion.parse("androidx.lifecycle:lifecycle-common:2.9.4"),
                        ModuleVersion.parse("androidx.lifecycle:lifecycle-process:2.9.4")),
                GradleModuleMetadata.constraints(json));
    }

    @Test
    void metadataWithoutVariantsHasNoConstraints() {
        assertEquals(List.of(), GradleModuleMetadata.constraints("{\"formatVersion\": \"1.1\"}"));
    }
}
