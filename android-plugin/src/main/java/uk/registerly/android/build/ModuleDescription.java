package uk.registerly.android.build;

import java.util.List;

/**
 * What resolution needs to know about a module version: its artifact type ({@code jar}, {@code aar},
 * or {@code pom} for a module without an artifact), its runtime dependencies, and the versions its
 * Gradle metadata constrains other modules to (how androidx aligns a group, e.g. all of lifecycle).
 */
record ModuleDescription(String type, List<ModuleVersion> dependencies, List<ModuleVersion> constraints) {
    ModuleDescription {
        dependencies = List.copyOf(dependencies);
        constraints = List.copyOf(constraints);
    }
}
