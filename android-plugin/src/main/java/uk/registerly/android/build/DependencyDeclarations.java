package uk.registerly.android.build;

import java.util.ArrayList;
import java.util.List;

/**
 * The app's direct dependencies, one per line in Gradle's configuration names:
 * {@code implementation|testImplementation|annotationProcessor group:artifact:version}.
 */
record DependencyDeclarations(List<ModuleVersion> implementation, List<ModuleVersion> testImplementation,
                              List<ModuleVersion> annotationProcessor) {

    static DependencyDeclarations parse(String text) {
        List<ModuleVersion> implementation = new ArrayList<>();
        List<ModuleVersion> test = new ArrayList<>();
        List<ModuleVersion> processor = new ArrayList<>();
        int lineNumber = 0;
        for (String raw : text.split("\\R")) {
            lineNumber++;
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')).trim() : raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length != 2) {
                throw new IllegalArgumentException("Line " + lineNumber + ": expected '<configuration> group:artifact:version', got '" + raw + "'");
            }
            ModuleVersion module = ModuleVersion.parse(parts[1]);
            switch (parts[0]) {
                case "implementation" -> implementation.add(module);
                case "testImplementation" -> test.add(module);
                case "annotationProcessor" -> processor.add(module);
                default -> throw new IllegalArgumentException("Line " + lineNumber + ": unknown configuration '"
                        + parts[0] + "' (use implementation, testImplementation or annotationProcessor)");
            }
        }
        return new DependencyDeclarations(implementation, test, processor);
    }
}
