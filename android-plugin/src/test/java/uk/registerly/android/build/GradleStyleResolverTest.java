package uk.registerly.android.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class GradleStyleResolverTest {
    /** A repository in memory: module version to description. */
    private final Map<String, ModuleDescription> repository = new HashMap<>();

    private void publish(String module, String type, List<String> dependencies, List<String> constraints) {
        repository.put(module, new ModuleDescription(type,
                dependencies.stream().map(ModuleVersion::parse).toList(),
                constraints.stream().map(ModuleVersion::parse).toList()));
    }

    private Map<String, String> resolve(List<String> roots, Map<String, String> pinned) throws Exception {
        GradleStyleResolver resolver = new GradleStyleResolver(module -> {
            ModuleDescription description = repository.get(module.toString());
            if (description == null) {
                throw new IllegalStateException("not served: " + module);
            }
            return description;
        });
        Map<String, String> versions = new TreeMap<>();
        resolver.resolve(roots.stream().map(ModuleVersion::parse).toList(), pinned)
                .forEach((module, resolved) -> versions.put(module, resolved.module().version()));
        return versions;
    }

    @Test
    void theHighestRequestedVersionWinsNotTheNearest() throws Exception {
        // Maven would take core 1.0 (nearest, a direct dependency); Gradle takes 1.13.
        publish("x:core:1.0", "aar", List.of(), List.of());
        publish("x:core:1.13", "aar", List.of(), List.of());
        publish("x:appcompat:1.7", "aar", List.of("x:core:1.13"), List.of());

        assertEquals(Map.of("x:appcompat", "1.7", "x:core", "1.13"),
                resolve(List.of("x:core:1.0", "x:appcompat:1.7"), Map.of()));
    }

    @Test
    void constraintsLiftEveryMemberOfAnAlignedGroupInTheGraph() throws Exception {
        // livedata 2.9 constrains its group to 2.9; viewmodel 2.5 (pulled by an old library) follows.
        publish("l:livedata:2.9", "aar", List.of(), List.of("l:viewmodel:2.9", "l:process:2.9"));
        publish("l:viewmodel:2.5", "aar", List.of(), List.of());
        publish("l:viewmodel:2.9", "aar", List.of(), List.of("l:livedata:2.9"));
        publish("old:fragment:1.0", "aar", List.of("l:viewmodel:2.5"), List.of());

        Map<String, String> versions = resolve(List.of("l:livedata:2.9", "old:fragment:1.0"), Map.of());

        assertEquals("2.9", versions.get("l:viewmodel"));
        assertFalse(versions.containsKey("l:process"), "a constraint alone does not add a module");
    }

    @Test
    void aLiftedVersionBringsItsOwnDependencies() throws Exception {
        publish("a:lib:1", "jar", List.of("b:old:1"), List.of());
        publish("a:lib:2", "jar", List.of("b:new:1"), List.of());
        publish("b:old:1", "jar", List.of(), List.of());
        publish("b:new:1", "jar", List.of(), List.of());
        publish("c:app:1", "jar", List.of("a:lib:2"), List.of());

        Map<String, String> versions = resolve(List.of("a:lib:1", "c:app:1"), Map.of());

        assertEquals(Map.of("a:lib", "2", "b:new", "1", "c:app", "1"), versions);
    }

    @Test
    void pinnedVersionsWinSoTestsRunOnWhatTheAppShips() throws Exception {
        publish("x:core:1.13", "aar", List.of(), List.of());
        publish("t:espresso:3.7", "aar", List.of("x:core:1.15"), List.of());

        assertEquals(Map.of("t:espresso", "3.7", "x:core", "1.13"),
                resolve(List.of("t:espresso:3.7"), Map.of("x:core", "1.13")));
    }

    @Test
    void pomRangesCountAsTheVersionTheyPin() throws Exception {
        publish("a:lib:1", "jar", List.of("b:dep:[1.2]"), List.of());
        publish("b:dep:1.2", "jar", List.of(), List.of());

        assertEquals("1.2", resolve(List.of("a:lib:1"), Map.of()).get("b:dep"));
    }
}
