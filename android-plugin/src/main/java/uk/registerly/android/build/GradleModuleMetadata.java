package uk.registerly.android.build;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Reads the dependency constraints from a Gradle module metadata file ({@code .module}). androidx
 * publishes its group alignment only there: lifecycle-runtime 2.9.4 constrains every other
 * lifecycle artifact to 2.9.4, which a pom cannot say.
 */
final class GradleModuleMetadata {
    private GradleModuleMetadata() {
    }

    static List<ModuleVersion> constraints(String json) {
        List<ModuleVersion> constraints = new ArrayList<>();
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        if (!root.has("variants")) {
            return constraints;
        }
        for (JsonElement variant : root.getAsJsonArray("variants")) {
            JsonObject v = variant.getAsJsonObject();
            if (!v.has("dependencyConstraints")) {
                continue;
            }
            for (JsonElement element : v.getAsJsonArray("dependencyConstraints")) {
                JsonObject c = element.getAsJsonObject();
                String version = requiredVersion(c.getAsJsonObject("version"));
                if (version != null) {
                    ModuleVersion constraint = new ModuleVersion(c.get("group").getAsString(),
                            c.get("module").getAsString(), version);
                    if (!constraints.contains(constraint)) {
                        constraints.add(constraint);
                    }
                }
            }
        }
        return constraints;
    }

    private static String requiredVersion(JsonObject version) {
        if (version == null) {
            return null;
        }
        for (String key : List.of("strictly", "requires", "prefers")) {
            if (version.has(key)) {
                return version.get(key).getAsString();
            }
        }
        return null;
    }
}
